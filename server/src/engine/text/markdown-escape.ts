// Text that goes into a draft from a source's metadata (outlet, title, date, url) when a citation is
// inserted: a source is not trusted, so what lands in text that will be published is plain text,
// escaped for Markdown, and a url re-serialised from its parsed form (http and https only).

/** Controls, and the bidirectional overrides and isolates that reorder what a reader sees. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Markdown (and HTML) syntax characters, backslash-escaped: no link, image, emphasis, tag or code. */
const SYNTAX = /[\\`*_{}[\]()<>#!|~&]/g;

/** A source's metadata as Markdown-safe plain text on one line. */
export function markdownText(s: string): string {
  return s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().replace(SYNTAX, '\\$&');
}

/** An http(s) url re-serialised from its parsed form, safe as a Markdown link destination (no
 *  parentheses, spaces or angle brackets left raw); undefined for anything else (javascript:,
 *  command:, data:, a relative or broken url). */
export function safeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let u: URL;
  try {
    u = new URL(raw.replace(INVISIBLE, '').trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  return u.href.replace(/[()<>\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
