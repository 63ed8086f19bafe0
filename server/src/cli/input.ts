// Reading a draft file for `factcheck check`. Never throws: what goes wrong becomes a Problem.
// The text is returned exactly as decoded (a leading BOM is kept, so offsets match the file as an
// editor shows it; the engine masks the BOM itself).
import * as fs from 'fs';
import { MAX_DRAFT_CHARS, binaryAt, type Problem } from '../engine';

/** How far to look for NUL bytes to tell a binary file. */

export interface DraftInput {
  /** The decoded text; undefined when the file cannot be checked. */
  text?: string;
  /** An error (no text) or a warning (text decoded leniently). */
  problem?: Problem;
}

export function readDraft(path: string, maxChars = MAX_DRAFT_CHARS): DraftInput {
  let data: Buffer;
  const tooLarge = () =>
    error(
      path,
      `${path} is too large to check (more than ${maxChars.toLocaleString('en-US')} characters; raise the limit with --max-chars)`,
    );
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) return error(path, `${path} is a directory, not a draft file`);
    // UTF-8 takes at most 3 bytes per UTF-16 unit: a larger file is over the limit unread.
    if (stat.size > 3 * maxChars) return tooLarge();
    data = fs.readFileSync(path);
  } catch (err) {
    return error(path, `cannot read ${path}: ${describeFsError(err)}`);
  }

  if (startsWithUtf16Bom(data)) {
    return error(path, `${path} is UTF-16 encoded; save it as UTF-8`);
  }
  const nul = binaryAt(data);
  if (nul >= 0) return error(path, `${path} is a binary file (NUL byte at offset ${nul}), not checked`);

  // ignoreBOM: keep a leading BOM in the text instead of silently dropping it (offsets).
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
    if (text.length > maxChars) return tooLarge();
    return { text };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(data);
    return {
      text,
      problem: {
        severity: 'warning',
        file: path,
        field: 'encoding',
        message: `${path} is not valid UTF-8; invalid bytes were replaced with U+FFFD`,
      },
    };
  }
}

function error(path: string, message: string): DraftInput {
  return { problem: { severity: 'error', file: path, message } };
}

function startsWithUtf16Bom(b: Buffer): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** The draft on standard input ("-"), with the same checks as a file. */
export function readStdin(maxChars = MAX_DRAFT_CHARS): DraftInput {
  let data: Buffer;
  try {
    data = fs.readFileSync(0);
  } catch (err) {
    return error('-', `cannot read standard input: ${describeFsError(err)}`);
  }
  if (binaryAt(data) >= 0) return error('-', 'standard input is binary, not checked');
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(data);
  if (text.length > maxChars)
    return error(
      '-',
      `standard input is too large to check (more than ${maxChars.toLocaleString('en-US')} characters; raise the limit with --max-chars)`,
    );
  return { text };
}
