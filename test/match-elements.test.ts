import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { actorLabel } from '../server/src/engine/match/actors';
import {
  comparePlaces,
  compareTime,
  directionsFlip,
  holdsValue,
  mostSpecific,
  relatePlace,
  sameValue,
  unitSwapped,
} from '../server/src/engine/match/elements';
import { quoteWords } from '../server/src/engine/match/index';
import { align } from '../server/src/engine/match/quote';
import type { Quantity, SourceRecord, TimeRef } from '../server/src/engine/types';

const lex = loadLexicon();

/** The first figure of a one-sentence text. */
function qty(s: string): Quantity {
  const q = extractClaims(s, lex)[0]?.quantities[0];
  assert.ok(q, `no figure in ${JSON.stringify(s)}`);
  return q;
}

/** The first time of a one-sentence text. */
function time(s: string, refDate?: string): TimeRef {
  const t = extractClaims(s, lex, { refDate })[0]?.times[0];
  assert.ok(t, `no time in ${JSON.stringify(s)}`);
  return t;
}

/** A record read from a sentence of a source published on `published`. */
function record(s: string, published: string): SourceRecord {
  const c = extractClaims(s, lex, { refDate: published })[0];
  const statedAt = c.times.find((t) => t.role === 'statement' && t.start)?.start ?? published;
  return { ...c, source: 0, id: 'test#1', statedAt, context: [] };
}

