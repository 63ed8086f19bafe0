// Safe Markdown for hovers and other rendered text: everything from a draft or a source file goes
// through `escapeMarkdown`, so it reads as plain text: no links (inline, reference or auto), no
// emphasis, no code, no HTML, no images, no headings or lists.

/** Backslash-escaped: Markdown punctuation, `=` (setext headings) and `:` (so no `scheme://` autolinks). */
const ESCAPED = /[\\`*_{}[\]()#+\-.!|~:=]/g;

/** Plain text as Markdown that renders as that text. Whitespace (line breaks too) collapses to one
 *  space, so nothing can start a block; `&`, `<` and `>` become entities, so no HTML survives. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(/\s+/g, ' ')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(ESCAPED, (c) => '\\' + c);
}

/** Control characters and bidirectional overrides and isolates, which can reorder how the rest of
 *  a message reads ("Trojan Source"); line breaks and tabs are kept for plain text. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Text for plain-text channels (diagnostic messages, notifications) with nothing a client could
 *  render as a link: VS Code's notifications turn `[text](command:...)` into a working link, so
 *  `](` gets a space; control characters and bidi overrides go. */
export function plainText(text: string): string {
  return text.replace(CONTROLS, '').replace(/\]\(/g, '] (');
}

/** The text with lone surrogate halves replaced by U+FFFD (a Windows file name may hold them, and
 *  URI encoding throws on them). */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** A link target made safe for `[text](target)`: characters that could end or break it encoded. */
export function safeLinkTarget(uri: string): string {
  return uri.replace(/[\s()<>[\]\\"'`]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** A Markdown link with escaped text and a safe target; only file: and https: targets are linked. */
export function link(text: string, target: string): string {
  if (!/^(file|https):/i.test(target)) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${safeLinkTarget(target)})`;
}
