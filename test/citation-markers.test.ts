// The engine's citation reader (server/src/engine/citations.ts): footnote references and
// definitions, Pandoc groups and bare keys, with offsets; nothing in code, comments or front matter;
// each marker linked to the claim it cites; and the citation being typed at a cursor.
import * as assert from 'node:assert/strict';
import { citationContextAt, findCitations, linkCitations } from '../server/src/engine/citations';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('engine: citation markers', () => {
  const text = [
    '---',
    'title: "[^not-here] @cnn"',
    '---',
    'Troops entered Kursk.[^newsweek] Others [@cnn, p. 3] and [see @a; -@b]. Mail desk@cnn.com or @cnn and @nobody.',
    'Code `[^x] [@y] @cnn` <!-- [^z] [@cnn] --> \\[^escaped] [link](https://example.com/@cnn) [@cnn](https://example.com)',
    '',
    '```',
    '[^fenced] [@fenced] @cnn',
    '```',
    '',
    '    [^indented] @cnn',
    '',
    '[^newsweek]: Newsweek, "Title", 2024-11-23, https://example.com/a.',
    '[^unused]: A note.',
    '',
  ].join('\n');
  const found = findCitations(text, { isKnown: (id) => id === 'cnn' });

  it('reads footnote references, Pandoc keys with locators, and known bare keys, in order', () => {
    assert.deepEqual(
      found.markers.map((m) => [m.kind, m.id, slice(text, m.span), m.locator ?? '']),
      [
        ['footnote', 'newsweek', '[^newsweek]', ''],
        ['pandoc', 'cnn', '@cnn', 'p. 3'],
        ['pandoc', 'a', '@a', ''],
        ['pandoc', 'b', '-@b', ''],
        ['in-text', 'cnn', '@cnn', ''],
      ],
    );
    for (const m of found.markers) assert.equal(slice(text, m.idSpan), m.id);
    const group = found.markers[2].group!;
    assert.equal(slice(text, group), '[see @a; -@b]');
  });

  it('reads footnote definitions with their label, id and text', () => {
    assert.deepEqual(
      found.definitions.map((d) => [d.id, slice(text, d.label), slice(text, d.idSpan), d.text, slice(text, d.textSpan)]),
      [
        [
          'newsweek',
          '[^newsweek]',
          'newsweek',
          'Newsweek, "Title", 2024-11-23, https://example.com/a.',
          'Newsweek, "Title", 2024-11-23, https://example.com/a.',
        ],
        ['unused', '[^unused]', 'unused', 'A note.', 'A note.'],
      ],
    );
  });

  it('leaves bare keys alone unless the caller knows them', () => {
    assert.ok(!findCitations(text).markers.some((m) => m.kind === 'in-text'));
    assert.ok(!found.markers.some((m) => m.id === 'nobody'));
  });

  it('keeps offsets in UTF-16 units with CRLF line ends', () => {
    const crlf = '“Quoted” 😀 claim.[^a]\r\n\r\n[^a]: Note.\r\n';
    const r = findCitations(crlf);
    assert.equal(slice(crlf, r.markers[0].span), '[^a]');
    assert.equal(r.definitions[0].text, 'Note.');
  });
});

describe('engine: linking citations to claims', () => {
  const text =
    'First claim here. Second claim.[^a][^b] <!-- checked: ok --> [@c]\n\nNew paragraph.\n[^d]\n\n[^e] after a blank line. Inside [@f] a claim.';
  const span = (sentence: string) => ({ span: { start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length } });
  const claims = [
    span('First claim here.'),
    span('Second claim.'),
    span('New paragraph.'),
    span('[^e] after a blank line. Inside [@f] a claim.'),
  ];
  const links = () => {
    const r = findCitations(text);
    return Object.fromEntries(r.markers.map((m, i) => [m.id, linkCitations(text, r.markers, claims)[i]]));
  };

  it('links markers after a sentence (past other markers and a checked marker) to it', () => {
    const l = links();
    assert.equal(l.a, 1);
    assert.equal(l.b, 1);
    assert.equal(l.c, 1);
    assert.equal(l.d, 2, 'on the next line of the same paragraph');
  });

  it('links a marker inside a sentence to that sentence, and none across a blank line', () => {
    const l = links();
    assert.equal(l.f, 3);
    assert.equal(l.e, 3, 'inside the claim span');
    const lone = '[^x] at the start.\n\nClaim.';
    const r = findCitations(lone);
    assert.deepEqual(linkCitations(lone, r.markers, [{ span: { start: 20, end: 26 } }]), [undefined]);
  });
});

describe('engine: the citation being typed', () => {
  const at = (s: string) => citationContextAt(s.replace('|', ''), s.indexOf('|'));

  it('finds `[^` and `[@` openings, typed prefixes and closing brackets', () => {
    assert.deepEqual(at('Claim.[^|'), { kind: 'footnote', start: 8, end: 8, typed: '', closed: false });
    assert.deepEqual(at('Claim.[^|]'), { kind: 'footnote', start: 8, end: 8, typed: '', closed: true });
    assert.deepEqual(at('Claim.[^ne|ws]'), { kind: 'footnote', start: 8, end: 12, typed: 'ne', closed: true });
    assert.deepEqual(at('Claim [@|]'), { kind: 'pandoc', start: 8, end: 8, typed: '', closed: true });
    assert.deepEqual(at('Claim [see @a; @cn|'), { kind: 'pandoc', start: 16, end: 18, typed: 'cn', closed: false });
  });

  it('offers nothing in code, comments, e-mail addresses or an escaped bracket', () => {
    assert.equal(at('Code `[^|]`'), undefined);
    assert.equal(at('```\n[^|\n```'), undefined);
    assert.equal(at('<!-- [@| -->'), undefined);
    assert.equal(at('Mail desk@|'), undefined);
    assert.equal(at('\\[^|'), undefined);
    assert.equal(at('---\nx: [^|\n---\nBody'), undefined);
  });
});
