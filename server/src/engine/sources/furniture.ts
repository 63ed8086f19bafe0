// Page furniture in a source article: what a web page puts around the story (a "Read also:" list
// of other headlines, a "Most Commented" box, a byline), found by its shape, never by listing the
// words of particular pages. Records are not made from it (records.ts).
import type { Span } from '../types';

/** Words in a line that labels what follows ("Read also:", "More on this story:"). */
const LABEL_WORDS = 5;
/** Words in a line too short to report anything ("Most Commented", "By Tom Gallagher"). */
const STUB_WORDS = 3;
/** Words in a list item that reads as a headline, not a paragraph. */
const ITEM_WORDS = 25;
/** List items in a row, none ending a sentence, that make a link list with no label before them. */
const LINK_RUN = 3;

interface Line {
  start: number;
  end: number;
  text: string;
}

const ITEM = /^\s*(?:[-*•+]|\d+[.)])\s+/;
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const endsSentence = (s: string) => /[.!?…]["'”’)]*\s*$/u.test(s);

/** The spans of `text` (from `bodyStart`) that are page furniture. The first line of the body (a
 *  headline) is never furniture. */
export function furnitureSpans(text: string, bodyStart = 0): Span[] {
  const lines: Line[] = [];
  let at = bodyStart;
  for (const raw of text.slice(bodyStart).split('\n')) {
    lines.push({ start: at, end: at + raw.length, text: raw });
    at += raw.length + 1;
  }
  const out: Span[] = [];
  const mark = (l: Line) => out.push({ start: l.start, end: l.end });
  const firstText = lines.findIndex((l) => l.text.trim() !== '');
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!t || i === firstText) continue;
    // "Read also:" and the list under it.
    if (t.endsWith(':') && words(t) <= LABEL_WORDS) {
      mark(lines[i]);
      let j = i + 1;
      while (j < lines.length && (lines[j].text.trim() === '' || ITEM.test(lines[j].text))) {
        if (lines[j].text.trim()) mark(lines[j]);
        j++;
      }
      i = j - 1;
      continue;
    }
    // A run of headline-like list items: a link list.
    if (ITEM.test(lines[i].text)) {
      let j = i;
      while (j < lines.length && ITEM.test(lines[j].text) && !endsSentence(lines[j].text) && words(lines[j].text) <= ITEM_WORDS) j++;
      if (j - i >= LINK_RUN) {
        for (let k = i; k < j; k++) mark(lines[k]);
        i = j - 1;
      }
      continue;
    }
    // A stub line: too short to say anything, and not a sentence.
    if (words(t) <= STUB_WORDS && !endsSentence(t) && !/\p{N}/u.test(t)) mark(lines[i]);
  }
  return out;
}
