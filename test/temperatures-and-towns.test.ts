// Wire copy's temperatures and the towns they were measured in: "48.4 C" (a capital letter after the
// number), "48.0 C. In Lucknow" (no initial: the sentence ends), a sentence opening with a city
// ("Jhansi, about 190 km to the west, reached ...", "Lucknow recorded ..."), a town the sources
// taught told apart from the gazetteer's other towns, and a bound denied ("did not fall below").
// Sentences from the heatwave library's articles and drafts; each rule with a case where it must not fire.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { comparePlaces } from '../server/src/engine/match/elements';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';
import { splitSentences } from '../server/src/engine/text/sentences';

const heatwave = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'heatwave', 'sources')], bundled: false });
const lex = heatwave.lexicon;
const claims = (text: string) => extractClaims(`${text}\n`, lex);
const verdict = (text: string, date?: string) =>
  checkText(date ? `---\ndate: ${date}\n---\n\n${text}\n` : `${text}\n`, heatwave).findings[0]?.verdict;

describe('temperatures and towns', () => {
  it('"48.4 C" is degrees Celsius; "Section 3 C" in a sentence of no temperatures is no reading', () => {
    assert.equal(claims('Jhansi reached 48.4 C on Sunday.')[0].quantities[0]?.unit, 'celsius');
    assert.notEqual(claims('The ward in Section 3 C was closed.')[0].quantities[0]?.unit, 'celsius');
  });
  it('"48.0 C. In Lucknow ..." ends the sentence; "John F. Kennedy" does not', () => {
    assert.equal(splitSentences('Orai reached 48.0 C. In Lucknow, the night was warm.').length, 2);
    assert.equal(splitSentences('John F. Kennedy said so.').length, 1);
  });
  it('a sentence opening with a city before its apposition or its verb is set there', () => {
    assert.deepEqual(
      claims('Jhansi, about 190 km to the west, reached 48.4 C on Sunday.')[0].places.map((p) => p.id),
      ['gz:IN:jhansi'],
    );
    assert.deepEqual(
      claims('Lucknow recorded 45.9 degrees Celsius on Sunday.')[0].places.map((p) => p.id),
      ['lucknow'],
    );
  });
  it('a speaker opening the sentence is no place', () => {
    assert.deepEqual(claims('Pathak said the fund would grow.')[0].places, []);
  });
  it("a town the sources taught is apart from the gazetteer's town far away, and the same as its own name", () => {
    assert.equal(comparePlaces(['lucknow'], ['gz:IN:jhansi'], lex), 'disjoint');
    assert.equal(comparePlaces(['lucknow'], ['gz:IN:lucknow'], lex), 'equal');
  });
  it("Jhansi's 48.4 C on Sunday is backed", () => {
    assert.equal(verdict('Jhansi hit 48.4 degrees Celsius on Sunday.', '2025-06-16'), 'supported');
  });
  it('"did not fall below 32.6 C" is at least 32.6 C; "fell below 30 C" is at most', () => {
    assert.equal(claims('In Lucknow, the temperature did not fall below 32.6 C on Monday night.')[0].quantities[0]?.direction, 'min');
    assert.equal(claims('In Lucknow, the temperature fell below 30 C on Monday night.')[0].quantities[0]?.direction, 'max');
  });
});
