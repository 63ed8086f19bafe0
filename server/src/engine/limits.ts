// Limits both fronts apply, so the editor and the command line agree on what is checked.

/** Drafts longer than this (UTF-16 units, about a megabyte) are not checked by default: checking is
 *  linear but single-threaded (a few µs a character), so a 20 MB file would stall an editor for a
 *  minute and a 200 MB one exhausts the heap. The command line can raise it (--max-chars). */
export const MAX_DRAFT_CHARS = 1_000_000;
