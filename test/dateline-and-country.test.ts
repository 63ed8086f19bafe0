// Where an article is set when its sentences name no place, and which country a place the sources
// taught lies in: a record naming no place is set where the article's dateline is ("PORTO,
// Portugal, Nov 15 (AWS) -") when its headline names none; a town the sources taught ("Porto") lies
// in the gazetteer country its name's reading is in, so "In Portugal" is backed by it; a figure a
// verb of change moved the count from ("had raised the number of job losses from 1,400") is the
// earlier one, so the newer count makes the draft's outdated.
import assert from 'node:assert/strict';
import { relatePlace } from '../server/src/engine/match/elements';
import { judgeIn, storyLibrary, writtenStory } from './story-library';

const closure = storyLibrary('closure');

describe('an article set by its dateline', () => {
  const story = writtenStory([
    {
      id: 'arrests',
      date: '2025-11-15',
      title: 'Judge jails three men over museum heist',
      body:
        'PORTO, Portugal, Nov 15 (AWS) - A judge has ordered three men held in custody over the theft of 14 objects from a museum in Porto.\n\n' +
        "They are suspected of qualified theft, which carries a prison sentence of up to eight years, the prosecutor's office said.\n",
    },
  ]);
  after(() => story.remove());
  it('backs a country the dateline place lies in, for a record that names no place', () => {
    assert.equal(
      judgeIn(story.library, "In Portugal, qualified theft carries a prison sentence of up to eight years, the prosecutor's office said.")
        ?.verdict,
      'supported',
    );
  });
  it('not a country it does not lie in', () => {
    assert.notEqual(
      judgeIn(story.library, "In Spain, qualified theft carries a prison sentence of up to eight years, the prosecutor's office said.")
        ?.verdict,
      'supported',
    );
  });
  it('a town the sources taught lies in the country of its reading', () => {
    const lex = story.library.lexicon;
    assert.equal(relatePlace('gz:PT', 'porto', lex), 'narrower');
    assert.notEqual(relatePlace('gz:ES', 'porto', lex), 'narrower');
  });
});

describe('a figure a verb of change moved the count from', () => {
  it('is the earlier one: the newer count makes the draft outdated', () => {
    assert.equal(judgeIn(closure, 'MDS is cutting 1,400 jobs at Hranov.', '2025-11-10')?.verdict, 'outdated');
  });
  it('the newer count itself is backed', () => {
    assert.equal(judgeIn(closure, 'MDS is cutting 1,650 jobs at Hranov.', '2025-11-10')?.verdict, 'supported');
  });
});

describe('a figure dated otherwise by the report that tells it', () => {
  // ("Police arrested four suspects on Wednesday" against "The four suspects ... were arrested on
  // Thursday": that report outweighs a later one that names the four suspects without a day.)
  const story = writtenStory([
    {
      id: 'arrests',
      date: '2025-11-15',
      body: 'The four suspects were arrested on Thursday in dawn raids in Porto, Vila Nova de Gaia and Gondomar, the police said.\n',
    },
    {
      id: 'recovery',
      date: '2025-11-24',
      body: 'The four suspects arrested in Porto, Vila Nova de Gaia and Gondomar remain in custody, the police said.\n',
    },
  ]);
  after(() => story.remove());
  it("contradicts the draft's day", () => {
    const text = 'Police arrested four suspects on Wednesday in raids across Porto, Vila Nova de Gaia and Gondomar.';
    assert.equal(judgeIn(story.library, text, '2025-11-15')?.verdict, 'conflicting');
  });
  it('backs its own day', () => {
    const text = 'Police arrested four suspects on Thursday in raids across Porto, Vila Nova de Gaia and Gondomar.';
    assert.equal(judgeIn(story.library, text, '2025-11-15')?.verdict, 'supported');
  });
});
