// Ranges, totals and joined clauses, read from a newsroom's own articles with no alias file: two
// ranges of one speaker that differ in a bound, "the number charged so far", "more than 120 taken
// to hospital" after a toll, a stated clause before "and could", "five occasions", a people's word
// in a description ("Filipino" for "from the Philippines"), a zone "widened from 5 to 10 km", and
// what `factcheck records` learns: no person "in San Pedro", a "Hamburg-based" company by its name. Found on the blind stories and
// real-news set of session 24 (the articles here are our own words).
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { judgeIn, using, writtenStory } from './story-library';

const story = () =>
  writtenStory([
    {
      id: 'plant-leak',
      date: '2025-02-12',
      outlet: 'Bengal News Wire',
      body: [
        'KALIGANGA, Bangladesh, Feb 12 (BNW) - At least four people were killed and more than 120 taken to hospital after ammonia gas leaked from a fertiliser factory late on Tuesday, officials said.',
        '',
        'Parents paid between 1,500 and 3,000 Kenyan shillings for a single paper, County Commissioner Hassan Dubow said.',
      ].join('\n'),
    },
    {
      id: 'plant-charges',
      date: '2025-02-19',
      outlet: 'South Asia Wire Service',
      body: [
        'DHAKA, Feb 19 (SAWS) - Eighteen more suspects were charged on Wednesday, bringing the number charged so far to 29, prosecutors said. Washington says the troops are training in the Far East, officials said.',
      ].join('\n'),
    },
  ]);

describe('ranges, totals and joined clauses', () => {
  it('takes two ranges that differ in a bound for two figures, and the same range for one', () =>
    using(story(), (library) => {
      assert.equal(
        judgeIn(library, 'Commissioner Hassan Dubow said parents had paid between 1,500 and 5,000 shillings for a single paper.')?.verdict,
        'conflicting',
      );
      assert.equal(
        judgeIn(library, 'Commissioner Hassan Dubow said parents had paid between 1,500 and 3,000 shillings for a single paper.')?.verdict,
        'supported',
      );
    }));

  it('counts "the number charged so far" and "more than 120 taken to hospital" by what happened to them', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('Eighteen more suspects were charged on Wednesday, bringing the number charged so far to 29.', lex);
    assert.deepEqual(
      c.quantities.map((q) => [q.value, q.counted, q.event]),
      [
        [18, 'other:suspect', 'additional'],
        [29, 'people', 'charged'],
      ],
    );
    const [d] = extractClaims('At least four people were killed and more than 120 taken to hospital.', lex);
    assert.equal(d.quantities[1]?.event, 'hospital');
    // (Taken to hospitals somewhere is a transfer, not the count of those in hospital.)
    const [e] = extractClaims('More than 120 patients had been taken to hospitals in Marburg.', lex);
    assert.notEqual(e.quantities[0]?.event, 'hospital');
    using(story(), (library) => {
      assert.equal(
        judgeIn(library, 'Fewer than 120 people were taken to hospital after the gas escaped, officials said.')?.verdict,
        'conflicting',
      );
      assert.equal(judgeIn(library, 'Twenty-nine suspects have been charged so far, prosecutors said.')?.verdict, 'supported');
    });
  });

  it('reads a stated clause before "and could" as reported, and a lone modal as speculation', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('Washington says the troops are training in the Far East and could end up in combat.', lex);
    assert.equal(c.hedged, undefined);
    const [d] = extractClaims('The troops could end up in combat.', lex);
    assert.ok(d === undefined || d.hedged !== undefined);
  });

  it('counts "five occasions", a plural WordNet also keeps as a word of its own', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('Drones had entered the airspace on five occasions.', lex);
    assert.equal(c.quantities[0]?.value, 5);
    // (... while a small number word before a singular noun still counts nothing.)
    assert.equal(extractClaims('One can only imagine the cost.', lex)[0]?.quantities.length ?? 0, 0);
  });

  it('takes "Filipino" for "from the Philippines" in a description, and another body for a conflict', () =>
    using(
      writtenStory([
        {
          id: 'crane-body',
          date: '2025-03-25',
          body: 'HANOI, Vietnam, Mar 25 (ACW) - The body of the missing worker was found by fishermen on Saturday. He was identified as Ramon Dizon, 41, a crane technician from the Philippines, employed by Vanderhout Marine.\n',
        },
      ]),
      (library) => {
        assert.notEqual(
          judgeIn(library, 'Fishermen found the body of Ramon Dizon, a Filipino crane technician, on Saturday.')?.verdict,
          'conflicting',
        );
        assert.equal(
          judgeIn(library, 'Fishermen found the body of Ramon Dizon, a crane technician from Indonesia, on Saturday.')?.verdict,
          'conflicting',
        );
      },
    ));

  it('reads "widened the zone from 5 kilometres to 10 kilometres" as a figure that moved', () =>
    using(
      writtenStory([
        {
          id: 'zone-five',
          date: '2025-11-16',
          body: 'DUBLIN, Nov 16 (APA) - The aviation authority said it was considering whether to widen the 5-km no-fly zone around the airport.\n',
        },
        {
          id: 'zone-ten',
          date: '2025-11-19',
          body: 'DUBLIN, Nov 19 (CNW) - The aviation authority on Monday widened the restricted zone around the airport from 5 kilometres to 10 kilometres.\n',
        },
      ]),
      (library) => {
        const r = library.records.find((x) => x.text.includes('from 5 kilometres'))!;
        assert.deepEqual(
          r.quantities.map((q) => [q.value, !!q.former]),
          [
            [5, true],
            [10, false],
          ],
        );
        assert.equal(judgeIn(library, 'The no-fly zone around the airport extends for 5 km.', '2025-11-20')?.verdict, 'outdated');
      },
    ));

  it('learns no person from a place after "in" or a body\'s name, and a company "based" somewhere by its own name', () =>
    using(
      writtenStory([
        {
          id: 'river-station',
          date: '2025-03-12',
          body: [
            'SAN PEDRO, Argentina, March 12 (SCW) - A container ship ran aground near the town of San Pedro on Tuesday.',
            '',
            'Prefecto Gustavo Ledesma, who heads the coast guard station in San Pedro, said divers had inspected the hull. The operator, Hamburg-based Nordavia Container Line, said in a statement that it was working with the authorities. Carolina Ferreyra, a spokeswoman for the waterway authority, said the channel was closed.',
            '',
            'Fundación Ríos Vivos said the river was at its lowest in decades. Kartal Electricity Distribution said power was restored. Dr Shafiqul Islam, the hospital director, said no one was hurt.',
          ].join('\n'),
        },
      ]),
      (library) => {
        const learned = library.learned!.flatMap((l) => [...l.people, ...l.orgs]);
        const names = learned.flatMap((x) => x.names);
        assert.ok(!library.learned!.some((l) => l.people.some((p) => p.names.includes('San Pedro'))));
        assert.ok(names.includes('Nordavia Container Line'));
        assert.ok(!names.some((n) => /based/.test(n)));
        assert.ok(library.learned!.some((l) => l.people.some((p) => p.names.includes('Carolina Ferreyra'))));
        // A body's word first or a company's last makes a body; an abbreviated title is no part of a name.
        const orgs = library.learned!.flatMap((l) => l.orgs.flatMap((o) => o.names));
        assert.ok(orgs.includes('Fundación Ríos Vivos') && orgs.includes('Kartal Electricity Distribution'));
        assert.ok(
          library.learned!.some((l) => l.people.some((p) => p.names.includes('Shafiqul Islam') && !p.names.includes('Dr Shafiqul Islam'))),
        );
      },
    ));
});
