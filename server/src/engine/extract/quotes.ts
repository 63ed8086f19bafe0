// Quotations in a whole (masked) text: curly “…” pairs, straight "…" pairs within a paragraph, and
// ‘…’ and '…' pairs whose opening mark follows a space and whose closing mark ends a word (so
// apostrophes, "Ukraine's", are not taken for quotes). A quote may
// run across sentence ends; the claim builder joins the sentences it spans.
import type { QuoteRef } from '../types';

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

export function findQuotes(prose: string): QuoteRef[] {
  const out: QuoteRef[] = [];
  let open: { ch: string; at: number } | undefined;
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i];
    // A blank line ends a paragraph: an unclosed quote there is dropped.
    if (c === '\n' && open) {
      let j = i + 1;
      while (j < prose.length && (prose[j] === ' ' || prose[j] === '\t' || prose[j] === '\r')) j++;
      if (prose[j] === '\n') open = undefined;
    }
    if (c === '“' || c === '„') {
      open = { ch: '”', at: i };
    } else if (c === '”' && open && open.ch === '”') {
      push(out, prose, open.at, i);
      open = undefined;
    } else if (c === '"') {
      if (open && open.ch === '"') {
        push(out, prose, open.at, i);
        open = undefined;
      } else if (!open && !isWordChar(prose[i + 1]) === false) {
        open = { ch: '"', at: i };
      }
    } else if (c === "'" && open?.ch === "'" && (isWordChar(prose[i - 1]) || /[.,!?]/.test(prose[i - 1] ?? ''))) {
      // A straight single quote closes one it opened when no word goes on after it ("as
      // 'certainly a highly concerning probability.'"); "Ukraine's" goes on.
      if (!isWordChar(prose[i + 1])) {
        push(out, prose, open.at, i);
        open = undefined;
      }
    } else if (c === "'" && !open && !isWordChar(prose[i - 1]) && isWordChar(prose[i + 1])) {
      open = { ch: "'", at: i };
    } else if (c === '‘' && !open && !isWordChar(prose[i - 1])) {
      open = { ch: '’', at: i };
    } else if (c === '’' && open && open.ch === '’' && !isWordChar(prose[i + 1])) {
      push(out, prose, open.at, i);
      open = undefined;
    }
  }
  return out;
}

function push(out: QuoteRef[], prose: string, openAt: number, closeAt: number): void {
  const inner = prose.slice(openAt + 1, closeAt);
  const text = inner.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return;
  out.push({ span: { start: openAt, end: closeAt + 1 }, text });
}
