// Claims said in other words than the record's: the speaker's own name, adverbs and function words a
// paraphrase adds, a hedge in a clause after the figure, and a denial of what is new. Sentences from
// the real-news sets, each with a case where the rule must not fire.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';

const library = loadLibrary({ folders: [], bundled: true });
const lex = loadLexicon();
const claim = (text: string) => extractClaims(`${text}\n`, lex)[0];
/** The flood story's own library (no alias file, the bundled library off), for the rules found on it. */
const flood = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'flood', 'sources')], bundled: false });
const inFlood = (text: string, date: string) => checkText(`---\ndate: ${date}\n---\n\n${text}\n`, flood).findings[0]?.verdict ?? 'none';
const verdict = (text: string, date?: string) =>
  checkText(date ? `---\ndate: ${date}\n---\n\n${text}\n` : `${text}\n`, library).findings[0]?.verdict ?? 'none';

describe("verdicts: the speaker's own name is said by a record of the same speaker", () => {
  const said =
    'said Friday that Russia had provided North Korea with anti-aircraft missiles and air defence equipment in return for its troops.';
  it('"Shin Won-sik said" against "according to South Korea\'s national security adviser": supported', () => {
    assert.equal(verdict(`South Korea's national security adviser Shin Won-sik ${said}`, '2024-11-22'), 'supported');
  });
  it("another speaker's name is not covered by that record: unsupported", () => {
    assert.equal(verdict(`Sabrina Singh ${said}`, '2024-11-22'), 'unsupported');
  });
});

describe('verdicts: what happened, said with other adverbs and function words', () => {
  it('"officially confirmed", "extra restrictions ... actively join": backed by the record that says it plainly', () => {
    assert.equal(
      verdict(
        "Last week, Ukraine's Main Intelligence Directorate officially confirmed that the first North Korean soldiers had reached the Kursk region.",
        '2024-10-28',
      ),
      'supported',
    );
    assert.equal(
      verdict(
        "The United States will not place extra restrictions on Ukraine's use of American weapons if North Korean troops actively join the war.",
      ),
      'supported',
    );
  });
  it('other nouns and verbs are not made up by the adverbs: unsupported', () => {
    assert.equal(
      verdict(
        "Last week, Ukraine's Main Intelligence Directorate officially confirmed that North Korean generals had been captured in the Kursk region.",
      ),
      'unsupported',
    );
  });
});

describe('verdicts: a denial of what is new, and of what held weeks earlier', () => {
  it('"no evidence that more troops are entering" is no opposite of "evidence that troops have gone into Russia"', () => {
    assert.equal(verdict('Singh said there is no evidence that more North Korean troops are entering Russia.'), 'unsupported');
    assert.equal(verdict('Singh said there is no evidence that North Korean troops have gone into Russia.'), 'conflicting');
  });
  it('unattributed and present-tense, in a draft dated weeks after the record: not the same time frame', () => {
    assert.equal(verdict('There is no evidence that North Korean troops have gone into Russia.', '2024-11-18'), 'unsupported');
    assert.equal(verdict('There is no evidence that North Korean troops have gone into Russia.', '2024-10-26'), 'conflicting');
  });
});

describe('verdicts: a hedge in a clause after the figure leaves the figure reported', () => {
  it('"..., possibly for deployment in Ukraine" and "17 could not be found": claims', () => {
    assert.equal(
      claim(
        'The U.S. said for the first time that it had evidence North Korea had sent 3,000 troops to Russia, possibly for deployment in Ukraine.',
      ).hedged,
      undefined,
    );
    assert.equal(
      claim('Disaster officials said on Monday that no fewer than 38 people had died and 17 could not be found.').hedged,
      undefined,
    );
  });
  it('a hedge before the figure, or with a figure of its own, still hedges', () => {
    assert.equal(claim('Intelligence suggests as many as 12,000 North Korean troops could join the war.').hedged, 'speculation');
    assert.equal(claim('North Korean troops could reach the Kursk region soon.').hedged, 'speculation');
  });
});

describe('extract: a figure counts no function word', () => {
  it('"about 900 when some 50 employees move", "1,650 rather than 1,400": no measure named "when" or "rather"', () => {
    const c = claim("The Stará Ves plant's workforce will grow to about 900 when some 50 employees move there from Hranov.");
    assert.deepEqual(
      c.quantities.map((q) => q.counted),
      ['other:employee'],
    );
    assert.equal(claim('The job cuts would total 1,650 rather than 1,400.').quantities.length, 0);
  });
  it('a figure before "other" and its noun still counts the noun ("17 other water projects")', () => {
    assert.deepEqual(
      claim('The commission is investigating 17 other water projects.').quantities.map((q) => q.counted),
      ['other:project'],
    );
  });
});

describe("verdicts: a figure from the outlet's own voice", () => {
  it('a record naming no speaker, person or body backs the very figure a named speaker gives ("Nine people remain missing ..., the NDMA said")', () => {
    assert.equal(
      inFlood('Nine people are still unaccounted for, all of them around Pir Baba in Buner, the NDMA said on Sunday.', '2026-08-31'),
      'supported',
    );
  });
  it('... never another figure (ten for its nine): not backed', () => {
    assert.notEqual(
      inFlood('Ten people are still unaccounted for, all of them around Pir Baba in Buner, the NDMA said on Sunday.', '2026-08-31'),
      'supported',
    );
  });
});

describe("verdicts: a count for part of a record's own place", () => {
  it('"8,000 have reached the Kursk region" is no contradiction of HUR\'s "12,000 deployed in Russia" (its neighbours\' Kursk aside)', () => {
    assert.equal(
      verdict(
        'Some 8,000 North Korean soldiers have reached the Kursk region and are ready to fight Ukrainian forces in the coming days.',
        '2024-11-01',
      ),
      'unsupported',
    );
  });
  it('the same place with another count still is', () => {
    assert.equal(
      verdict("Some 8,000 North Korean soldiers are now deployed in Russia, according to Ukraine's military intelligence.", '2024-10-25'),
      'conflicting',
    );
  });
});

describe('verdicts: another report that denies what the draft denies', () => {
  it('"would neither confirm nor deny" is told by "neither confirmed nor denied", not by a neighbour that denies nothing', () => {
    assert.equal(
      verdict(
        'When pressed on Thursday about whether North Korean troops were in Russia, Putin would neither confirm nor deny it.',
        '2024-10-24',
      ),
      'supported',
    );
  });
  it('a denial of another word ("would not discuss it") is not backed by it', () => {
    assert.equal(
      verdict('When pressed on Thursday about whether North Korean troops were in Russia, Putin would not discuss it.', '2024-10-24'),
      'unsupported',
    );
  });
});

describe('verdicts: the same figure placed elsewhere, unattributed', () => {
  it('"Nine people remain missing, all of them in Swat district" where the record has them in Buner: conflicting', () => {
    assert.equal(inFlood('Nine people remain missing, all of them in Swat district.', '2026-08-31'), 'conflicting');
  });
  it('in Buner, as the record has it: supported', () => {
    assert.equal(inFlood('Nine people remain missing, all of them in Buner district.', '2026-08-31'), 'supported');
  });
});
