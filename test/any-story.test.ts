// Another story with no alias file (a flood, in our own words): measures read from the sentence
// (deaths, injuries, the missing, money with its purpose, figures with no noun after them), and
// organisations, people and places learned from the articles themselves.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { tokenize } from '../server/src/engine/text/tokens';
import type { Library } from '../server/src/engine/api';

const A = `---
id: wire-2026-03-03
title: Floods kill dozens in Ecuador's coastal provinces
outlet: Test Wire
published: 2026-03-03
---
QUITO, March 3 (Test Wire) - Floods in Ecuador's coastal provinces have killed 41 people, the National Risk Management Secretariat (SNGR) said on Tuesday.
At least 300 people were injured and 17 remain missing, the agency said.
Maria Soto, head of the SNGR, said 2,400 families had been evacuated from Babahoyo province.
The government pledged $5 million in emergency aid, Finance Minister Jorge Vera said.
`;
const B = `---
id: wire-2026-03-10
title: Ecuador flood toll climbs to 64
outlet: Test Wire
published: 2026-03-10
---
QUITO, March 10 (Test Wire) - The death toll from floods in Ecuador climbed to 64 on Monday, the SNGR said.
`;

describe('another story, no alias file', () => {
  let library: Library;
  before(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-story-'));
    fs.writeFileSync(path.join(dir, 'a.md'), A);
    fs.writeFileSync(path.join(dir, 'b.md'), B);
    library = loadLibrary({ folders: [dir], bundled: false });
  });
  const verdict = (text: string, date?: string) =>
    checkText(`${date ? `---\ndate: ${date}\n---\n\n` : ''}${text}\n`, library).findings[0]?.verdict ?? 'none';

  it('learns the organisation with its acronym, the people with an office and the places', () => {
    const a = library.learned!.find((l) => l.source === 'wire-2026-03-03')!;
    assert.deepEqual(
      a.orgs.filter((o) => !o.outlet),
      [{ id: 'sngr', names: ['National Risk Management Secretariat', 'SNGR', 'Risk Management Secretariat'] }],
    );
    assert.ok(a.people.some((p) => p.names.includes('Jorge Vera')));
    assert.ok(a.places.some((p) => p.names.includes('Babahoyo province')));
    assert.ok(
      a.places.some((p) => p.names.includes('Quito')),
      'the dateline names a place',
    );
    assert.ok(!a.people.some((p) => p.names.includes('Risk Management')), 'no person made of an organisation’s words');
  });

  it('a long name with "for the" or "of" inside keeps its whole name: "Authority for the Financial Markets (AFM)"', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-story-'));
    fs.writeFileSync(
      path.join(dir, 'c.md'),
      `---\nid: wire-2026-03-04\ntitle: Regulator\noutlet: Test Wire\npublished: 2026-03-04\n---\nThe Dutch Authority for the Financial Markets (AFM) said the bid was under review. Julia Brandt, head of the United Nations Office for the Coordination of Humanitarian Affairs (OCHA) in Nepal, said aid was arriving.\n`,
    );
    const learned = loadLibrary({ folders: [dir], bundled: false }).learned!.flatMap((l) => l.orgs);
    assert.deepEqual(learned.find((o) => o.id === 'afm')?.names, ['Authority for the Financial Markets', 'AFM']);
    assert.deepEqual(learned.find((o) => o.id === 'ocha')?.names, ['Office for the Coordination of Humanitarian Affairs', 'OCHA']);
  });

  it('a first name that is also an English word ("Grace", "Mark") still makes a person; a company is a body, not a person', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-story-'));
    fs.writeFileSync(
      path.join(dir, 'd.md'),
      `---\nid: wire-2026-03-05\ntitle: Mine\noutlet: Test Wire\npublished: 2026-03-05\n---\nNineteen miners are still trapped, operator Chitanda Copper Mines Plc said on Friday. "We will keep digging," Grace Achieng said. Superintendent Mark Tennant said crews were on site. The Intelligence Agency said nothing. Chief Magistrate Felix Kiprono said the verdict was due. Durga Prasad Bhandari, spokesman for the ministry, said 1,200 soldiers had been sent.\n`,
    );
    const learned = loadLibrary({ folders: [dir], bundled: false }).learned!;
    const people = learned.flatMap((l) => l.people.map((p) => p.names[0]));
    const orgs = learned.flatMap((l) => l.orgs.map((o) => o.names[0]));
    assert.ok(people.includes('Grace Achieng') && people.includes('Mark Tennant'), people.join('; '));
    assert.ok(orgs.includes('Chitanda Copper Mines Plc'), orgs.join('; '));
    assert.ok(!people.some((p) => /Plc|Mines|Intelligence Agency/.test(p)), people.join('; '));
    // An office opens no name; a three-word name whose first word is an English word stays whole.
    assert.ok(people.includes('Felix Kiprono') && !people.some((p) => /Magistrate/.test(p)), people.join('; '));
    assert.ok(people.includes('Durga Prasad Bhandari') && !people.includes('Prasad Bhandari'), people.join('; '));
  });

  it('a company is also named by its own first word ("Verdemar" for "Verdemar Shipping Corp."), never by a place\'s or an English word', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-story-'));
    fs.writeFileSync(
      path.join(dir, 'd.md'),
      `---\nid: wire-2025-08-13\ntitle: Ferry\noutlet: Test Wire\npublished: 2025-08-13\n---\nCALAPAN, Aug 13 (Test Wire) - Verdemar Shipping Corp. said on Wednesday that 163 people had been aboard. Chitanda town was quiet, and Chitanda Copper Mines Plc said nothing. Pacific Ferries Ltd said 40 boats were idle.\n`,
    );
    const library = loadLibrary({ folders: [dir], bundled: false });
    const names = library.learned!.flatMap((l) => l.orgs.flatMap((o) => o.names));
    assert.ok(names.includes('Verdemar'), names.join('; '));
    assert.ok(!names.includes('Chitanda') && !names.includes('Pacific'), names.join('; '));
    const [claim] = extractClaims('Verdemar has suspended the captain.\n', library.lexicon);
    assert.ok(claim.entities.includes('verdemar-shipping-corp'), claim.entities.join('; '));
  });

  it('a Korean name with a hyphenated given name ("Shin Won-sik") is also named by its family name and the given name written whole', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-story-'));
    fs.writeFileSync(
      path.join(dir, 'd.md'),
      `---\nid: wire-2024-11-23\ntitle: Seoul\noutlet: Test Wire\npublished: 2024-11-23\n---\nNational security adviser Shin Won-sik said on Friday that Russia had sent air defence missiles. Spokesman Mark Tennant said nothing.\n`,
    );
    const people = loadLibrary({ folders: [dir], bundled: false }).learned!.flatMap((l) => l.people);
    const shin = people.find((p) => p.id === 'won-sik');
    assert.ok(shin && shin.names.includes('Shin') && shin.names.includes('Shin Wonsik'), JSON.stringify(people));
    assert.ok(!people.find((p) => p.id === 'tennant')?.names.includes('Mark'), JSON.stringify(people));
  });

  it('"28 per cent" is a rate, not "per" an attribution; "per the company" is one', () => {
    const lex = loadLexicon();
    assert.deepEqual(extractClaims("The offer was pitched at a 28 per cent premium to Oosterberg's close.\n", lex)[0].actors, []);
    assert.equal(extractClaims('Per the Pentagon, 10,000 troops are in Kursk.\n', lex)[0].actors.length, 1);
  });

  it('deaths, injuries and the missing are different measures', () => {
    assert.equal(verdict('The floods have killed 41 people, the SNGR said on Tuesday.'), 'supported');
    assert.equal(verdict('Seventeen people are unaccounted for, the agency said.'), 'supported');
    // 300 were injured, not killed: never passed as supported.
    assert.notEqual(verdict('More than 300 people were killed in the floods.'), 'supported');
  });

  it('a running toll: "the toll rose to 70" against the 64 the same body gave that day', () => {
    assert.equal(verdict('The toll climbed to 64 on Monday, the SNGR said.', '2026-03-11'), 'supported');
    assert.equal(verdict('The toll rose to 70 on Monday, the SNGR said.', '2026-03-11'), 'conflicting');
  });

  it('an earlier toll stated as current in a later draft is outdated', () => {
    assert.equal(verdict('The floods have killed 41 people.', '2026-03-12'), 'outdated');
  });

  it('money: the currency and what it is for are part of the measure', () => {
    assert.equal(verdict('The government promised $5 million in emergency help.'), 'supported');
    assert.equal(verdict('The government pledged $8 million in emergency aid.'), 'conflicting');
    assert.equal(verdict('Vera said the government would spend $5 million on new housing.'), 'unsupported');
  });

  it('an age is not a count', () => {
    const claim = extractClaims('A 63-year-old farmer drowned in Babahoyo province.', library.lexicon)[0];
    assert.deepEqual(claim.quantities, []);
    assert.deepEqual(
      extractClaims('A farmer and 12 neighbours drowned.', library.lexicon)[0].quantities.map((q) => q.value),
      [12],
    );
  });

  it('a user’s alias file corrects: an entry with replace: true takes the place of the data’s', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-alias-')), 'fix.aliases.yaml');
    fs.writeFileSync(file, 'orgs:\n  hur:\n    replace: true\n    names: [Main Intelligence Directorate]\n');
    const names = (files: string[]) => (w: string) =>
      loadLexicon(files)
        .entities.matchAt(tokenize(w), 0)
        ?.values.map((v) => v.id);
    assert.deepEqual(names([])('HUR'), ['hur']);
    assert.equal(names([file])('HUR'), undefined);
    assert.deepEqual(names([file])('Main Intelligence Directorate'), ['hur']);
  });

  it('a dateline dates the filing, not the event', () => {
    const times = extractClaims('QUITO, March 3 (Test Wire) - Floods have killed 41 people, the SNGR said on Tuesday.', library.lexicon, {
      refDate: '2026-03-03',
    })[0].times;
    assert.deepEqual(
      times.map((t) => t.text),
      ['Tuesday'],
    );
  });
});

