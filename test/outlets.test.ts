// The outlet a source's front matter names is a body that speaks for its article: a draft writes
// "..., Iberia Press Wire reported" or "IPW reported" (the initials a dateline gives, "MADRID, Oct 7
// (IPW) -"), and the outlet is what `factcheck records` lists as learned. Found on the blind
// drug-seizure story of session 21 (its articles, our own words in drafts).
import assert from 'node:assert/strict';
import { learnedLines } from '../server/src/cli/format-text';
import { judgeIn, using, writtenStory } from './story-library';

const story = () =>
  writtenStory([
    {
      id: 'seizure',
      date: '2025-10-07',
      title: 'Record seizure',
      body: 'MADRID, Oct 7 (TW) - Spanish police seized 9.5 tonnes of cocaine at the port of Algeciras in 2023, the previous record for a Spanish port.\n',
    },
  ]);

describe('the outlet a source names', () => {
  it('is learned as the outlet, with the initials its dateline gives', () => {
    using(story(), (library) => {
      const outlets = library.learned!.flatMap((l) => l.orgs.filter((o) => o.outlet));
      assert.deepEqual(outlets, [{ id: 'test-wire', names: ['Test Wire', 'TW'], outlet: true }]);
    });
  });
  it('speaks for its article: "..., Test Wire reported" is backed', () => {
    using(story(), (library) =>
      assert.equal(
        judgeIn(library, 'The previous record for a Spanish port was 9.5 tonnes, seized at Algeciras in 2023, Test Wire reported.')
          ?.verdict,
        'supported',
      ),
    );
  });
  it('... and so is "TW reported"; another figure it is said to report is not', () => {
    using(story(), (library) => {
      assert.equal(
        judgeIn(library, 'The previous record for a Spanish port was 9.5 tonnes, seized at Algeciras in 2023, TW reported.')?.verdict,
        'supported',
      );
      assert.notEqual(
        judgeIn(library, 'The previous record for a Spanish port was 12 tonnes, seized at Algeciras in 2023, TW reported.')?.verdict,
        'supported',
      );
    });
  });
  it('is listed by `factcheck records` as the outlet', () => {
    using(story(), (library) => {
      const lines = learnedLines(library.learned![0], library.records);
      assert.ok(
        lines.some((l) => /Test Wire = TW \(test-wire, the outlet\)/.test(l)),
        lines.join('\n'),
      );
    });
  });
});
