// Saying the opposite: one sentence negates what the other says. Sentences from the real-news sets
// and the bundled sources, each with a case where the rule must not fire.
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { negatedOf } from '../server/src/engine/extract/hedges';
import { loadLibrary } from '../server/src/engine/library';
import { tokenize } from '../server/src/engine/text/tokens';

const library = loadLibrary({ folders: [], bundled: true });
const lex = loadLexicon();
const check = (text: string) => checkText(`---\ndate: 2024-10-28\n---\n\n${text}\n`, library).findings[0];
const negated = (text: string) => negatedOf(tokenize(text), lex);

describe('verdicts: a denial denied', () => {
  it('"did not deny" and "has not yet publicly denied" negate nothing; "denied" and "neither ... nor denied" do', () => {
    assert.equal(negated('Putin did not deny that Pyongyang had sent soldiers to the country.'), false);
    assert.equal(negated('The Kremlin has not yet publicly denied the reports.'), false);
    assert.equal(negated('Russia denied sending troops.'), true);
    assert.equal(negated('Putin neither confirmed nor denied the presence of North Korean soldiers.'), true);
  });
  it('"Putin has not denied ..." agrees with his words that day: not conflicting', () => {
    assert.equal(check('Putin has not denied that North Korean soldiers are in his country.')?.verdict, 'supported');
  });
  it('"Putin denied ..." is the opposite of "Putin did not deny ...": conflicting', () => {
    assert.equal(check('Putin denied that Pyongyang had sent soldiers to Russia.')?.verdict, 'conflicting');
  });
  it('"There are North Korean troops in the Kharkiv region" against "There are none in the Kharkiv region": conflicting', () => {
    const f = check('There are North Korean troops in the Kharkiv region, Kovalenko wrote on Telegram.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /says the opposite/);
  });
});

// Session 7 (real-news.jsonl): "stopped short of denying" is "did not deny"; "on Russian soil" is in Russia.
describe('verdicts: a denial held back, and a country as its soil', () => {
  it('"stopped short of denying" negates nothing (as "did not deny"); "stopped short of confirming" does', () => {
    assert.equal(negated('Putin stopped short of denying that North Korean soldiers were in Russia.'), false);
    assert.equal(negated('The Kremlin stopped short of confirming the reports.'), true);
  });
  it('"Putin stopped short of denying that North Korean soldiers were on Russian soil" is backed, not "the opposite"', () => {
    const f = check('When questioned on Thursday, Putin stopped short of denying that North Korean soldiers were on Russian soil.');
    assert.equal(f?.verdict, 'supported', f?.message);
  });
});
