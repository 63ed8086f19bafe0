// A person with two family names ("Mariela Cárdenas Ruiz") is the first of them to a later sentence
// ("Cárdenas said"): the draft that gives the full name speaks of the same person (match/actors.ts
// personKeys). A finding and a no-finding case.
import assert from 'node:assert/strict';
import { personKeys } from '../server/src/engine/match/actors';
import { judgeIn, using, writtenStory } from './story-library';

describe('two family names', () => {
  it('gives the first family name as a key of a three-word name', () => {
    assert.deepEqual(personKeys({ person: 'ruiz', text: 'Mariela Cárdenas Ruiz' }), ['ruiz', 'cárdenas']);
    assert.deepEqual(personKeys({ person: 'singh', text: 'Sabrina Singh' }), ['singh']);
  });
  const story = () =>
    writtenStory([
      {
        id: 'tests',
        date: '2025-03-04',
        body:
          "BOGOTA, Colombia, Mar 4 (TW) - Five riders have been provisionally suspended, the agency's director general, Mariela Cárdenas Ruiz, told a news conference on Monday.\n\n" +
          '"These are not borderline values. The laboratory found clear evidence," Cárdenas said.\n',
      },
    ]);
  it("backs the words given to the person's full name", () => {
    using(story(), (library) => {
      const f = judgeIn(library, '"These are not borderline values," said Mariela Cárdenas Ruiz, the agency\'s director general.');
      assert.equal(f?.verdict, 'supported');
    });
  });
  it('still tells another speaker apart', () => {
    using(story(), (library) => {
      assert.equal(judgeIn(library, '"These are not borderline values," said Ana Torres Vega.')?.verdict, 'conflicting');
    });
  });
});
