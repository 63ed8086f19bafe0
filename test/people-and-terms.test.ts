// People counted in other words, terms of punishment, and forecasts with their figures: "four
// people arrested" is the sources' "the four suspects ... were arrested" (a small number, but a
// noun of persons told in the claim's words), never their "four objects"; "carries a sentence of
// up to eight years" and "punishable by up to five years" state terms, which make a claim.
import assert from 'node:assert/strict';
import { statesTerm } from '../server/src/engine/extract/penalty-terms';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { judgeIn, storyLibrary as storyLibraryOf, using, writtenStory } from './story-library';
import { isClaim } from '../server/src/engine/match/verdict';

describe('people counted in other words', () => {
  const story = writtenStory([
    {
      id: 'raids',
      date: '2025-11-15',
      body:
        'The four suspects, men aged 34, 41 and 52 and a 29-year-old woman, were arrested on Thursday in dawn raids in Porto, the Polícia Judiciária said.\n\n' +
        'Detectives recovered four objects from a garage in Gondomar during the raids, the Polícia Judiciária said.\n',
    },
  ]);
  after(() => story.remove());
  it('"four people arrested" is the four suspects arrested', () => {
    assert.equal(
      judgeIn(story.library, 'Police arrested four people in dawn raids in Porto on Thursday.', '2025-11-15')?.verdict,
      'supported',
    );
  });
  it('but not four things', () => {
    assert.notEqual(
      judgeIn(story.library, 'Detectives recovered four people from a garage in Gondomar during the raids.', '2025-11-15')?.verdict,
      'supported',
    );
  });
});

describe('men are people', () => {
  // ("men" was a noun of soldiers in the data, from the first story: in a heist, a strike or a
  // flood, men are people, and soldiers are still soldiers.)
  it('"three men" counts people; "3,000 soldiers" soldiers', () => {
    const lex = loadLexicon();
    assert.equal(extractClaims('Security footage showed three men in balaclavas.', lex)[0].quantities[0].counted, 'people');
    assert.equal(extractClaims('Pyongyang sent 3,000 soldiers to Russia.', lex)[0].quantities[0].counted, 'soldiers');
  });
});

describe('what a figure counts, and which account it is', () => {
  const lex = loadLexicon();
  const q = (t: string) => extractClaims(t, lex)[0].quantities.map((x) => [x.text, x.counted, x.event ?? '', !!x.former]);
  it('a plural noun right after the number names what is counted, not the state before it', () => {
    assert.deepEqual(q('The museum is missing 11 objects.'), [['11 objects', 'other:object', '', false]]);
    assert.deepEqual(q('Police said 17 are unaccounted for.'), [['17', 'people', 'missing', false]]);
  });
  it('the first account\'s figure is the earlier one ("first said 11", "initially put the toll at nine")', () => {
    assert.equal(q('The museum first said 11 objects had been stolen, then raised the figure to 14.')[0][3], true);
    assert.equal(q('Officials initially put the toll at nine people.')[0][3], true);
    assert.equal(q('The museum said 11 objects had been stolen.')[0][3], false);
  });
  it('"the 12,000 troops first deployed to Kursk" is the first moment\'s figure; "13% since the recall was first announced" is not', () => {
    assert.equal(q('Ukraine says a third of the 12,000 North Korean troops first deployed to Kursk are out of action.')[0][3], true);
    assert.equal(q('The shares have lost 13% since the recall was first announced on March 3.')[0][3], false);
  });
});

describe("a term said as a sentence's length", () => {
  it('is a term', () => {
    assert.equal(statesTerm('Qualified theft carries a sentence of up to eight years.'), true);
    assert.equal(statesTerm('Criminal association is punishable by up to five years.'), true);
    assert.equal(statesTerm('He was handed a prison term of six years.'), true);
  });
  it('a length that is no term is not', () => {
    assert.equal(statesTerm('The trial lasted eight years.'), false);
    assert.equal(statesTerm('The sentence took up five lines of the judgment.'), false);
  });
});

describe('a forecast of a sum, a rate or a size', () => {
  // ("is expected to cost about 95 million soles": a source reports the forecast, or does not; what
  // someone is expected to do is a guess.)
  const lex = loadLexicon();
  const hedged = (t: string) => extractClaims(t, lex)[0].hedged;
  it('is a claim', () => {
    assert.equal(hedged('A new bridge is expected to cost about 95 million soles.'), undefined);
    assert.equal(hedged('The Bank expects unemployment to peak at 5.4% next year.'), undefined);
  });
  it('not without its own figure, nor with a figure of something else further on', () => {
    assert.equal(hedged('The bridge is expected to reopen next year.'), 'speculation');
    assert.equal(hedged('North Korea is expected to send about 12,000 more soldiers.'), 'speculation');
    assert.equal(
      hedged('The sanctions are expected to target North Korean military officials involved in dispatching some 11,000 troops to Russia.'),
      'speculation',
    );
  });
});

describe("a vote's tally", () => {
  // ("voted 41-32", "passed 12-5": a count of votes, which the sources give, or give otherwise.)
  it('makes a claim, which another tally contradicts', () => {
    const bankruptcy = storyLibraryOf('bankruptcy');
    const f = judgeIn(bankruptcy, 'The city council voted 41-32 to declare a financial emergency.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /gives “41 to 23” where the draft has “41-32”/);
  });
  it('a score or a range that is no vote does not', () => {
    assert.equal(isClaim(extractClaims('Temperatures ranged 12-15 degrees, a gentle spell.', loadLexicon())[0]), true);
    assert.equal(isClaim(extractClaims('It was a long day, from 9-5.', loadLexicon())[0]), false);
  });
});

describe('"a Dutchman": the people of the word it is made of', () => {
  const story = () =>
    writtenStory([
      {
        id: 'arrests',
        date: '2025-10-10',
        body: 'A 39-year-old Dutch national was arrested on Wednesday at a villa in Marbella, police said.\n',
      },
    ]);
  it('"The 39-year-old Dutchman was detained at a villa in Marbella" is backed by "a Dutch national"', () => {
    using(story(), (library) => {
      assert.equal(judgeIn(library, 'The 39-year-old Dutchman was detained at a villa in Marbella.')?.verdict, 'supported');
    });
  });
  it('"a Frenchman" is not backed: no source names the French', () => {
    using(story(), (library) => {
      assert.equal(judgeIn(library, 'The 39-year-old Frenchman was detained at a villa in Marbella.')?.verdict, 'unsupported');
    });
  });
});
