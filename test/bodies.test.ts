// Public bodies the articles name in capitals ("the Philippine Coast Guard", "the Maritime Industry
// Authority"), learned as bodies and read in a draft's lower case too ("the coast guard said"), so
// the figure another speaker gave is not passed as theirs (sources/learn.ts; lexicon bodyWords).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

const story = (name: string) => loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', name, 'sources')], bundled: false });
const ferry = story('ferry');
const verdict = (text: string, date?: string) =>
  checkText(date ? `---\ndate: ${date}\n---\n\n${text}\n` : `${text}\n`, ferry).findings[0]?.verdict;
const learnedOrgs = (library: ReturnType<typeof story>) => library.learned!.flatMap((l) => l.orgs.map((o) => o.names));

describe('bodies named in capitals', () => {
  it('"the Philippine Coast Guard" is learned, with its own words ("Coast Guard")', () => {
    assert.ok(learnedOrgs(ferry).some((names) => names.includes('Philippine Coast Guard') && names.includes('Coast Guard')));
  });
  it('the tail of a longer name, or the head of one, is not learned ("Security Council", "National Institute")', () => {
    const bundled = loadLibrary({ folders: [], bundled: true });
    const all = learnedOrgs(bundled).flat();
    assert.ok(!all.includes('Security Council') && !all.includes('Intelligence Agency'), all.join(', '));
  });
  it('"The coast guard said ... 163 people", when 163 was the operator\'s figure, conflicts', () => {
    assert.equal(verdict('The coast guard said on Wednesday that 163 people had been on the ferry.', '2025-08-14'), 'conflicting');
  });
  it("the operator's own figure from the operator is backed", () => {
    assert.equal(verdict('Verdemar Shipping Corp. said on Wednesday that 163 people had been on the ferry.', '2025-08-14'), 'supported');
  });
  it('a record with no speaker that names the body tells its figure: "The coast guard called off the search ..."', () => {
    assert.equal(
      verdict(
        'The coast guard called off the search on Tuesday with six people still unaccounted for, putting the final death toll at 61.',
        '2025-08-21',
      ),
      'supported',
    );
  });
  it('a foundation, a union or an association named in capitals is a body too ("the Oosterberg Family Foundation")', () => {
    assert.ok(learnedOrgs(story('takeover')).some((names) => names.includes('Oosterberg Family Foundation')));
  });
  it('a company named in English words with a company word at its end is a body ("Granite Peak Partners")', () => {
    assert.ok(learnedOrgs(story('takeover')).some((names) => names.includes('Granite Peak Partners')));
  });
  it('a body named "Council of ..." in a draft is a body, not a person: another employer than the sources\' conflicts', () => {
    const f = checkText(
      'Farhan Siddiqui, an epidemiologist at the Indian Council of Medical Research, said heat deaths were almost certainly being undercounted.\n',
      story('heatwave'),
    ).findings[0];
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /Council of Medical Research/);
  });
});
