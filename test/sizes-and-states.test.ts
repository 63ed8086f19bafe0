// Sizes and the states of people counted: "the 186-metre bridge" (a size in a compound adjective),
// lengths in units far apart ("310 mm" of rain, "20 km" south of the city), a length that no later
// report outdates and no day of another event contradicts, and "the number of people missing".
// Sentences from the story libraries' articles and drafts; each rule with a case where it must not fire.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';

const STORIES = path.join(__dirname, 'fixtures', 'stories');
const story = (name: string) => loadLibrary({ folders: [path.join(STORIES, name, 'sources')], bundled: false });
const verdict = (library: ReturnType<typeof story>, text: string, date?: string) =>
  checkText(date ? `---\ndate: ${date}\n---\n\n${text}\n` : `${text}\n`, library).findings[0]?.verdict;
const lex = loadLexicon();
const quantities = (text: string) => extractClaims(`${text}\n`, lex).flatMap((c) => c.quantities);

describe('sizes and states', () => {
  const bridge = story('bridge');
  const heatwave = story('heatwave');

  describe('"the 186-metre Chaupimayo bridge": a size in a compound adjective', () => {
    it('is read as a length', () => {
      const [q] = quantities('The 186-metre Chaupimayo bridge gave way on Sunday.');
      assert.equal(q?.unit, 'metre');
      assert.equal(q?.value, 186);
    });
    it('backs the same length and contradicts another', () => {
      assert.equal(verdict(bridge, 'The Chaupimayo bridge was 186 metres long.'), 'supported');
      assert.equal(verdict(bridge, 'The Chaupimayo bridge was 168 metres long.'), 'conflicting');
    });
    it('"a 63-year-old farmer": an age in a compound is still no length', () => {
      assert.deepEqual(
        quantities('A 63-year-old farmer said the water rose.').map((q) => q.unit),
        [],
      );
    });
  });

  describe('words joined to a number by a hyphen', () => {
    it('"a four-lane bridge 210 metres long": the lanes are no figure, the length is', () => {
      assert.deepEqual(
        quantities('The replacement will be a four-lane bridge 210 metres long.').map((q) => [q.value, q.unit]),
        [[210, 'metre']],
      );
      assert.equal(verdict(bridge, 'The replacement will be a four-lane bridge 210 metres long.'), 'supported');
    });
    it('"a $5-million loan" is five million dollars', () => {
      const [q] = quantities('The bank approved a $5-million loan.');
      assert.equal(q?.value, 5_000_000);
      assert.equal(q?.unit, 'usd');
    });
    it('"the 34-euro proposal" is not read as a sum in euros (an offer told before)', () => {
      assert.notEqual(quantities('It was a year later than under the 34-euro proposal.')[0]?.unit, 'eur');
    });
  });

  describe('a length is no running count, and of no day', () => {
    it('"which stretched 186 metres ... opened in 1978": the opening\'s year does not contradict the size', () => {
      assert.equal(
        verdict(bridge, 'The Chaupimayo bridge, which stretched 186 metres across the Mantaro River, opened in 1978.'),
        'supported',
      );
    });
    it('a rise by a length is of its day: "rose by more than six metres on Tuesday" does not back Monday', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-rise-'));
      fs.writeFileSync(
        path.join(dir, 'river-2026-03-11.md'),
        '---\nid: river-2026-03-11\ntitle: River rises\noutlet: Test Wire\npublished: 2026-03-11\n---\nThe Búzi river rose by more than six metres at Búzi town on Tuesday, the district administrator said.\n',
      );
      try {
        const library = loadLibrary({ folders: [dir], bundled: false });
        assert.notEqual(verdict(library, 'The Búzi river rose by more than six metres at Búzi town on Monday.', '2026-03-12'), 'supported');
        assert.equal(verdict(library, 'The Búzi river rose by more than six metres at Búzi town on Tuesday.', '2026-03-12'), 'supported');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
    it('a zone\'s radius ("within 3 km") is revised like any figure: a newer "1 km" outdates it', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-zone-'));
      const article = (id: string, date: string, text: string) =>
        fs.writeFileSync(path.join(dir, `${id}.md`), `---\nid: ${id}\ntitle: Zone\noutlet: Test Wire\npublished: ${date}\n---\n${text}\n`);
      article(
        'blast-2026-03-11',
        '2026-03-11',
        'GDANSK, Poland, March 11 (Test Wire) - Authorities evacuated residents within 3 km of the chemical plant on Wednesday, the State Fire Service said.',
      );
      article(
        'blast-2026-03-15',
        '2026-03-15',
        'GDANSK, Poland, March 15 (Test Wire) - The evacuation zone around the chemical plant was reduced to 1 km on Saturday, the State Fire Service said.',
      );
      try {
        const library = loadLibrary({ folders: [dir], bundled: false });
        assert.equal(
          verdict(library, 'Residents within 3 km of the chemical plant remain under evacuation orders.', '2026-03-16'),
          'outdated',
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
    it("a newer article's 48-kilometre route does not outdate the 22-kilometre detour", () => {
      assert.notEqual(
        verdict(
          bridge,
          'Since Saturday, cars and minibuses have been able to use a shorter 22-kilometre detour through Huaripampa.',
          '2025-09-24',
        ),
        'outdated',
      );
    });
  });

  describe('lengths in units a hundred times apart are different measures', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-units-apart-'));
    fs.writeFileSync(
      path.join(dir, 'storm-2026-03-09.md'),
      '---\nid: storm-2026-03-09\ntitle: Storm comes ashore\noutlet: Test Wire\npublished: 2026-03-09\n---\n' +
        'The storm came ashore about 20 km south of Beira, in Sofala province, with sustained winds of 185 km/h, the National Institute of Meteorology (INAM) said.\n',
    );
    const library = loadLibrary({ folders: [dir], bundled: false });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    it('"310 mm of rain" is not contradicted by "about 20 km" south of the city', () => {
      assert.notEqual(verdict(library, 'INAM said 310 mm of rain fell in Beira.'), 'conflicting');
    });
    it('another distance in kilometres still conflicts', () => {
      assert.equal(verdict(library, 'The storm came ashore about 60 km south of Beira, INAM said.'), 'conflicting');
    });
    it('the same number in a unit a thousand times apart is a unit swapped, and conflicts', () => {
      assert.equal(
        verdict(heatwave, 'Demand for electricity in Uttar Pradesh reached 29.2 megawatts on Sunday night.', '2025-06-09'),
        'conflicting',
      );
    });
  });

  describe('a part of the injured in hospital is the count in hospital', () => {
    it('"Eleven of the 31 people injured in the collapse were still in hospital": 11 in hospital', () => {
      const [q] = quantities('Eleven of the 31 people injured in the collapse were still in hospital on Monday.');
      assert.equal(q?.event, 'hospital');
      assert.notEqual(q?.kind, 'part');
    });
    it('"Nineteen of the injured remained in hospital" too, so the newer 11 outdates it', () => {
      const [q] = quantities('Nineteen of the injured remained in hospital in Huancayo.');
      assert.equal(q?.event, 'hospital');
      assert.equal(verdict(bridge, 'Nineteen of the injured remain in hospital.', '2025-09-25'), 'outdated');
    });
    it('a part of things with nothing the data names said of it stays a part', () => {
      assert.equal(quantities('Seven of the 13 regional council seats went to the MMP.')[0]?.event, 'part');
    });
  });

  describe('"the number of people missing stands at 41"', () => {
    it('counts the missing', () => {
      const [q] = quantities('The number of people missing stands at 41.');
      assert.equal(q?.counted, 'people');
      assert.equal(q?.event, 'missing');
    });
    it('"the number of people" alone names no state', () => {
      const [q] = quantities('The number of people in shelters stands at 41,000.');
      assert.notEqual(q?.event, 'missing');
    });
  });
});
