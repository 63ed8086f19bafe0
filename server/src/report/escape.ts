// Text from sources and drafts made safe for the report's HTML. Nothing a source says is trusted:
// every text goes through `html` (markup characters as entities; controls and the bidirectional
// overrides and isolates that reorder what a reader sees removed), attribute values too; the data
// the page script reads is JSON with `<` and the line separators escaped, so it cannot close its
// <script> element; links are built here from paths and from urls already re-serialised by the
// engine (http and https only), never from source text.

/** Controls, and the bidirectional overrides and isolates. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or a quoted attribute value. */
export function html(text: string | number | undefined): string {
  if (text === undefined) return '';
  return String(text)
    .replace(INVISIBLE, '')
    .replace(SPECIAL, (c) => ENTITIES[c]);
}

/** Plain text for the chart (SVG text and labels are set as text, not markup): controls and
 *  bidirectional overrides removed, whitespace collapsed. */
export function plain(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** JSON for a `<script type="application/json">` element: nothing in it can end the element or
 *  start a comment, whatever the strings hold. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A file: URL for an absolute path (POSIX or Windows), every segment percent-encoded. */
export function fileUrl(p: string): string {
  const slashed = p.replace(/\\/g, '/');
  const rooted = slashed.startsWith('/') ? slashed : `/${slashed}`;
  return (
    'file://' +
    rooted
      .split('/')
      .map(encodeURIComponent)
      .join('/')
      .replace(/^\/([A-Za-z])%3A/, '/$1:')
  );
}

/** Whether a url is one the report may link to: http(s), as the engine re-serialised it. */
export function linkable(url: string | undefined): url is string {
  return !!url && /^https?:\/\/[^\s"'<>`]+$/i.test(url);
}
