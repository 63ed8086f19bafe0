// The server's JSON writer (server/src/lsp/json-writer.ts): ASCII-only JSON that reads back as the
// value JSON.stringify describes, frozen objects serialised once, and the bytes a reader decodes.
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { StreamMessageReader, type NotificationMessage } from 'vscode-languageserver/node';
import { asciiJsonBytes, asciiJsonWriter, asciiOnly, toAsciiJson } from '../server/src/lsp/json-writer';
import { params } from './fuzz/gen';
import { waitFor } from './lsp-harness';

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/** A JSON value with some of its objects and arrays frozen (and some values JSON leaves out). */
const valueArb = fc
  .tuple(
    fc.jsonValue({ maxDepth: 4 }),
    fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }),
    fc.constantFrom(undefined, () => 1, Symbol('s'), new Date(0), NaN, -0, 'a\u2028b', '\ud800', '🪖 “quoted” — …'),
  )
  .map(([json, freezes, odd]) => {
    let k = 0;
    const walk = (v: unknown): unknown => {
      if (!v || typeof v !== 'object') return v;
      const out: unknown = Array.isArray(v) ? v.map(walk) : Object.fromEntries(Object.entries(v).map(([key, x]) => [key, walk(x)]));
      if (Array.isArray(out)) out.push(odd);
      else (out as Record<string, unknown>).odd = odd;
      return freezes[k++ % freezes.length] ? deepFreeze(out) : out;
    };
    return walk({ root: json });
  });

describe('json-writer', () => {
  it('writes what JSON.stringify writes, in ASCII only (property)', () => {
    fc.assert(
      fc.property(
        valueArb,
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.integer({ min: 0x60, max: 0x120 }).map((c) => String.fromCharCode(c)) }),
        (value, text, latin) => {
          text += latin;
          const withText = { value, text };
          const ours = toAsciiJson(withText)!;
          assert.ok(isAscii(ours), ours);
          assert.deepEqual(JSON.parse(ours), JSON.parse(JSON.stringify(withText)));
          // Written again (frozen parts now remembered): the same text.
          assert.equal(toAsciiJson(withText), ours);
          assert.equal(asciiJsonBytes(withText).toString('latin1'), ours);
        },
      ),
      params(200),
    );
  });

  it('escapes each character past U+007F, surrogate halves one by one', () => {
    assert.equal(asciiOnly(JSON.stringify('“Kursk” — 🪖')), '"\\u201cKursk\\u201d \\u2014 \\ud83e\\ude96"');
    assert.equal(JSON.parse(asciiOnly(JSON.stringify('“Kursk” — 🪖'))), '“Kursk” — 🪖');
    assert.equal(asciiOnly(JSON.stringify('café\u00a0€')), '"caf\\u00e9\\u00a0\\u20ac"');
    assert.equal(asciiOnly('plain'), 'plain');
  });

  it('leaves out what JSON.stringify leaves out, and writes null for it in arrays', () => {
    assert.equal(toAsciiJson(undefined), undefined);
    assert.equal(toAsciiJson({ a: undefined, b: () => 1, c: 1 }), '{"c":1}');
    assert.equal(toAsciiJson(Object.freeze({ a: undefined, c: 1 })), '{"c":1}');
    assert.equal(toAsciiJson([undefined, () => 1, NaN]), '[null,null,null]');
    assert.equal(toAsciiJson({ d: new Date(0) }), '{"d":"1970-01-01T00:00:00.000Z"}');
  });

  it('remembers a frozen object, so it must never change (a mutable one is written fresh)', () => {
    const mutable = { message: 'before' };
    assert.equal(toAsciiJson([mutable]), '[{"message":"before"}]');
    mutable.message = 'after';
    assert.equal(toAsciiJson([mutable]), '[{"message":"after"}]');
    // A frozen object holding one that is not is not remembered: its child may still change.
    const child = { n: 1 };
    const shallow = Object.freeze({ child });
    assert.equal(toAsciiJson(shallow), '{"child":{"n":1}}');
    child.n = 2;
    assert.equal(toAsciiJson(shallow), '{"child":{"n":2}}');
    const frozen = Object.freeze({ message: '3,000 “troops”' });
    const first = toAsciiJson({ diagnostics: [frozen] });
    assert.equal(first, '{"diagnostics":[{"message":"3,000 \\u201ctroops\\u201d"}]}');
    assert.equal(
      toAsciiJson({ diagnostics: [frozen, frozen] }),
      '{"diagnostics":[{"message":"3,000 \\u201ctroops\\u201d"},{"message":"3,000 \\u201ctroops\\u201d"}]}',
    );
  });

  it('a message written by the writer is read back whole by a stream reader, Content-Length right', async () => {
    const pipe = new PassThrough();
    const writer = asciiJsonWriter(pipe);
    const reader = new StreamMessageReader(pipe);
    const got: NotificationMessage[] = [];
    reader.listen((m) => got.push(m as NotificationMessage));
    const params1 = { uri: 'file:///d.md', diagnostics: [Object.freeze({ message: 'North Korea’s “troops” — 🪖' })] };
    await writer.write({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: params1 } as NotificationMessage);
    await writer.write({ jsonrpc: '2.0', method: 'second', params: { n: 2 } } as NotificationMessage);
    await waitFor(() => got.length >= 2, 'both messages');
    assert.deepEqual(
      got.map((m) => m.method),
      ['textDocument/publishDiagnostics', 'second'],
    );
    assert.deepEqual(got[0].params, JSON.parse(JSON.stringify(params1)));
    reader.dispose();
    writer.dispose();
  });
});