describe('any story: places named with a capitalised place noun', () => {
  const closure = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'closure', 'sources')], bundled: false });
  it('learns "Olomouc Region" and "Zlín Region" as places, and "Metal and Automotive Industry Union" as none', () => {
    const places = new Set(closure.learned!.flatMap((l) => l.places.map((p) => p.id)));
    assert.ok(places.has('olomouc') && places.has('zlin'), [...places].join(', '));
    assert.ok(![...places].some((p) => p.includes('union')));
  });
  it('the plant placed in the wrong region is not backed', () => {
    const f = checkText('---\ndate: 2025-11-05\n---\n\nThe Stará Ves plant, in the Zlín Region, makes steering components.\n', closure)
      .findings[0];
    assert.notEqual(f?.verdict, 'supported');
  });
});

describe('any story: names listed before a plural place noun', () => {
  const flood = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'flood', 'sources')], bundled: false });
  it('"Buner and Swat districts", "Buner, Swat and Shangla districts": each name is a place, even one that is an English word', () => {
    const places = new Set(flood.learned!.flatMap((l) => l.places.map((p) => p.id)));
    assert.ok(places.has('swat') && places.has('shangla') && places.has('buner'), [...places].join(', '));
    // A list that no place noun closes teaches nothing: "Buner, Swat and Shangla" alone.
    assert.ok(!places.has('national-disaster-management-authority'));
  });
  it('the missing placed in the wrong district are not backed', () => {
    const f = checkText('Nine people remain missing, all of them in Swat district.\n', flood).findings[0];
    assert.notEqual(f?.verdict, 'supported');
  });
});

