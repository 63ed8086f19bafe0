// Citation edits: footnotes, Pandoc citations with a CSL-JSON bibliography, inline links; applying
// twice never duplicates, existing footnotes stay as they are, nothing outside the edits changes.
import assert from 'node:assert/strict';
import { bibliographyInsertion, checkedMarker, planCitations, type OffsetEdit } from '../server/src/engine/citation-edits';
import type { SourceMeta } from '../server/src/engine/types';

const NW: SourceMeta = {
  id: 'newsweek-2024-11-23',
  title: 'North Korean troops deployed to new Russian frontline region',
  outlet: 'Newsweek',
  published: '2024-11-23',
  url: 'https://example.org/nw',
};
const BZ: SourceMeta = {
  id: 'border-zone-2024-10-24',
  title: 'Ukraine: North Korean soldiers have entered the Russia-Ukraine border conflict zone',
  published: '2024-10-24',
};

function apply(text: string, edits: OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const CLAIM = 'Singh said roughly 11,000 North Korean troops had entered the Kursk region.';
const span = (text: string, claim = CLAIM) => ({ start: text.indexOf(claim), end: text.indexOf(claim) + claim.length });

describe('citations', () => {
  it('footnote: a reference after the sentence and one definition at the end', () => {
    const text = `# Draft\n\n${CLAIM}\n`;
    const plan = planCitations(text, [{ claim: span(text), source: NW }], 'footnote');
    const out = apply(text, plan.edits);
    assert.ok(out.includes(`${CLAIM}[^newsweek-2024-11-23]`), out);
    assert.match(
      out,
      /\n\n\[\^newsweek-2024-11-23\]: Newsweek, "North Korean troops deployed to new Russian frontline region", 2024-11-23, https:\/\/example\.org\/nw\.\n$/,
    );
    assert.deepEqual(plan.bibliography, []);
  });

  it('footnote: applying again changes nothing; a second claim citing the same source adds no second definition', () => {
    const other = 'HUR put the force at 12,000.';
    const text = `${CLAIM} ${other}\n`;
    const once = apply(text, planCitations(text, [{ claim: span(text), source: NW }], 'footnote').edits);
    assert.deepEqual(planCitations(once, [{ claim: span(once), source: NW }], 'footnote').edits, []);
    const twice = apply(once, planCitations(once, [{ claim: span(once, other), source: NW }], 'footnote').edits);
    assert.equal(twice.match(/^\[\^newsweek-2024-11-23\]:/gm)?.length, 1, twice);
    assert.equal(twice.match(/\[\^newsweek-2024-11-23\]/g)?.length, 3, twice); // two references, one definition
  });

  it('footnote: existing numbered footnotes and their definitions are kept as they are', () => {
    const text = `Earlier claim.[^1] ${CLAIM}\n\n[^1]: An earlier note.\n`;
    const out = apply(text, planCitations(text, [{ claim: span(text), source: NW }], 'footnote').edits);
    assert.ok(out.startsWith('Earlier claim.[^1] '));
    assert.match(out, /\[\^1\]: An earlier note\.\n\[\^newsweek-2024-11-23\]: Newsweek/);
  });

  it('several claims at once, CRLF kept', () => {
    const a = 'First claim about Kursk.';
    const b = 'Second claim about Belgorod.';
    const text = `${a}\r\n\r\n${b}\r\n`;
    const plan = planCitations(
      text,
      [
        { claim: span(text, a), source: NW },
        { claim: span(text, b), source: BZ },
      ],
      'footnote',
    );
    const out = apply(text, plan.edits);
    assert.ok(out.includes(`${a}[^newsweek-2024-11-23]\r\n`));
    assert.ok(out.includes(`${b}[^border-zone-2024-10-24]\r\n`));
    assert.ok(
      out.endsWith(
        '\r\n\r\n[^newsweek-2024-11-23]: Newsweek, "North Korean troops deployed to new Russian frontline region", 2024-11-23, https://example.org/nw.\r\n[^border-zone-2024-10-24]: "Ukraine: North Korean soldiers have entered the Russia-Ukraine border conflict zone", 2024-10-24.\r\n',
      ),
      JSON.stringify(out),
    );
    // Nothing outside the edits changed.
    assert.equal(out.replace(/\[\^[a-z0-9-]+\]/g, '').split('\r\n')[0], a);
  });

  it('pandoc: [@id] before the full stop, and the id for the bibliography', () => {
    const text = `${CLAIM}\n`;
    const plan = planCitations(text, [{ claim: span(text), source: NW }], 'pandoc');
    assert.equal(apply(text, plan.edits), CLAIM.replace(/\.$/, ' [@newsweek-2024-11-23].') + '\n');
    assert.deepEqual(plan.bibliography, ['newsweek-2024-11-23']);
    const again = apply(text, plan.edits);
    assert.deepEqual(
      planCitations(again, [{ claim: span(again, CLAIM.replace(/\.$/, ' [@newsweek-2024-11-23].')), source: NW }], 'pandoc').edits,
      [],
    );
  });

  it('link: an inline link to the source before the full stop; no URL gives outlet, date and id', () => {
    const text = `${CLAIM}\n`;
    assert.equal(
      apply(text, planCitations(text, [{ claim: span(text), source: NW }], 'link').edits),
      CLAIM.replace(/\.$/, ' ([Newsweek, 2024-11-23](https://example.org/nw)).') + '\n',
    );
    assert.ok(
      apply(text, planCitations(text, [{ claim: span(text), source: BZ }], 'link').edits).includes(
        ' (border-zone-2024-10-24, 2024-10-24; border-zone-2024-10-24).',
      ),
    );
  });

  it('bibliography: adds a CSL-JSON item once; a malformed file is not overwritten', () => {
    const first = bibliographyInsertion(undefined, [NW]).create!;
    const items = JSON.parse(first);
    assert.equal(items[0].id, 'newsweek-2024-11-23');
    assert.equal(items[0]['container-title'], 'Newsweek');
    assert.deepEqual(items[0].issued, { 'date-parts': [[2024, 11, 23]] });
    assert.deepEqual(bibliographyInsertion(first, [NW]), {});
    assert.equal(JSON.parse(apply(first, [bibliographyInsertion(first, [BZ]).insert!])).length, 2);
    assert.match(bibliographyInsertion('{ not json', [NW]).error ?? '', /not valid JSON/);
    assert.match(bibliographyInsertion('{"id": 1}', [NW]).error ?? '', /not a CSL-JSON array/);
  });

  it('bibliography: inserts the new entry only, every other byte as it was', () => {
    // A duplicate key, a number beyond double precision, null, the user's own spacing: kept.
    const mine = '[ {"id": "mine", "id": "dup", "version": null, "n": 12345678901234567890, "title":"x"}\r\n]\r\n';
    const edit = bibliographyInsertion(mine, [NW]).insert!;
    const out = apply(mine, [edit]);
    assert.equal(out.slice(0, edit.start), mine.slice(0, edit.start));
    assert.equal(out.slice(edit.start + edit.newText.length), mine.slice(edit.start));
    assert.ok(out.includes('12345678901234567890') && out.includes('"id": "dup"'));
    assert.equal(JSON.parse(out).length, 2);
    assert.ok(!edit.newText.includes('\n') || edit.newText.includes('\r\n'), 'the file’s line ends');
    assert.equal(JSON.parse(apply('[]', [bibliographyInsertion('[]', [NW]).insert!]))[0].id, NW.id);
  });

  it('bibliography: CSL-YAML gets a list entry at the end', () => {
    const yaml = 'references:\n  - id: mine\n    title: Mine # a comment kept\n';
    const out = apply(yaml, [bibliographyInsertion(yaml, [NW], true).insert!]);
    assert.ok(out.startsWith(yaml));
    assert.match(out, /\n {2}- id: newsweek-2024-11-23\n/);
    assert.deepEqual(bibliographyInsertion(out, [NW], true), {});
  });

  it('checked marker: an HTML comment that cannot be closed early by its reason', () => {
    assert.equal(checkedMarker('phone call --> with  the NSC'), ' <!-- checked: phone call —> with the NSC -->');
  });
});

describe('citations: hostile source metadata', () => {
  const EVIL: SourceMeta = {
    id: 'evil](javascript:alert(1))',
    title: 'Breaking [run](command:workbench.action.terminal.new) \u202Eexe.txt <img src=x onerror=alert(1)>',
    outlet: '<script>alert(1)</script> News',
    published: '2024-11-23',
    url: 'javascript:alert(1)',
  };
  const text = 'North Korea sent troops to Russia.\n';
  const claim = { start: 0, end: text.indexOf('.') + 1 };
  const inserted = (style: 'footnote' | 'link', meta: SourceMeta) =>
    planCitations(text, [{ claim, source: meta }], style)
      .edits.map((e) => e.newText)
      .join('\n');

  for (const style of ['footnote', 'link'] as const) {
    it(`${style}: metadata lands as plain text: no HTML, no link or command, no bidi override, no javascript: url`, () => {
      const out = inserted(style, EVIL);
      // Every '<' and '[' ... '](' a source wrote is backslash-escaped: Markdown shows it as text.
      assert.doesNotMatch(out, /(?<!\\)<|(?<!\\)\]\((?:command|javascript):|\]\(javascript:/);
      assert.ok(!out.includes('\u202E'), 'a bidirectional override reached the draft');
    });
  }

  it('an http(s) url is re-serialised from its parsed form (parentheses and spaces encoded)', () => {
    const out = inserted('link', { ...EVIL, id: 'ok', outlet: 'Wire', url: 'https://example.com/a (b)/c' });
    assert.match(out, /\]\(https:\/\/example\.com\/a%20%28b%29\/c\)\)$/);
  });
});
