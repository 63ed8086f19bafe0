// Rules found on a carmaker's recall written blind (session 9's tuning half): a company named with
// a company word in capitals ("Falkenrath AG"), a statement day never after the article, a verb of
// saying in the passive names no speaker, a hedge inside the phrase a figure is given for, a name
// and an adjective before the plural noun counted, a denial of someone's report, and a figure
// counted otherwise that a newer figure of the draft's own measure supersedes. Each with a finding
// and a no-finding case, on sentences of the kind the story's articles use (an inline library).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import type { Library } from '../server/src/engine/api';

const article = (id: string, date: string, body: string) =>
  `---\nid: ${id}\ntitle: ${id}\noutlet: Test Wire\npublished: ${date}\n---\n${body}\n`;
const A = article(
  'recall-a-2025-03-03',
  '2025-03-03',
  [
    'KASSEL, Germany, March 3 (Test Wire) - German carmaker Brandhorst AG said on Monday it would recall 212,000 Vireo electric SUVs worldwide because of a software fault.',
    'Brandhorst said it was aware of 14 crashes in which the fault may have played a role, causing five injuries.',
    'Brandhorst shares fell 3.2% in Frankfurt on Monday.',
  ].join('\n\n'),
);
const B = article(
  'recall-b-2025-03-05',
  '2025-03-05',
  [
    'KASSEL, Germany, March 5 (Test Wire) - Brandhorst on Tuesday added 96,000 sedans to the recall, bringing the total to 308,000 vehicles worldwide.',
    'Brandhorst also raised the number of injuries it believes may be linked to the fault to seven, from five.',
    'On Friday, the car magazine Autowelt reported that Brandhorst engineers had warned managers about the fault in an internal memo in June 2024.',
  ].join('\n\n'),
);
const C = article(
  'recall-c-2025-03-17',
  '2025-03-17',
  [
    'KASSEL, Germany, March 17 (Test Wire) - Brandhorst AG said it now knew of 12 injuries linked to the fault.',
    'Chief Executive Martina Kessler said repairs would begin on March 31, two weeks earlier than planned.',
    "The shares fell 4.1% in Frankfurt on Monday and have now lost 19% since the first recall, wiping about 5.2 billion euros off the company's market value.",
    "Brandhorst shares fell 6.8% in Frankfurt on Wednesday, extending Monday's decline.",
  ].join('\n\n'),
);

let dir: string;
let lib: Library;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recall-'));
  for (const [name, text] of [
    ['a.md', A],
    ['b.md', B],
    ['c.md', C],
  ])
    fs.writeFileSync(path.join(dir, name), text);
  lib = loadLibrary({ folders: [dir], bundled: false });
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const verdict = (text: string, date?: string) =>
  checkText(date ? `---\ndate: ${date}\n---\n\n${text}\n` : `${text}\n`, lib).findings[0]?.verdict ?? 'none';
const records = (re: RegExp) => lib.index.records.filter((r) => re.test(r.text));

describe('recall story: who is speaking', () => {
  it('"Brandhorst AG" is learned as a company (a company word in capitals ends the name)', () => {
    assert.ok(lib.lexicon.orgs.has('brandhorst-ag'));
  });
  it('no finding: "Autowelt reported" names a speaker, not a company', () => {
    assert.ok(!lib.lexicon.orgs.has('autowelt-ag'));
  });
  it('a verb of saying in the passive with no agent names no speaker ("since the recall was announced")', () => {
    const lex = lib.lexicon;
    assert.deepEqual(extractClaims("Brandhorst's shares are down 13% since the recall was announced on March 3.", lex)[0].actors, []);
  });
  it('no finding: "was announced by Brandhorst" still has its agent, and "Brandhorst announced" its subject', () => {
    assert.equal(extractClaims('Brandhorst announced the recall on Monday.', lib.lexicon)[0].actors.length, 1);
  });
});

describe('recall story: when it was said', () => {
  it('a statement day after the article was published is no statement day ("said repairs would begin on March 31")', () => {
    const [r] = records(/repairs would begin/);
    assert.equal(r.statedAt, '2025-03-17');
  });
  it('no finding: "said on Monday" in the same article dates the statement', () => {
    const [r] = records(/now knew of 12 injuries/);
    assert.equal(r.statedAt, '2025-03-17');
    const [lead] = records(/would recall 212,000/);
    assert.equal(lead.statedAt, '2025-03-03');
  });
});

describe('recall story: figures', () => {
  it('a hedge inside the phrase a figure is given for leaves the figure reported ("the number of injuries it believes may be linked ... to seven")', () => {
    const [r] = records(/raised the number of injuries/);
    assert.equal(r.hedged, undefined);
    assert.equal(verdict('Seven people have been injured in crashes linked to the fault.', '2025-03-18'), 'outdated');
  });
  it('no finding: a hedge on the figure itself still hedges ("may have injured seven people")', () => {
    const lex = loadLexicon();
    assert.ok(extractClaims('The fault may have injured seven people.', lex)[0].hedged);
  });
  it('"212,000 Vireo electric SUVs" counts SUVs, past the model name and the adjective', () => {
    const [r] = records(/would recall 212,000/);
    assert.equal(r.quantities[0].counted, 'other:suv');
  });
  it('a figure counted otherwise is outdated when the draft\'s own measure has a newer figure ("212,000 vehicles")', () => {
    assert.equal(verdict("Brandhorst's recall covers 212,000 vehicles.", '2025-03-06'), 'outdated');
  });
  it('no finding: before the recall grew, the same draft is supported', () => {
    assert.equal(verdict("Brandhorst's recall covers 212,000 vehicles.", '2025-03-04'), 'supported');
  });
});

