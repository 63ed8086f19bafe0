// Peoples and days, read from a newsroom's own articles with no alias file: a country named where the
// source has its people's words, a country's body, people of two peoples or two kinds, a claim that
// tells two happenings on two days, a time that names or compares, a year to come, a bound on a day, a
// failure told, and an editorial note. Found on the blind stories of session 23 (the articles here are
// our own words).
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { adjectivesOf } from '../server/src/engine/data/wordnet';
import { extractClaims } from '../server/src/engine/extract/claims';
import { findTimes } from '../server/src/engine/extract/times';
import { tokenize } from '../server/src/engine/text/tokens';
import { loadLibrary } from '../server/src/engine/library';
import { river } from './river-story';
import { judgeIn, using, writtenStory } from './story-library';

describe('peoples and days a newsroom writes', () => {
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
