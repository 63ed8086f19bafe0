// Safe Markdown for hovers and other rendered text: everything from a draft or a source file goes
// through `escapeMarkdown`, so it reads as plain text: no links (inline, reference or auto), no
// emphasis, no code, no HTML, no images, no headings or lists.

/** Backslash-escaped: Markdown punctuation, `=` (setext headings) and `:` (so no `scheme://` autolinks). */
const ESCAPED = /[\\`*_{}[\]()#+\-.!|~:=]/g;

/** Plain text as Markdown that renders as that text. Whitespace (line breaks too) collapses to one
 *  space, so nothing can start a block; `&`, `<` and `>` become entities, so no HTML survives. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(ESCAPED, (c) => '\\' + c);
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
