// Which words of a source excerpt to mark against a draft's claim: runs of the words they share, and
// (for a record that says otherwise) the figures and names the excerpt has and the claim lacks, the
// words that differ. The engine's own tokenizer and stop words; the fronts only render the marks.
import type { Span } from '../types';
import { tokenize, type Token } from './tokens';

export interface ExcerptMark extends Span {
  kind: 'shared' | 'differs';
}

/** The tokenizer's words, with a figure's digit groups ("12", ",", "000") joined into one. */
function words(text: string): Token[] {
  const out: Token[] = [];
  for (const t of tokenize(text)) {
    const last = out[out.length - 1];
    const prev = out[out.length - 2];
    if (
      t.word &&
      /^\d/.test(t.text) &&
      last &&
      !last.word &&
      /^[,.]$/.test(last.text) &&
      last.start === prev?.end &&
      t.start === last.end &&
      prev?.word &&
      /\d$/.test(prev.text)
    ) {
      out.pop();
      const text = `${prev.text}${last.text}${t.text}`;
      out[out.length - 1] = { ...prev, end: t.end, text, lower: text };
    } else out.push(t);
  }
  return out.filter((t) => t.word);
}

const normal = (t: Token) => (/^\d[\d,.]*$/.test(t.lower) ? t.lower.replace(/,/g, '') : t.lower);
const telling = (t: Token) => /\d/.test(t.text) || /^\p{Lu}/u.test(t.text);

/** Marks over `excerpt`, in order, not overlapping; adjacent shared words (only spaces between)
 *  make one run. `differing`: also mark figures and capitalised words the claim does not have. */
export function excerptMarks(excerpt: string, claim: string, stopwords: ReadonlySet<string>, differing = false): ExcerptMark[] {
  const wanted = new Set<string>();
  for (const t of words(claim)) if (!stopwords.has(t.lower) && (t.lower.length > 1 || /\d/.test(t.lower))) wanted.add(normal(t));
  const marks: ExcerptMark[] = [];
  for (const t of words(excerpt)) {
    const shared = wanted.has(normal(t));
    const kind = shared ? 'shared' : differing && telling(t) && !stopwords.has(t.lower) ? 'differs' : undefined;
    if (!kind) continue;
    const last = marks[marks.length - 1];
    if (last && last.kind === kind && /^\s*$/.test(excerpt.slice(last.end, t.start))) last.end = t.end;
    else marks.push({ start: t.start, end: t.end, kind });
  }
  return marks;
}
