// Where an article's headline sets the story, for a record that names no place (its neighbours none
// either, or only a wider one): "North Korean soldiers fight alongside Russians in Kursk Oblast" over
// the NIS's "soldiers are actively participating in combat operations after ... the past two weeks".
// And a period counted back told two ways ("the past three weeks" for "the past two weeks") is another
// period. Found on the realnews7, 9 and 10 tuning sets (session 7).
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

const library = loadLibrary({ folders: [], bundled: true });
const verdict = (text: string, date = '2024-11-13') => checkText(`---\ndate: ${date}\n---\n\n${text}\n`, library).findings[0]?.verdict;

describe('verdicts: the headline sets the scene', () => {
  it("the NIS's report, set in Kursk by its article's headline, backs a draft that places it there", () => {
    assert.equal(
      verdict(
        'South Korea’s National Intelligence Service said North Korean soldiers had moved to the Kursk region over the past two weeks and completed their deployment to the battlefield.',
      ),
      'supported',
    );
  });
  it('a place the headline does not name is still not backed', () => {
    assert.notEqual(
      verdict(
        'South Korea’s National Intelligence Service said North Korean soldiers had moved to the Kharkiv region over the past two weeks and completed their deployment to the battlefield.',
      ),
      'supported',
    );
  });
  it('"over the past three weeks" for the source\'s "past two weeks" is another period', () => {
    assert.equal(
      verdict(
        'South Korea’s National Intelligence Service said North Korean soldiers had moved to the Kursk region over the past three weeks and completed their deployment to the battlefield.',
      ),
      'conflicting',
    );
  });
});