describe('match elements', () => {
  describe('places', () => {
    it('Kursk lies inside western Russia, the border zone and Russia', () => {
      assert.equal(relatePlace('kursk', 'kursk', lex), 'equal');
      assert.equal(
        relatePlace('western-russia', 'kursk', lex),
        'narrower',
        'a record about Kursk is narrower than a claim about western Russia',
      );
      assert.equal(relatePlace('russia-ukraine-border', 'kursk', lex), 'narrower');
      assert.equal(relatePlace('russia', 'kursk', lex), 'narrower');
      assert.equal(relatePlace('kursk', 'western-russia', lex), 'broader');
      assert.equal(relatePlace('russia', 'vladivostok', lex), 'narrower');
    });

    it('eastern and western Russia are disjoint; so are Kursk and Belgorod, Kursk and the Far East', () => {
      assert.equal(relatePlace('eastern-russia', 'western-russia', lex), 'disjoint');
      assert.equal(relatePlace('western-russia', 'eastern-russia', lex), 'disjoint');
      assert.equal(relatePlace('kursk', 'belgorod', lex), 'disjoint');
      assert.equal(relatePlace('kursk', 'eastern-russia', lex), 'disjoint');
      assert.equal(relatePlace('kharkiv', 'belgorod', lex), 'disjoint', 'Kharkiv is in Ukraine, Belgorod in Russia');
    });

    it('comparePlaces takes the best record place for each claim place, the worst over claim places', () => {
      assert.equal(comparePlaces(['western-russia'], ['kursk'], lex), 'narrower');
      assert.equal(comparePlaces(['kursk'], ['eastern-russia', 'kursk'], lex), 'equal');
      assert.equal(comparePlaces(['kursk'], ['western-russia', 'eastern-russia'], lex), 'broader');
      assert.equal(comparePlaces(['eastern-russia'], ['western-russia'], lex), 'disjoint');
      assert.equal(comparePlaces(['kursk', 'eastern-russia'], ['kursk'], lex), 'disjoint');
      assert.equal(comparePlaces([], ['kursk'], lex), 'equal', 'a claim with no place asks nothing');
      assert.equal(comparePlaces(['kursk'], [], lex), 'none');
    });

    it('mostSpecific keeps Kursk over western Russia, and drops origins ("from eastern Russia")', () => {
      const c = extractClaims(
        'Over 10,000 North Korean soldiers have moved from eastern Russia to combat positions in Kursk Oblast in western Russia.',
        lex,
      )[0];
      assert.deepEqual(mostSpecific(c.places, lex), ['kursk']);
    });
  });

  describe('times', () => {
    // "On Wednesday, John Kirby ... informed reporters": stated 2024-10-23, a Wednesday.
    const kirby = record(
      'On Wednesday, John Kirby, the spokesperson for the U.S. National Security Council, informed reporters that at least 3,000 North Korean soldiers had arrived in eastern Russia in October.',
      '2024-10-24',
    );

    it('reads the source record as stated on Wednesday 2024-10-23', () => {
      assert.equal(kirby.statedAt, '2024-10-23');
    });

    it('a weekday in an undated draft is compared as a weekday', () => {
      const wed = time('On Wednesday, Kirby told reporters that 3,000 soldiers had arrived.');
      assert.equal(wed.start, undefined);
      assert.equal(compareTime(wed, [kirby]), 'match');
      const tue = time('On Tuesday, Kirby told reporters that 3,000 soldiers had arrived.');
      assert.equal(compareTime(tue, [kirby]), 'conflict');
    });

    it('a weekday in a dated draft is compared as a date', () => {
      assert.equal(
        compareTime(time('On Wednesday, Kirby told reporters that 3,000 soldiers had arrived.', '2024-10-25'), [kirby]),
        'match',
      );
      // A Wednesday one week later is another day.
      assert.equal(
        compareTime(time('On Wednesday, Kirby told reporters that 3,000 soldiers had arrived.', '2024-10-30'), [kirby]),
        'conflict',
      );
    });

    it('a date without a year is compared by month and day', () => {
      assert.equal(compareTime(time('Kirby told reporters on 23 October that 3,000 soldiers had arrived.'), [kirby]), 'match');
      assert.equal(compareTime(time('Kirby told reporters on 22 October that 3,000 soldiers had arrived.'), [kirby]), 'conflict');
    });

    it('an event month overlaps the record’s event month', () => {
      const oct = time('At least 3,000 North Korean soldiers arrived in eastern Russia in October.', '2024-10-24');
      assert.equal(oct.role, 'event');
      assert.equal(compareTime(oct, [kirby]), 'match');
      const sep = time('At least 3,000 North Korean soldiers arrived in eastern Russia in September.', '2024-10-24');
      assert.equal(compareTime(sep, [kirby]), 'conflict');
    });

    it('"since 2023" matches only another "since 2023"', () => {
      const src = record(
        'Except for soldiers, North Korea has supplied Moscow with at least 11,000 containers of ammunition, including approximately two million artillery rounds since 2023.',
        '2024-11-13',
      );
      assert.equal(
        compareTime(time('North Korea has sent at least 11,000 containers of ammunition since 2023.', '2024-11-20'), [src]),
        'match',
      );
      assert.equal(
        compareTime(time('North Korea has sent at least 11,000 containers of ammunition since 2022.', '2024-11-20'), [src]),
        'conflict',
      );
      assert.equal(compareTime(time('North Korea sent at least 11,000 containers of ammunition in 2023.', '2024-11-20'), [src]), 'none');
    });

    it('a record with no time of the role says nothing', () => {
      const plain = record('North Korean soldiers fight alongside Russians in Kursk Oblast.', '2024-11-13');
      assert.equal(compareTime(time('North Korean soldiers were seen in Kursk on Wednesday.', '2024-11-20'), [plain]), 'none');
    });
  });

  describe('figures', () => {
    const km800 = qty('Now we control approximately 800 square kilometres.');
    const mi309 = qty('Now we control roughly 309 square miles.');
    const mi800 = qty('Now we control approximately 800 square miles.');

    it('309 square miles is the same value as 800 square kilometres', () => {
      assert.equal(km800.unit, 'km2');
      assert.equal(mi309.unit, 'mi2');
      assert.ok(sameValue(mi309, km800, lex));
      assert.ok(sameValue(km800, mi309, lex));
      assert.ok(sameValue(qty('We controlled about 1,376 square kilometres.'), qty('We controlled roughly 531 square miles.'), lex));
      // Hectares and acres are areas too (wildfire story: 44,500 ha is about 110,000 acres).
      assert.ok(sameValue(qty('The fire has burned about 110,000 acres.'), qty('The fire had burned 44,500 hectares.'), lex));
      assert.ok(!sameValue(qty('The fire has burned about 110,000 hectares.'), qty('The fire had burned 44,500 hectares.'), lex));
      // Lengths: "187 millimetres of rain" is the source's "187 mm"; kilometres are not metres.
      assert.ok(sameValue(qty('The station measured 187 millimetres of rain.'), qty('The station recorded 187 mm of rain.'), lex));
      assert.ok(!sameValue(qty('The mine is 450 metres deep.'), qty('The mine is 450 kilometres from the capital.'), lex));
    });

    it('800 square miles is not 800 square kilometres: the unit is swapped', () => {
      assert.ok(!sameValue(mi800, km800, lex));
      assert.ok(unitSwapped(mi800, km800));
      assert.ok(!unitSwapped(mi309, km800));
    });

    it('counts compare by value; qualifiers do not change the value', () => {
      const a = qty('There are approximately 12,000 North Korean soldiers in Russia.');
      assert.ok(sameValue(a, qty('Roughly twelve thousand North Korean soldiers are in Russia.'), lex));
      assert.ok(sameValue(a, qty('12,000 North Korean soldiers are in Russia.'), lex));
      assert.ok(!sameValue(a, qty('Approximately 11,000 North Korean soldiers are in Russia.'), lex));
      assert.ok(
        !sameValue(
          qty('Ukraine lost more than 40 percent of the territory.'),
          qty('Ukraine lost 40 square kilometres of the territory.'),
          lex,
        ),
      );
    });

    it('directionsFlip: "at least" against "up to" flips; "about" flips nothing', () => {
      const min = qty('At least 3,000 North Korean soldiers had arrived.');
      const max = qty('Up to 3,000 North Korean soldiers had arrived.');
      const over = qty('More than 3,000 North Korean soldiers had arrived.');
      const approx = qty('About 3,000 North Korean soldiers had arrived.');
      const bare = qty('3,000 North Korean soldiers had arrived.');
      assert.ok(directionsFlip(min, max));
      assert.ok(directionsFlip(max, over));
      assert.ok(!directionsFlip(min, over));
      assert.ok(!directionsFlip(approx, min));
      assert.ok(!directionsFlip(bare, max));
    });
    it("a floor or a range near the record's figure holds it; a far bound, a ceiling or a flipped qualifier does not", () => {
      const rec = qty('North Korea has supplied at least 11,000 containers of ammunition.');
      assert.ok(holdsValue(qty('Pyongyang shipped more than 10,000 containers.'), rec, lex));
      assert.ok(holdsValue(qty('An estimated 10,000 to 12,000 soldiers were sent.'), qty('Roughly 11,000 soldiers were sent.'), lex));
      assert.ok(holdsValue(qty('Ukraine seized more than 1,300 square kilometres.'), qty('We controlled roughly 531 square miles.'), lex));
      assert.ok(!holdsValue(qty('Pyongyang shipped more than 1,000 containers.'), rec, lex));
      assert.ok(!holdsValue(qty('Members would reject any deal worth less than 18%.'), qty('The offer was 14%.'), lex));
      assert.ok(
        !holdsValue(qty('Pyongyang shipped more than 10,000 containers.'), qty('North Korea has supplied up to 11,000 containers.'), lex),
      );
    });
  });

  describe('quote alignment', () => {
    const source = quoteWords(
      'Singh added that the North Korean troops are "moving into Kursk for a reason. We have every expectation that they would be engaged in combat operations."',
    );

    it('shows the one word that differs: "no" for "every"', () => {
      const q = quoteWords('We have no expectation that they would be engaged in combat operations.');
      const a = align(q, source);
      assert.deepEqual(a.draftDiff, ['no']);
      assert.deepEqual(a.sourceDiff, ['every']);
      assert.equal(a.matched, q.length - 1);
      assert.deepEqual(source.slice(a.from, a.to), quoteWords('We have every expectation that they would be engaged in combat operations'));
    });

    it('shows a changed last word as a substitution, not as an added word', () => {
      const a = align(quoteWords('moving into Kursk for a purpose'), source);
      assert.deepEqual(a.draftDiff, ['purpose']);
      assert.deepEqual(a.sourceDiff, ['reason']);
    });

    it('finds an exact quotation with no differences', () => {
      const q = quoteWords('moving into Kursk for a reason');
      const a = align(q, source);
      assert.equal(a.matched, q.length);
      assert.equal(a.to - a.from, q.length);
      assert.deepEqual(a.draftDiff, []);
      assert.deepEqual(a.sourceDiff, []);
    });

    it('shows a dropped word on the source side and an added word on the draft side', () => {
      const dropped = align(quoteWords('We have expectation that they would be engaged'), source);
      assert.deepEqual(dropped.draftDiff, []);
      assert.deepEqual(dropped.sourceDiff, ['every']);
      const added = align(quoteWords('We have every expectation that they would soon be engaged'), source);
      assert.deepEqual(added.draftDiff, ['soon']);
      assert.deepEqual(added.sourceDiff, []);
    });

    it('compares words case-insensitively with straight and curly apostrophes alike', () => {
      assert.deepEqual(quoteWords('It’s no longer regional'), quoteWords("it's NO longer regional"));
    });
  });
});

describe('actor labels', () => {
  it('a name with accents is shown as written ("Jana Koudelková", id "koudelkova")', () => {
    const lex = loadLexicon();
    const label = actorLabel(
      [
        {
          span: { start: 0, end: 0 },
          text: 'MAIU chair Jana Koudelková',
          person: 'koudelkova',
          orgs: [],
          titles: ['chair'],
          countries: [],
          role: 'primary',
        },
      ],
      lex,
    );
    assert.equal(label, 'Jana Koudelková');
  });
});
