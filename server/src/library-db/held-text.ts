// A stored article's text as a check holds it: its length, where its lines break, and the raw text
// of the spans of the records fetched from it; nothing else. A check reads an article's text only
// for an evidence's excerpt (its record's span) and for positions (line and character, which need
// only the line breaks before them), so the text a Source shows (`textOf`) is the article's with
// every other character a space: the same length, the same line breaks, the same spans. Holding
// this instead of the text takes a 10,000-word draft's candidate sources from ~100 MB of text to a
// few MB (docs/PERFORMANCE.md).
import type { Source } from '../engine';

interface Span {
  start: number;
  end: number;
}

export class HeldText {
  /** Line breaks in offset order: the offset for '\n', -offset - 1 for '\r'. */
  private readonly breaks: Int32Array;
  /** Held spans by start: their end and raw text (copied, so the article's text is not kept). */
  private readonly pieces = new Map<number, { end: number; text: string }>();
  readonly length: number;

  constructor(text: string, spans: Iterable<Span>) {
    this.length = text.length;
    const breaks: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) breaks.push(i);
      else if (c === 13) breaks.push(-i - 1);
    }
    this.breaks = Int32Array.from(breaks);
    this.hold(text, spans);
  }

  /** Whether every span is held. */
  covers(spans: Iterable<Span>): boolean {
    for (const s of spans) if (s.end > s.start && (this.pieces.get(s.start)?.end ?? -1) < Math.min(s.end, this.length)) return false;
    return true;
  }

  /** Holds more spans of the same text. */
  hold(text: string, spans: Iterable<Span>): void {
    for (const s of spans) {
      const start = Math.max(0, Math.min(s.start, text.length));
      const end = Math.max(start, Math.min(s.end, text.length));
      if (end > start && (this.pieces.get(start)?.end ?? -1) < end) this.pieces.set(start, { end, text: copy(text.slice(start, end)) });
    }
  }

  /** The text with what is not held blanked (line breaks kept). */
  text(): string {
    const out: string[] = [];
    let pos = 0;
    let b = 0;
    const gap = (to: number) => {
      while (b < this.breaks.length && offset(this.breaks[b]) < pos) b++;
      while (b < this.breaks.length && offset(this.breaks[b]) < to) {
        const at = offset(this.breaks[b]);
        out.push(' '.repeat(at - pos), this.breaks[b] < 0 ? '\r' : '\n');
        pos = at + 1;
        b++;
      }
      out.push(' '.repeat(to - pos));
      pos = to;
    };
    for (const start of [...this.pieces.keys()].sort((x, y) => x - y)) {
      const p = this.pieces.get(start)!;
      if (p.end <= pos) continue;
      if (start > pos) gap(start);
      out.push(start < pos ? p.text.slice(pos - start) : p.text);
      pos = p.end;
    }
    gap(this.length);
    return out.join('');
  }
}

const offset = (b: number) => (b < 0 ? -b - 1 : b);

/** A string's own copy (a slice would keep the whole text it was cut from alive). */
const copy = (s: string): string => (s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le'));

/** A Source whose text is made from `held` when first read (an evidence's source only). */
export function sourceWithHeldText(source: Omit<Source, 'text'>, held: HeldText): Source {
  const view = { ...source } as Source;
  let text: string | undefined;
  Object.defineProperty(view, 'text', { enumerable: true, configurable: true, get: () => (text ??= held.text()) });
  return view;
}