describe("recall story: a denial of someone's report", () => {
  it('"Brandhorst denied a magazine report that ..." is not contradicted by the report itself', () => {
    assert.notEqual(
      verdict(
        'Brandhorst denied a magazine report that its engineers had warned managers about the fault in an internal memo in June 2024.',
      ),
      'conflicting',
    );
  });
  it('no finding: the report said the other way round still conflicts ("engineers did not warn managers")', () => {
    assert.equal(
      verdict('Brandhorst engineers did not warn managers about the fault in an internal memo in June 2024, Autowelt reported.'),
      'conflicting',
    );
  });
});

describe('recall story: what cannot be, and where a plant is', () => {
  it('"could not be delivered over the air" is a denial: "could be delivered" conflicts with it', () => {
    const lex = loadLexicon();
    assert.equal(extractClaims('Whitfield said the fix could not be delivered over the air.', lex)[0].negated, true);
  });
  it('no finding: "may never win back" stays a possibility, not a denial', () => {
    const lex = loadLexicon();
    assert.equal(extractClaims('The company said it may never win back those customers.', lex)[0].negated, false);
  });
  it('"The Halle plant" is in Halle, even opening the sentence', () => {
    const c = extractClaims('The Halle plant employs about 6,000 people.', loadLexicon())[0];
    assert.deepEqual(
      c.places.map((p) => p.text),
      ['Halle'],
    );
  });
  it('no finding: "The Reading plan" names no place (an English word before no site noun)', () => {
    assert.deepEqual(extractClaims('The Reading plan was approved.', loadLexicon())[0].places, []);
  });
  it("an article's dateline decides which Halle or Punjab it means", () => {
    const [r] = records(/would recall 212,000/);
    assert.ok(r);
    const dated = article(
      'recall-d-2025-03-04',
      '2025-03-04',
      'KASSEL, Germany, March 4 (Test Wire) - Brandhorst builds the Vireo at its plant in Halle, the company said.',
    );
    const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'halle-'));
    fs.writeFileSync(path.join(dir2, 'd.md'), dated);
    const lib2 = loadLibrary({ folders: [dir2], bundled: false });
    const halle = lib2.index.records.find((x) => /plant in Halle/.test(x.text))!;
    assert.deepEqual(
      halle.places.map((p) => p.id),
      ['gz:DE:halle'],
    );
    fs.rmSync(dir2, { recursive: true, force: true });
    // A draft is read alone: no article around it (the same draft reads the same everywhere).
    assert.deepEqual(
      extractClaims('Brandhorst builds the Vireo at its plant in Halle.', loadLexicon())[0].places.map((p) => p.id),
      ['gz:BE:halle'],
    );
  });
});

describe("recall story: the same sum in another currency, and another event's day", () => {
  it('"$5.2 billion" for the record\'s "5.2 billion euros" wiped off the market value: the currency swapped', () => {
    assert.equal(verdict("The sell-off has wiped about $5.2 billion off Brandhorst's market value.", '2025-03-18'), 'conflicting');
  });
  it("no finding: the record's own currency is backed", () => {
    assert.equal(verdict("The sell-off has wiped about 5.2 billion euros off Brandhorst's market value.", '2025-03-18'), 'supported');
  });
  it('"extending Monday\'s decline" dates no event of the record: "fell 6.8% on Monday" conflicts with its Wednesday', () => {
    assert.equal(verdict("Brandhorst's shares fell 6.8% on Monday.", '2025-03-18'), 'conflicting');
  });
  it('no finding: "fell 6.8% on Wednesday" is backed', () => {
    assert.equal(verdict("Brandhorst's shares fell 6.8% on Wednesday.", '2025-03-18'), 'supported');
  });
});

describe('recall story: the day of a report and the day of what it reports', () => {
  it('"reported last week that engineers had warned managers ... in June 2024": June 2024 dates the warning', () => {
    const c = extractClaims(
      'Autowelt reported last week that Brandhorst engineers had warned managers about the fault in June 2024.',
      lib.lexicon,
      { refDate: '2025-03-12' },
    )[0];
    assert.equal(c.times.find((t) => t.text === 'June 2024')?.role, 'event');
  });
  it('no finding: a trailing attribution after a comma still dates the saying ("..., Ryder told reporters on Monday")', () => {
    const c = extractClaims('The Pentagon estimates that 10,000 troops are in Kursk, Ryder told reporters on Monday.', lib.lexicon, {
      refDate: '2024-11-05',
    })[0];
    assert.equal(c.times.find((t) => t.text === 'Monday')?.role, 'statement');
  });
});

describe('hedges: "most likely"', () => {
  it('"the missiles will most likely be used first against ..." is speculation', () => {
    assert.equal(
      extractClaims('Insiders say the missiles will most likely be used first against troops in Kursk.', loadLexicon())[0].hedged,
      'speculation',
    );
  });
  it('no finding: the same report without it is a claim', () => {
    assert.equal(extractClaims('The missiles were used against troops in Kursk on Sunday.', loadLexicon())[0].hedged, undefined);
  });
});
