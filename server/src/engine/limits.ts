// Limits both fronts apply, so the editor and the command line agree on what is checked.

/** Drafts longer than this (UTF-16 units, about a megabyte) are not checked by default: checking is
 *  linear but single-threaded (a few µs a character), so a 20 MB file would stall an editor for a
 *  minute and a 200 MB one exhausts the heap. The command line can raise it (--max-chars). */
export const MAX_DRAFT_CHARS = 1_000_000;

/** A NUL character (or byte) this near the start marks a binary file: not a draft, not a source. */
export const BINARY_PROBE = 8192;

/** Where a NUL sits within the first BINARY_PROBE units of a text or bytes, or -1 (not binary). */
export function binaryAt(data: string | Uint8Array): number {
  const at = typeof data === 'string' ? data.indexOf('\u0000') : data.subarray(0, BINARY_PROBE).indexOf(0);
  return at >= 0 && at < BINARY_PROBE ? at : -1;
}

/** Why a draft is not checked at all (too large, binary), or undefined when it is. */
export function notCheckable(text: string, maxChars = MAX_DRAFT_CHARS): string | undefined {
  // No exact length: the text stays the same as the document is edited, so it is shown once.
  if (text.length > maxChars) return `it is too large to check (more than ${maxChars.toLocaleString('en-US')} characters)`;
  if (binaryAt(text) >= 0) return 'it looks like a binary file (it has NUL characters)';
  return undefined;
}