describe('any story: a number the backing record does not state', () => {
  const wildfire = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'wildfire', 'sources')], bundled: false });
  const verdict = (text: string) => checkText(`${text}\n`, wildfire).findings[0]?.verdict ?? 'none';
  it('"a maximum penalty of 25 years" where the source gives 21: the number changed (the rest is backed)', () => {
    const f = checkText('Deliberately lighting a bushfire carries a maximum penalty of 25 years in prison in New South Wales.\n', wildfire)
      .findings[0];
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /gives “21 years” where the draft has “25 years”/);
  });
  it('a number no record of the event states, with no other of its noun there, is not backed', () => {
    const f = checkText(
      'Deliberately lighting a bushfire carries a maximum penalty of 21 years in prison and a fine of 300 units in New South Wales.\n',
      wildfire,
    ).findings[0];
    assert.equal(f?.verdict, 'unsupported');
    assert.match(f.message, /No source record gives “300 units”/);
  });
  it('the same sentence with the source’s 21 years is supported', () => {
    assert.equal(
      verdict('Deliberately lighting a bushfire carries a maximum penalty of 21 years in prison in New South Wales.'),
      'supported',
    );
  });
});

describe('any story: a count where the record names no place', () => {
  const flood = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'flood', 'sources')], bundled: false });
  it('a province-wide toll is not contradicted by a record of "nine passengers" killed with no place', () => {
    const f = checkText('More than 300 people have been killed across Khyber Pakhtunkhwa, officials said.\n', flood).findings[0];
    assert.notEqual(f?.verdict, 'conflicting', f?.message);
  });
  it('the same body giving another toll for the same province still conflicts', () => {
    const f = checkText('Of the 38 dead, 35 were in Buner district, according to the PDMA.\n', flood).findings[0];
    assert.equal(f?.verdict, 'conflicting', f?.message);
  });
});

describe('any story: a share backed only by a record about the same thing', () => {
  const outbreak = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'outbreak', 'sources')], bundled: true });
  it('"40% of the province\'s cases" is not backed by another story\'s 40% (bundled library on)', () => {
    const f = checkText("Sindangan's mayor said 40% of the province's cases were in his town.\n", outbreak).findings[0];
    assert.notEqual(f?.verdict, 'supported', f?.message);
  });
  it('a share the record gives for the same thing is still backed', () => {
    const f = checkText(
      'Consumer prices rose 3.6% in the 12 months to September, the ONS said.\n',
      loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'ratecut', 'sources')], bundled: false }),
    ).findings[0];
    assert.equal(f?.verdict, 'supported', f?.message);
  });
});
