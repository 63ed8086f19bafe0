// What happened to the things a figure counts ("412 houses had been destroyed and about 1,150
// damaged": lexicon thing-events), an account a figure is set against, adjectives joined by "and"
// before a counted noun, a currency's letters, a weekday of what "would" happen, and a rate per
// person per day. Found on the blind stories of session 25 (the articles here are our own words).
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { judgeIn, using, writtenStory } from './story-library';

const story = () =>
  writtenStory([
    {
      id: 'valley-flood',
      date: '2026-04-10',
      outlet: 'Highland Wire',
      body: [
        'MORAVA, Apr 10 (HW) - The civil protection agency said 412 houses had been destroyed and about 1,150 damaged in nine villages, and that the storm had forced 3,500 people from their homes and destroyed 14 bridges.',
        '',
        'The seismic institute recorded more than 1,600 volcanic earthquakes in the 72 hours before the eruption. Water use fell to 172 litres per person per day, the utility said.',
      ].join('\n'),
    },
  ]);

describe('things that happened to what a figure counts, earlier accounts, offices and names', () => {
  it('reads what happened to things, never to people, and a second figure after "and"', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('The agency said 412 houses had been destroyed and about 1,150 damaged in nine villages.', lex);
    const byValue = new Map(c.quantities.map((q) => [q.value, q]));
    assert.equal(byValue.get(412)?.event, 'destroyed');
    assert.equal(byValue.get(1150)?.counted, 'other:house');
    assert.equal(byValue.get(1150)?.event, 'damaged');
    // Not the villages after the participle, nor the people before "destroyed 14 bridges".
    assert.equal(byValue.get(9)?.event, undefined);
    const [d] = extractClaims('The storm forced 3,500 people from their homes and destroyed 14 bridges.', lex);
    assert.notEqual(d.quantities.find((q) => q.value === 3500)?.event, 'destroyed');
    assert.equal(d.quantities.find((q) => q.value === 14)?.event, 'destroyed');
    // "was destroyed about 74 seconds after lift-off": the figure is not what was destroyed.
    const [e] = extractClaims('The rocket was destroyed about 74 seconds after lift-off.', lex);
    assert.equal(e.quantities[0]?.event, undefined);
  });

  it('holds damaged and destroyed apart, and backs a figure said with or without what happened', () => {
    using(story(), (library) => {
      // Swapped: the draft's destroyed are the source's damaged.
      assert.equal(judgeIn(library, 'The agency said 1,150 houses had been destroyed and 412 damaged.')?.verdict, 'conflicting');
      assert.equal(judgeIn(library, 'The agency said 412 houses had been destroyed and 1,150 damaged.')?.verdict, 'supported');
      // Said without what happened to them: the same houses.
      assert.equal(judgeIn(library, 'Some 1,150 houses were hit in nine villages, the agency said.')?.verdict, 'supported');
    });
  });

  it('reads the period of a rate after what each share is of ("per person per day")', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('Water use fell to 172 litres per person per day.', lex);
    assert.equal(c.quantities[0]?.kind, 'per day');
    const [d] = extractClaims('Each resident was given 20 litres per person.', lex);
    assert.equal(d.quantities[0]?.kind, undefined);
    using(story(), (library) => {
      assert.equal(judgeIn(library, 'Daily use dropped to 172 litres a person, the utility said.')?.verdict, 'supported');
      assert.equal(judgeIn(library, 'Daily use dropped to 127 litres a person, the utility said.')?.verdict, 'conflicting');
    });
  });

  it('reads an account a figure is set against, or one said with "had" before "now", as the earlier one', () => {
    const lex = loadLexicon();
    const [c] = extractClaims("The panel put the losses at 74.6 million cedis, above the exchange's estimate of 61 million cedis.", lex);
    assert.equal(c.quantities.find((q) => q.value === 61_000_000)?.former, true);
    assert.notEqual(c.quantities.find((q) => q.value === 74_600_000)?.former, true);
    const [d] = extractClaims('The order, which had covered 87 kilns in Bhaktapur, now applied to all 112 brick kilns in the valley.', lex);
    assert.equal(d.quantities.find((q) => q.value === 87)?.former, true);
    // No "now": two figures of one sentence, neither the earlier.
    const [e] = extractClaims('Inspectors had sealed 23 kilns in Bhaktapur and 12 kilns in Lalitpur.', lex);
    assert.ok(e.quantities.every((q) => !q.former));
  });

  it('counts the noun after adjectives joined by "and", and leaves a currency\'s letters out of the names', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('The mayor said all 312 public and private schools would stay closed.', lex);
    assert.equal(c.quantities[0]?.value, 312);
    assert.equal(c.quantities[0]?.counted, 'other:school');
    // "30 red and 12 blue cars": no adjective-only reading of a number's noun is made up.
    const [d] = extractClaims('The fine was cut to Rs 2,000 from Rs 5,000.', lex);
    assert.deepEqual(
      d.quantities.map((q) => q.value),
      [2000, 5000],
    );
    using(story(), (library) => {
      const f = judgeIn(library, 'Water use fell to 172 litres per person per day, the utility said, against Rs 500 a month.');
      assert.doesNotMatch(f?.message ?? '', /names “Rs”/);
    });
  });

  it('dates a weekday in a clause of what "would" happen after the text\'s date', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('The mayor announced that schools would stay closed from Wednesday until Friday.', lex, {
      refDate: '2025-01-07',
    });
    assert.deepEqual(
      c.times.map((t) => t.start),
      ['2025-01-08', '2025-01-10'],
    );
    const [d] = extractClaims('The mayor announced on Monday that schools had closed.', lex, { refDate: '2025-01-07' });
    assert.equal(d.times[0]?.start, '2025-01-06');
  });

  it('names a place with or without its accents, and reads "Maj." as a title', () => {
    const siege = () =>
      writtenStory([
        {
          id: 'siege-court',
          date: '2025-03-18',
          outlet: 'Andean Newswire',
          body: [
            'BUCARAMANGA, Mar 18 (ANW) - Police arrested the suspected getaway driver, Edgar Rueda, 38, on Sunday in Giron, a town south of the city, prosecutor Andres Barajas said.',
            '',
            'The talks were led by Major Claudia Rangel, the chief negotiator of the GAULA anti-kidnapping unit.',
            '',
            'Leidy Ortiz, 26, worked for a cleaning contractor at the branch until January and is accused of giving the gang the times of cash deliveries, prosecutors said. At a hearing on Saturday, a judge ordered her held under house arrest.',
          ].join('\n'),
        },
      ]);
    using(siege(), (library) => {
      assert.equal(
        judgeIn(library, 'Edgar Rueda, 38, was arrested on Sunday in Girón, prosecutor Andrés Barajas said.')?.verdict,
        'supported',
      );
      assert.equal(judgeIn(library, 'Edgar Rueda, 38, was arrested on Sunday in Floridablanca.')?.verdict, 'unsupported');
      const f = judgeIn(library, 'The talks were led by Maj. Claudia Rangel, the chief negotiator of the GAULA unit.');
      assert.doesNotMatch(f?.message ?? '', /“Maj”/);
      // A day outside the month the other happening names is not contradicted by that month.
      const g = judgeIn(
        library,
        'Leidy Ortiz, who worked at the branch until January, was placed under house arrest on Saturday.',
        '2025-03-18',
      );
      assert.notEqual(g?.verdict, 'conflicting');
    });
  });

  it("gives a titled person the place the body before the office is named for ('Kathmandu Metropolitan City (KMC) Mayor')", () => {
    const smog = () =>
      writtenStory([
        {
          id: 'smog-schools',
          date: '2025-01-07',
          outlet: 'Asia Pacific Newswire',
          body: 'KATHMANDU, Jan 7 (APN) - Kathmandu Metropolitan City (KMC) Mayor Bikram Tamrakar announced that all 312 public and private schools within the metropolis would stay closed from Wednesday until Friday.',
        },
      ]);
    using(smog(), (library) => {
      const f = judgeIn(library, 'Lalitpur Mayor Bikram Tamrakar said all 312 schools in his city would close.');
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f?.message ?? '', /Kathmandu/);
      assert.equal(judgeIn(library, 'Kathmandu Mayor Bikram Tamrakar said all 312 schools in the city would close.')?.verdict, 'supported');
    });
  });

  it('holds a short span of time against the one the record gives in another unit ("four minutes", "40 seconds")', () => {
    const ship = () =>
      writtenStory([
        {
          id: 'ship-review',
          date: '2025-03-22',
          outlet: 'Meridian Press Agency',
          body: 'ROSARIO, Mar 22 (MPA) - The Transport Safety Board (JST) said on Saturday that a hydraulic leak in the steering gear left the rudder stuck for about 40 seconds as the ship entered the bend.',
        },
      ]);
    using(ship(), (library) => {
      const f = judgeIn(library, 'The JST said the rudder had been stuck for about four minutes as the ship entered the bend.');
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f?.message ?? '', /40 seconds/);
      // The record's own span is no contradiction.
      assert.notEqual(
        judgeIn(library, 'The JST said the rudder had been stuck for about 40 seconds as the ship entered the bend.')?.verdict,
        'conflicting',
      );
    });
  });
});
