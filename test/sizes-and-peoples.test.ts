// Things measured, peoples named and days told, read from a newsroom's own articles with no alias
// file: a length after "m", a thing's size against a distance or an amount, a sum joined to its
// currency, a country named where the source has its people's adjective, and a claim that tells two
// happenings on two days. Found on the blind stories of session 23 (the articles here are our own
// words).
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { adjectivesOf } from '../server/src/engine/data/wordnet';
import { extractClaims } from '../server/src/engine/extract/claims';
import { findTimes } from '../server/src/engine/extract/times';
import { tokenize } from '../server/src/engine/text/tokens';
import { loadLibrary } from '../server/src/engine/library';
import { judgeIn, using, writtenStory } from './story-library';

const river = () =>
  writtenStory([
    {
      id: 'river-grounding',
      date: '2025-03-12',
      outlet: 'Southern Cone Wire',
      body: [
        'SAN PEDRO, Argentina, March 12 (SCW) - The Liberian-flagged Maren Solstice, a 261-metre vessel of 54,300 gross tonnes, struck the riverbed on Tuesday in the Vuelta de Obligado bend, some 165 kilometres north-west of Buenos Aires.',
        '',
        'The tramway that serves the resort runs 2.3 kilometres and climbs 720 metres from its valley station. Its haul rope was the original one, fitted when Italian manufacturer Cordaria Alpina built the line in 2017, the bureau said.',
      ].join('\n'),
    },
    {
      id: 'river-reopened',
      date: '2025-03-24',
      outlet: 'Meridian Press Agency',
      body: [
        'SAN PEDRO, Argentina, March 24 (MPA) - The waterway authority let the first ships through the Vuelta de Obligado bend at 2 p.m. on Thursday, allowing one-way traffic only. Two-way traffic resumed on Saturday morning after a second survey of the riverbed, the agency said.',
        '',
        'A fund of 7 million dirhams has been set up to cover compensation and the repatriation of bodies, a government spokesman said.',
      ].join('\n'),
    },
  ]);

