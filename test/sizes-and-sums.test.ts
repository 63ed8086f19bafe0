// Sizes, sums and counts, read from a newsroom's own articles with no alias file: a length after
// "m", a thing's size against a distance or an amount, a sum joined to its currency, a count of what a
// queue gathers or a total was brought to, a part of the dead, a figure a sum moved from, and counts
// revised. Found on the blind stories of session 23 (the articles here are our own words).
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { river } from './river-story';
import { judgeIn, using, writtenStory } from './story-library';

describe('sizes, sums and counts a newsroom writes', () => {
  it('reads "720 m" as metres, and "$5m" still as money', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('The tramway climbs 720 m from its valley station.', lex);
    assert.equal(c.quantities[0]?.counted, 'length');
    const [d] = extractClaims('The company was fined $5m.', lex);
    assert.equal(d.quantities[0]?.value, 5_000_000);
    using(river(), (library) => {
      assert.equal(judgeIn(library, 'The tramway runs for 2.3 km and climbs 720 m from its valley station.')?.verdict, 'supported');
      assert.equal(judgeIn(library, 'The tramway runs for 2.3 km and climbs 650 m from its valley station.')?.verdict, 'conflicting');
    });
  });

  it("takes a ship's size for no distance or depth of water, and for no place it sailed from", () =>
    using(river(), (library) => {
      // A depth of water is not the vessel's length, nor the distance to Buenos Aires.
      assert.notEqual(
        judgeIn(library, 'The Maren Solstice was drawing 9.8 metres of water when it struck the riverbed.')?.verdict,
        'conflicting',
      );
      assert.equal(judgeIn(library, 'The Maren Solstice is 261 metres long.')?.verdict, 'supported');
      assert.equal(judgeIn(library, 'The Maren Solstice is a 216-metre vessel.')?.verdict, 'conflicting');
      assert.notEqual(judgeIn(library, 'The 261-metre vessel left Rosario for Buenos Aires.')?.verdict, 'conflicting');
    }));

  it('reads a sum joined to its currency word ("a 70-million-dirham fund") as money', () =>
    using(river(), (library) => {
      const lex = loadLexicon();
      const [c] = extractClaims('The government has set up a 70-million-dirham fund.', lex);
      assert.equal(c.quantities[0]?.value, 70_000_000);
      assert.equal(c.quantities[0]?.counted, 'other:dirham');
      assert.equal(judgeIn(library, 'The government has set up a 70-million-dirham fund to cover compensation.')?.verdict, 'conflicting');
      assert.equal(judgeIn(library, 'The government has set up a 7-million-dirham fund to cover compensation.')?.verdict, 'supported');
    }));

  it('revises a count in hospital by a later report that gives the same number of the injured', () =>
    using(
      writtenStory([
        {
          id: 'cabin-toll-nine',
          date: '2025-02-17',
          body: 'TBILISI, Feb 17 (BSPA) - The death toll from the cable car accident has risen to nine, the Ministry of Health said. Fourteen people remain in hospital, five of them in critical condition.\n',
        },
        {
          id: 'cabin-rope-test',
          date: '2025-02-21',
          body: 'TBILISI, Feb 21 (CW) - Investigators said the haul rope had not been fully tested since 2023. Of the 14 people injured, eight remain in hospital, three of them in critical condition.\n',
        },
      ]),
      (library) => {
        const dated = (text: string) => `---\ndate: 2025-02-23\n---\n\n${text}\n`;
        assert.equal(judgeIn(library, dated('Fourteen people remain in hospital after the accident.'))?.verdict, 'outdated');
        assert.equal(judgeIn(library, dated('Eight people remain in hospital after the accident.'))?.verdict, 'supported');
      },
    ));

  it('reads "spread over eight floors" as where the rooms are, not "more than eight"', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('The hotel had 112 rooms spread over eight floors.', lex);
    assert.deepEqual(
      c.quantities.map((q) => [q.value, q.direction, q.countedText]),
      [
        [112, 'exact', 'rooms'],
        [8, 'exact', 'floors'],
      ],
    );
    const [d] = extractClaims('The fire killed over eight people.', lex);
    assert.equal(d.quantities[0]?.direction, 'min');
  });

  it('reads a distance along a river one way or the other ("12 kilometres downstream")', () =>
    using(
      writtenStory([
        {
          id: 'river-refloated',
          date: '2025-03-19',
          body: 'ROSARIO, March 19 (SCW) - Nine tugs pulled the ship free on Tuesday. The ship was then towed to an anchorage about 12 kilometres downstream, near the town of Baradero.\n',
        },
      ]),
      (library) => {
        assert.equal(
          judgeIn(library, 'Once afloat, the ship was towed about 12 kilometres upstream to an anchorage.')?.verdict,
          'conflicting',
        );
        assert.equal(
          judgeIn(library, 'Once afloat, the ship was towed about 12 kilometres downstream to an anchorage.')?.verdict,
          'supported',
        );
      },
    ));

  it('counts what a queue gathers, and a level told again of the figure before', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('The queue of ships waiting to use the channel stands at 88.', lex);
    assert.deepEqual([c.quantities[0]?.value, c.quantities[0]?.counted], [88, 'other:ship']);
    const [d] = extractClaims('The queue, which peaked at 97 vessels last Monday, had fallen to 41 by Monday morning.', lex);
    assert.deepEqual(
      d.quantities.map((q) => [q.value, q.counted]),
      [
        [97, 'other:vessel'],
        [41, 'other:vessel'],
      ],
    );
    // ... and not of a figure with a unit ("rose 3 metres and stood at 88").
    const [e] = extractClaims('The river rose 3 metres and stood at 88 on Friday.', lex);
    assert.deepEqual(
      e.quantities.map((q) => q.value),
      [3],
    );
  });

  it('names as newer the figure of the day a report gives, not the peak it recalls', () =>
    using(
      writtenStory([
        {
          id: 'queue-refloated',
          date: '2025-03-19',
          body: 'ROSARIO, March 19 (SCW) - The waterway authority said the queue of ships waiting to use the channel had peaked at 97 vessels on Monday and stood at 88 on Wednesday.\n',
        },
        {
          id: 'queue-reopened',
          date: '2025-03-24',
          body: 'ROSARIO, March 24 (MPA) - The queue, which peaked at 97 vessels last Monday, had fallen to 41 by Monday morning, the authority said.\n',
        },
      ]),
      (library) => {
        const f = judgeIn(library, '---\ndate: 2025-03-25\n---\n\nThe queue of ships waiting to use the channel stands at 88.\n');
        assert.equal(f?.verdict, 'outdated');
        assert.match(f.message, /“41”/);
      },
    ));

  it('reads a part of a total of the dead ("16 of the 21 dead") and gives it to its speaker', () => {
    const lex = loadLexicon();
    const [c] = extractClaims(
      'Colonel Driss El Amrani said 16 of the 21 dead had been found on the sixth, seventh and eighth floors.',
      lex,
    );
    assert.deepEqual(
      c.quantities.map((q) => [q.value, q.counted, q.kind]),
      [
        [16, 'people', 'part'],
        [21, 'people', undefined],
      ],
    );
    using(
      writtenStory([
        {
          id: 'hotel-floors',
          date: '2025-10-18',
          body: 'MARRAKECH, Oct 18 (APW) - Colonel Driss El Amrani, the Civil Protection commander in Marrakech, said 16 of the 21 dead had been found on the sixth, seventh and eighth floors.\n',
        },
      ]),
      (library) => {
        assert.equal(
          judgeIn(library, 'Colonel El Amrani said 16 of the 21 dead had been found on the sixth, seventh and eighth floors.')?.verdict,
          'supported',
        );
      },
    );
  });

  it('reads the figure a sum moved from as an earlier one, in its unit, never against a later sum', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('On Wednesday the ministry lifted the payment for each culled laying hen to 28 zlotys, up from 26.', lex);
    assert.deepEqual(
      c.quantities.map((q) => [q.value, q.unit, !!q.former]),
      [
        [28, 'pln', false],
        [26, 'pln', true],
      ],
    );
    using(
      writtenStory([
        {
          id: 'metro-cost-up',
          date: '2025-03-03',
          body: 'BOGOTA, March 3 (CNS) - The estimated cost of the project has climbed to 19.4 trillion pesos from the 15.2 trillion pesos set when the contract was signed in 2019, the transport authority said.\n',
        },
        {
          id: 'metro-cost-up-again',
          date: '2025-03-17',
          body: 'BOGOTA, March 17 (SCW) - The transport authority said the cost of the line had risen to 20.1 trillion pesos.\n',
        },
      ]),
      (library) => {
        assert.equal(
          judgeIn(library, 'According to the transport authority, the price tag has risen to 19.4 trillion pesos from 15.2 trillion pesos.')
            ?.verdict,
          'supported',
        );
      },
    );
  });

  it('counts what a total brought "to" a figure counts, and dates no figure by the time it is compared with', () => {
    const lex = loadLexicon();
    const [c] = extractClaims(
      'Culling ended on Sunday, the inspectorate said, bringing the total number of birds killed to about 2.4 million.',
      lex,
    );
    assert.equal(c.quantities[0]?.counted, 'other:bird');
    // ... while "killed at least 40" still counts the dead.
    const [d] = extractClaims('The storm killed at least 40 in the province.', lex);
    assert.deepEqual([d.quantities[0]?.counted, d.quantities[0]?.event], ['people', 'death']);
    const [e] = extractClaims('Retail egg prices were about 6% higher than in late October.', lex, { refDate: '2025-11-18' });
    assert.equal(e.times[0]?.attributive, true);
    using(
      writtenStory([
        {
          id: 'egg-prices',
          date: '2025-11-18',
          body: 'WARSAW, Nov 18 (CEN) - Retail egg prices in large supermarket chains were about 6% higher than in late October, the ministry said.\n',
        },
      ]),
      (library) => {
        assert.equal(
          judgeIn(
            library,
            'By mid-November, retail egg prices in big supermarket chains were around 6 percent higher than in late October.',
          )?.verdict,
          'supported',
        );
      },
    );
  });
});
