// How the server writes JSON-RPC messages over a stream: JSON that is ASCII only (every character
// past U+007F written as a \u escape, which any JSON reader decodes to the same text), and each
// frozen object serialised once.
//
// Why: LSP sends every diagnostic of a document again on every change. A 10,000-word draft is ~370
// diagnostics, ~240 KB a keystroke, and most of them are the same frozen objects as in the last
// version (convert.ts reuses a diagnostic while its finding stays in place). Serialising those once
// makes a publish a join of remembered strings; ASCII output turns the UTF-8 encoding here, and the
// UTF-8 decoding in the client, into byte copies (a draft's curly quotes and dashes otherwise make
// the whole message a two-byte string).
import { StreamMessageWriter, type ContentTypeEncoder, type Message } from 'vscode-languageserver/node';

/** Serialised form of each deeply frozen object (it can never change, so this never goes stale).
 *  Weak: an object no longer published is collected with its text. */
const frozenJson = new WeakMap<object, string>();

const NON_ASCII = /[\u0080-\uffff]/g;
const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON text with every non-ASCII character escaped (JSON.stringify keeps them as they are). */
export function asciiOnly(json: string): string {
  return json.replace(NON_ASCII, hex4);
}

/** The same value as JSON.stringify(value) describes, as ASCII-only JSON; frozen objects and arrays
 *  inside it are serialised once and remembered. Undefined for what JSON.stringify leaves out
 *  (undefined, functions, symbols). */
export function toAsciiJson(value: unknown): string | undefined {
  const out: string[] = [];
  return write(value, out) ? out.join('') : undefined;
}

/** The ASCII-only JSON of a value as bytes, written piece by piece into one buffer (no joined
 *  string in between). */
export function asciiJsonBytes(value: unknown): Buffer {
  const out: string[] = [];
  if (!write(value, out)) out.push('null');
  let size = 0;
  for (const piece of out) size += piece.length;
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const piece of out) at += bytes.write(piece, at, 'latin1');
  return bytes;
}

/** Appends the JSON of a value to `out`; false (nothing appended) for what JSON leaves out. */
function write(value: unknown, out: string[]): boolean {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    if (s === undefined) return false;
    out.push(typeof value === 'string' ? asciiOnly(s) : s);
    return true;
  }
  // A frozen object written before (most of a publish): first, before any other test.
  const known = frozenJson.get(value);
  if (known !== undefined) {
    out.push(known);
    return true;
  }
  // Anything but a plain object or array (a Date, a boxed string, a class instance), or an object
  // with its own toJSON: as JSON.stringify writes it, whole.
  const proto: unknown = Object.getPrototypeOf(value);
  const array = Array.isArray(value);
  if ((!array && proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    out.push(asciiOnly(JSON.stringify(value)));
    return true;
  }
  if (deeplyFrozen(value)) {
    const s = oneByte(asciiOnly(JSON.stringify(value)));
    frozenJson.set(value, s);
    out.push(s);
    return true;
  }
  if (array) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      if (!write(value[i], out)) out.push('null');
    }
    out.push(']');
    return true;
  }
  out.push('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const mark = out.length;
    out.push(first ? '' : ',', asciiOnly(JSON.stringify(key)), ':');
    if (write((value as Record<string, unknown>)[key], out)) first = false;
    else out.length = mark;
  }
  out.push('}');
  return true;
}

/** Freezes an object and everything inside it, so the writer may remember its text (what a producer
 *  calls on an object it will publish unchanged many times, convert.ts's diagnostics). */
export function deepFreeze<T extends object>(o: T): T {
  Object.freeze(o);
  for (const v of Object.values(o)) if (v !== null && typeof v === 'object') deepFreeze(v);
  return o;
}

/** Whether an object and everything inside it is frozen (a frozen object can hold one that is
 *  not, which could change after its parent's text was remembered). Asked once per object: a
 *  remembered one is found before this. */
function deeplyFrozen(value: object): boolean {
  if (!Object.isFrozen(value)) return false;
  for (const v of Object.values(value) as unknown[])
    if (v !== null && typeof v === 'object' && !frozenJson.has(v) && !deeplyFrozen(v)) return false;
  return true;
}

/** application/json as the server writes it: ASCII-only, so the bytes are the string's own. */
export const asciiJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message): Promise<Uint8Array> {
    try {
      return Promise.resolve(asciiJsonBytes(msg));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  },
};

/** A message writer for a stream (stdio, socket, pipe) that writes with asciiJsonEncoder. */
export function asciiJsonWriter(output: NodeJS.WritableStream): StreamMessageWriter {
  return new StreamMessageWriter(output, { charset: 'utf-8', contentTypeEncoder: asciiJsonEncoder });
}

/** The same ASCII text in V8's one-byte representation (a string built from a two-byte one keeps
 *  two bytes a character even when every character is ASCII; joining and encoding it is then a
 *  character-by-character conversion instead of a copy). */
function oneByte(ascii: string): string {
  return Buffer.from(ascii, 'latin1').toString('latin1');
}