describe('sizes, sums, peoples and days a newsroom writes', () => {
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

  it("knows a country by its people's adjective (WordNet), and no other country by it", () => {
    assert.ok(adjectivesOf('italy').includes('italian'));
    assert.ok(adjectivesOf('france').includes('french'));
    assert.ok(adjectivesOf('philippines').includes('filipino'));
    assert.deepEqual(adjectivesOf('atlantis'), []);
    using(river(), (library) => {
      assert.equal(
        judgeIn(library, "The haul rope was the original one, fitted when Italy's Cordaria Alpina built the line in 2017, the bureau said.")
          ?.verdict,
        'supported',
      );
      assert.notEqual(
        judgeIn(
          library,
          "The haul rope was the original one, fitted when Austria's Cordaria Alpina built the line in 2017, the bureau said.",
        )?.verdict,
        'supported',
      );
    });
  });

  it('takes a claim that tells two happenings on two days for neither day wrong', () =>
    using(river(), (library) => {
      const draft = (text: string) => `---\ndate: 2025-03-24\n---\n\n${text}\n`;
      assert.equal(
        judgeIn(
          library,
          draft(
            'Ships began moving through the Vuelta de Obligado bend again at 2 p.m. on Thursday, one way only, and two-way traffic resumed on Saturday.',
          ),
        )?.verdict,
        'supported',
      );
      // ... but a day no record gives the first happening still is.
      assert.equal(
        judgeIn(library, draft('Ships began moving through the Vuelta de Obligado bend again at 2 p.m. on Wednesday, one way only.'))
          ?.verdict,
        'conflicting',
      );
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

  it('dates a thing named by its date ("the December 2024 check") apart from the saying', () => {
    const lex = loadLexicon();
    const text = 'Tamar Beridze said the December 2024 check had been a visual inspection only.';
    const [t] = findTimes(text, { start: 0, end: text.length }, tokenize(text), [], '2025-02-21');
    assert.equal(t?.role, 'event');
    assert.equal(t?.attributive, true);
    // ... but the day of an address is the saying's.
    const said = 'In his Wednesday evening address, Zelensky said Russia was preparing two units.';
    const [w] = extractClaims(said, lex, { refDate: '2024-10-24' })[0].times;
    assert.ok(w);
    assert.equal(w.attributive, undefined);
  });

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

  it('takes "tried ... but could not shift it" for what happened, not a guess', () =>
    using(
      writtenStory([
        {
          id: 'river-grounding-tugs',
          date: '2025-03-12',
          body: 'ROSARIO, March 12 (SCW) - Three tugs tried to pull the ship free on Tuesday afternoon but made no progress, the PNA said.\n',
        },
      ]),
      (library) => {
        assert.equal(judgeIn(library, 'Three tugs tried to drag the ship clear but could not shift it.')?.verdict, 'supported');
        // ... while a guess stays none.
        assert.equal(judgeIn(library, 'Three more tugs could shift the ship next week.'), undefined);
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

  it('never backs a figure of one people with the same number of another', () =>
    using(
      writtenStory([
        {
          id: 'hotel-identified',
          date: '2025-10-25',
          body: 'MARRAKECH, Oct 25 (MNA) - All 22 victims have now been identified, the police said: eight French citizens, five Moroccans, four Spaniards and two Belgians.\n',
        },
      ]),
      (library) => {
        assert.notEqual(
          judgeIn(library, 'All 22 victims have been identified, including five French nationals, police said.')?.verdict,
          'supported',
        );
        assert.equal(
          judgeIn(library, 'All 22 victims have been identified, including four Spanish nationals, police said.')?.verdict,
          'supported',
        );
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

  it('takes a pointer to more coverage for no claim', () =>
    using(river(), (library) => {
      assert.equal(judgeIn(library, '*Read our full coverage of the Maren Solstice grounding here.*'), undefined);
      assert.notEqual(judgeIn(library, 'The Maren Solstice struck the riverbed in the Vuelta de Obligado bend.'), undefined);
    }));

  it("dates a draft's figure by its own clause, also one joined by 'and' before another figure", () =>
    using(
      writtenStory([
        {
          id: 'resort-tourists',
          date: '2025-02-17',
          body: 'MESTIA, Feb 17 (BSPA) - About 340 tourists had left the resort by Saturday, Governor Levan Kharebava said.\n',
        },
      ]),
      (library) => {
        // "by Wednesday" is the further 500's, not the 340's.
        assert.notEqual(
          judgeIn(library, 'Kharebava said about 340 tourists had left the resort and a further 500 were expected to leave by Wednesday.')
            ?.verdict,
          'conflicting',
        );
        assert.equal(judgeIn(library, 'Kharebava said about 340 tourists had left the resort by Wednesday.')?.verdict, 'conflicting');
      },
    ));

  it("takes a country's possessive before a body for whose body it is ('Belgium's foreign ministry'), not where", () => {
    const lex = loadLexicon();
    const [c] = extractClaims("Belgium's foreign ministry said three Belgian nationals were among the dead.", lex);
    assert.deepEqual(
      c.actors.map((a) => [a.orgs, a.countries]),
      [[['foreign-ministry'], ['gz:BE']]],
    );
    // ... and a country's possessive before anything else names no one ("Peru's infrastructure").
    const [d] = extractClaims("The collapse is a stark reminder of how fragile Peru's infrastructure has become.", lex);
    assert.deepEqual(d.actors, []);
    assert.deepEqual(d.places, []);
    using(
      writtenStory([
        {
          id: 'hotel-nationals',
          date: '2025-10-14',
          body: "MARRAKECH, Oct 14 (MNA) - Spain's foreign ministry confirmed that three Spanish nationals had died and that two others were injured.\n",
        },
      ]),
      (library) => {
        assert.equal(judgeIn(library, "Spain's foreign ministry said three Spanish nationals had died.")?.verdict, 'supported');
        assert.notEqual(judgeIn(library, "Belgium's foreign ministry said three Spanish nationals had died.")?.verdict, 'supported');
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

  it('takes a year still to come for no other time of what a record says happened, and a bound on a day for no denial', () =>
    using(
      writtenStory([
        {
          id: 'metro-test-run',
          date: '2025-03-11',
          body: 'BOGOTA, March 11 (CNS) - The first train of Line 2 ran a 4.8 km test on Monday, the transport authority said.\n',
        },
        {
          id: 'zones-lifted',
          date: '2025-11-18',
          body: 'POZNAN, Nov 18 (CEN) - Marek Dudziak said that if all tests stayed negative, the 3 km protection zones could be lifted on Dec. 8 at the earliest, and the surveillance zones no earlier than Dec. 17.\n',
        },
      ]),
      (library) => {
        assert.notEqual(judgeIn(library, 'Line 2 ran its first test, and it is due to open in 2028.')?.verdict, 'conflicting');
        assert.equal(
          judgeIn(
            library,
            'If tests stay negative, the protection zones could be lifted on Dec. 8 at the earliest and the surveillance zones no earlier than Dec. 17, Dudziak said.',
          )?.verdict,
          'supported',
        );
      },
    ));

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

  it('never backs a count of people of one kind with the same number of another kind from an unrelated record', () => {
    const library = loadLibrary({ folders: [], bundled: true });
    // The bundled library has "approximately 2,000 North Korean soldiers": not the tramway's passengers.
    assert.notEqual(
      judgeIn(library, 'Some 2,000 passengers had ridden the tramway on the morning of the accident, the operator said.')?.verdict,
      'supported',
    );
    // ... while a record that tells the claim still backs its people however named.
    assert.equal(
      judgeIn(library, 'Kyodo News reported that around 2,000 North Korean soldiers had completed their training.')?.verdict,
      'supported',
    );
  });
});
