// The outlet's own report of a figure for a place ("Búzi district alone accounted for 29 deaths"),
// with no speaker: it contradicts another figure for that place that a draft gives a speaker the
// library knows, never one a speaker it has no record of may have counted otherwise
// (match/quantity.ts ownReportAlike). And a place opening the sentence before a verb of measuring
// and a figure is where it was measured (extract/claims.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';

describe("the outlet's own report of a place's figure", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-own-report-'));
  fs.writeFileSync(
    path.join(dir, 'storm-2026-03-15.md'),
    '---\nid: storm-2026-03-15\ntitle: Cholera spreads\noutlet: Test Wire\npublished: 2026-03-15\n---\n' +
      'BEIRA, Mozambique, March 15 (Test Wire) - The National Institute for Disaster Risk Management (INGD) said on Sunday that 74 people had died.\n\n' +
      'Of the dead, 61 were in Sofala province, INGD spokeswoman Helena Cossa said. Búzi district alone accounted for 29 deaths, most of them people swept away by the river.\n',
  );
  const library = loadLibrary({ folders: [dir], bundled: false });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const verdict = (text: string) => checkText(`${text}\n`, library).findings[0]?.verdict;

  it('"Búzi district alone accounted for 29 deaths" is set in Búzi', () => {
    const [c] = extractClaims('Búzi district alone accounted for 29 deaths.\n', library.lexicon);
    assert.deepEqual(
      c.places.map((p) => [p.id, p.role]),
      [['buzi', 'at']],
    );
  });
  it('another figure for Búzi from the INGD conflicts', () => {
    assert.equal(verdict('Búzi district alone accounted for 39 deaths, according to the INGD.'), 'conflicting');
  });
  it('the same figure is backed', () => {
    assert.equal(verdict('Búzi district alone accounted for 29 deaths, according to the INGD.'), 'supported');
  });
  it('another figure from a speaker the library has no record of is not a conflict', () => {
    assert.notEqual(verdict('Búzi district alone accounted for 39 deaths, according to the Red Cross.'), 'conflicting');
  });
});

describe('words of the saying are not what happened', () => {
  const bundled = loadLibrary({ folders: [], bundled: true });
  const verdict = (text: string, date: string) => checkText(`---\ndate: ${date}\n---\n\n${text}\n`, bundled).findings[0]?.verdict;
  it('"In a statement on Thursday evening, Ukraine\'s HUR ... said": the statement is how, not what', () => {
    assert.equal(
      verdict(
        "In a statement on Thursday evening, Ukraine's HUR military intelligence said its operatives had recorded North Korean troops in Russia's Kursk region the day before.",
        '2024-10-25',
      ),
      'supported',
    );
  });
  it('a statement of something the library does not tell is still unsupported', () => {
    assert.equal(
      verdict("In a statement on Thursday, Ukraine's HUR said it had recorded a new Russian drone model near Kharkiv.", '2024-10-25'),
      'unsupported',
    );
  });
});

describe('a figure the draft dates to a calendar day no record giving it has', () => {
  const bundled = loadLibrary({ folders: [], bundled: true });
  const verdict = (text: string) => checkText(`${text}\n`, bundled).findings[0]?.verdict;
  it('"The Pentagon on 28 October backed up ... some 10,000 soldiers" is not backed for that day', () => {
    assert.equal(
      verdict(
        "The Pentagon on 28 October backed up recent intelligence reports that Pyongyang had sent some 10,000 soldiers to fight in Russia's war on Ukraine.",
      ),
      'unsupported',
    );
  });
  it('the day the record gives backs it', () => {
    assert.equal(
      verdict(
        'State Department spokesperson Vedant Patel said on 12 November that over 10,000 North Korean troops had moved into Kursk Oblast.',
      ),
      'supported',
    );
  });
});
