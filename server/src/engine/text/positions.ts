// Offset <-> line/character conversion, the one place it is done. Characters are UTF-16 code
// units (what JavaScript string indices and LSP count). A line ends at "\n", "\r\n" or "\r".
import type { Position, Range, Span } from '../types';

export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    // Line breaks found with indexOf (native, fast on long texts): the next "\n" and "\r" ahead.
    const starts = [0];
    let nl = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (nl >= 0 || cr >= 0) {
      if (cr >= 0 && (nl < 0 || cr < nl)) {
        const next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1; // "\r\n" or a lone "\r"
        starts.push(next);
        if (next === cr + 2) nl = text.indexOf('\n', next);
        cr = text.indexOf('\r', next);
      } else {
        starts.push(nl + 1);
        nl = text.indexOf('\n', nl + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    // A position past the end of its line clamps to the line's end (before its line break).
    let end = next;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return Math.min(start + Math.max(0, position.character), end);
  }

  /** Whether `position` is positionAt(offset), in constant time (no search, nothing allocated):
   *  for checking that a range computed for an earlier text still holds. */
  isPositionOf(position: Position, offset: number): boolean {
    const { line, character } = position;
    if (line < 0 || line >= this.starts.length || character < 0 || offset < 0 || offset > this.text.length) return false;
    return this.starts[line] + character === offset && (line + 1 === this.starts.length || offset < this.starts[line + 1]);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
