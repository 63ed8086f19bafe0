// A term a record gives each of several people ("banned Juan Pérez for four years and Luis Gómez for
// two years and eight months"): the draft's term for one of them is checked against that person's
// own (match/person-terms.ts), not against any period the sentence gives. A finding and a no-finding
// case.
import assert from 'node:assert/strict';
import { judgeIn, using, writtenStory } from './story-library';

const story = () =>
  writtenStory([
    {
      id: 'bans',
      date: '2025-03-14',
      body:
        'BOGOTA, March 14 (TW) - The national anti-doping agency on Friday banned rider Juan Pérez for four years and rider Luis Gómez for two years and eight months after both tested positive for EPO, the agency said.\n\n' +
        "The team's coach, Carlos Ruiz, was banned for eight years, the agency said.\n",
    },
  ]);

describe("one person's term among several", () => {
  it("contradicts another person's term given to this one", () => {
    using(story(), (library) => {
      const f = judgeIn(library, 'Pérez was banned for two years.', '2025-03-20');
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f?.message ?? '', /four years/);
      assert.equal(judgeIn(library, 'Gómez was banned for four years.', '2025-03-20')?.verdict, 'conflicting');
    });
  });
  it("backs each person's own term", () => {
    using(story(), (library) => {
      assert.equal(judgeIn(library, 'Pérez was banned for four years.', '2025-03-20')?.verdict, 'supported');
      assert.equal(judgeIn(library, 'The coach, Carlos Ruiz, was banned for eight years.', '2025-03-20')?.verdict, 'supported');
    });
  });
});

describe("a record's figure for another person", () => {
  const court = () =>
    writtenStory([
      {
        id: 'verdict',
        date: '2025-11-25',
        body:
          'NAIROBI, Kenya, Nov 25 (TW) - A Nairobi court on Tuesday fined former minister Peter Ndegwa 960 million shillings and sentenced him to 12 years in prison.\n\n' +
          'Ndegwa, 61, said he would appeal.\n',
      },
    ]);
  it("contradicts nothing the draft says of someone else's fine", () => {
    using(court(), (library) => {
      assert.notEqual(
        judgeIn(library, 'A Nairobi court on Tuesday also fined former minister Rotich 300 million shillings.', '2025-11-26')?.verdict,
        'conflicting',
      );
    });
  });
  it("contradicts another figure for the record's own person", () => {
    using(court(), (library) => {
      assert.equal(
        judgeIn(library, 'A Nairobi court on Tuesday fined Ndegwa 300 million shillings.', '2025-11-26')?.verdict,
        'conflicting',
      );
    });
  });
});
