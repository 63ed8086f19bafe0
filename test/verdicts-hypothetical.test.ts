// What the grammar marks as not having happened: conditions and a speakerless "would". Sentences
// from the real-news sets, each with a case where the rule must not fire.
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';

const library = loadLibrary({ folders: [], bundled: true });
const lex = loadLexicon();
const hedged = (text: string) => extractClaims(`${text}\n`, lex)[0].hedged;
const verdict = (text: string) => checkText(`${text}\n`, library).findings[0]?.verdict ?? 'none';

describe('verdicts: what would happen is no claim', () => {
  it('a condition with its consequence is a projection: no finding', () => {
    assert.equal(hedged('If losses continue at this rate, the North Korean contingent will be used up by mid-April.'), 'speculation');
    assert.equal(verdict('If losses continue at this rate, the North Korean contingent will be used up by mid-April.'), 'none');
    assert.equal(hedged('Losses on that scale, if confirmed, would be unsustainable for the North Koreans.'), 'speculation');
  });
  it('"It is hard to see how Hranov recovers": uncertainty, no finding', () => {
    assert.equal(hedged('It is hard to see how Hranov recovers from a blow of this size.'), 'uncertainty');
  });
  it('"if" that opens no condition of a consequence leaves the claim ("asked if" a report was true)', () => {
    assert.equal(hedged('Kirby was asked if the North Korean troops had reached Kursk, and said they had.'), undefined);
  });
  it('a "would" with no condition is a reported plan, still a claim ("The closure would affect 1,400 workers")', () => {
    assert.equal(hedged('The closure would affect 1,400 workers at the Hranov plant.'), undefined);
  });
  it('reported speech keeps its "would": a speaker, or a that-clause', () => {
    assert.equal(hedged('Putin said Russia would decide for itself how to apply the treaty.'), undefined);
    assert.equal(
      hedged(
        'Ukrainian intelligence had earlier projected that the first 2,600 North Korean soldiers would reach Kursk no earlier than Nov. 1.',
      ),
      undefined,
    );
  });
});

describe("verdicts: a named speaker's forecast is a report", () => {
  it('"Budanov said the first troops could appear in Kursk": a claim the library may speak to', () => {
    assert.equal(
      hedged('Budanov said the first North Korean troops could appear in the Kursk region as early as tomorrow, October 23.'),
      undefined,
    );
  });
  it('no speaker, or a speaker\'s own feeling ("I wouldn\'t be surprised"), is still no claim', () => {
    assert.equal(hedged('North Korean troops could appear in the Kursk region soon.'), 'speculation');
    assert.equal(hedged("I wouldn't be surprised if they show up in the Donetsk region or elsewhere soon, Varchenko said."), 'opinion');
  });
});

describe('verdicts: a draft that denies what the record does not speak of', () => {
  it('"Singh said there is no evidence that more troops are entering Russia" is no opposite of her count in Kursk', () => {
    assert.equal(
      verdict('Singh said there is no evidence that more North Korean troops are entering Russia, but that this could change.'),
      'unsupported',
    );
  });
  it('"no evidence" against her "evidence that DPRK troops have gone into Russia": the opposite', () => {
    assert.equal(verdict('Singh said there is no evidence that North Korean troops have gone into Russia.'), 'conflicting');
  });
});

describe('verdicts: what may happen is no claim', () => {
  it('"may come home with hard-won experience": "may" before a verb, as "could": no finding', () => {
    assert.equal(hedged("In return, Pyongyang's soldiers may come home with hard-won experience of modern, drone-heavy warfare."), 'modal');
    assert.equal(verdict("In return, Pyongyang's soldiers may come home with hard-won experience of modern, drone-heavy warfare."), 'none');
  });
  it('the month is no modal ("in May 2024"), nor is a named speaker\'s figure reported with "may"', () => {
    assert.equal(hedged('Putin and Kim met in Pyongyang in May 2024.'), undefined);
    assert.notEqual(verdict('Kirby said 3,000 North Korean soldiers may have arrived in eastern Russia.'), 'none');
  });
});

describe("verdicts: the writer's own judgement is no claim", () => {
  it('a copula before an adjective ending its clause, said by no one: "are historic, and ...", "looks all but certain."', () => {
    assert.equal(hedged('North Korean soldiers on European soil are historic, and for all the wrong reasons.'), 'opinion');
    assert.equal(hedged('A December cut now looks all but certain.'), 'opinion');
    assert.equal(verdict('North Korean soldiers on European soil are historic, and for all the wrong reasons.'), 'none');
  });
  it('a complement, a participle or a speaker keeps the claim ("is responsible for", "is closed", "Kirby said ... is likely")', () => {
    assert.equal(hedged('The North Korean unit is responsible for the attack on Sudzha.'), undefined);
    assert.equal(hedged('The border crossing at Sudzha is closed.'), undefined);
    assert.equal(hedged('Kirby said the deployment is significant.'), undefined);
  });
});

// Session 7 (realnews4 tuning set): "possibly" before a figure gives the figure loosely; it does not
// doubt that the rest happened.
describe('verdicts: a figure given loosely is still a claim', () => {
  it('"possibly as many as two brigades": the speaker reports, the figure is loose', () => {
    assert.equal(
      hedged(
        'On Tuesday, Zelensky said Ukraine had intelligence that Russia was "training two military units from North Korea," possibly as many as "two brigades of 6,000 people each."',
      ),
      undefined,
    );
  });
  it('"possibly" before what happened is still a guess', () => {
    assert.equal(hedged('North Korean troops are possibly already fighting in Kursk.'), 'speculation');
  });
});

// Session 7: a sentence with nothing to check it by, and nothing near in the library, is commentary.
describe('verdicts: commentary with nothing to check it by', () => {
  it('"It is entirely possible that the North Koreans will be sent back ..." gives no finding', () => {
    assert.equal(
      verdict('It is entirely possible that the North Koreans will be sent back to the front once they have been retrained.'),
      'none',
    );
    assert.equal(verdict('It is astonishing that North Korea keeps entangling itself in a war so far from home.'), 'none');
  });
  it('a past event told, a person or a date named: still a claim the library does not have', () => {
    assert.equal(verdict('The North Korean troops were ferried to Vladivostok aboard Russian navy landing ships.'), 'unsupported');
    assert.equal(verdict('The North Korean contingent is commanded by Colonel General Kim Yong Bok.'), 'unsupported');
  });
});

// Session 7 (rate-cut story): a named forecaster's expectation is a report of what they expect.
describe('verdicts: a named forecaster expects', () => {
  it('"Goldman Sachs expects the Bank to cut rates three times in 2026" is a claim about Goldman\'s forecast', () => {
    assert.equal(hedged('Goldman Sachs expects the Bank to cut rates three times in 2026.'), undefined);
    assert.equal(hedged("Barclays' Priya Natarajan now expects Bank Rate to reach 3.25% by mid-2026."), undefined);
  });
  it("an analyst's or an expert's expectation is still opinion", () => {
    assert.equal(hedged('Analysts expect the Bank to cut rates again in December.'), 'opinion');
  });
});

// Session 7 (trial story): a commentator's word names the speaker, not a possessor elsewhere.
describe('hedges: whose word makes a view', () => {
  it('"Dismissing the former minister\'s bid, Justice Esther Maina said ...": the justice reports, the minister is former', () => {
    assert.equal(
      hedged('Dismissing the former minister\'s bid, Justice Esther Maina said he had shown only "dissatisfaction with rulings".'),
      undefined,
    );
  });
  it('"a former official said" is still a view', () => {
    assert.equal(hedged('A former official said the deployment was a mistake.'), 'opinion');
  });
});

describe("verdicts: an academic's view is commentary", () => {
  it('a speaker of a university ("Ramon Pacheco Pardo of King\'s College London said", "Mason Richey of the Hankuk University"): opinion', () => {
    assert.equal(
      hedged(
        "Ramon Pacheco Pardo of King's College London said the move, serious as it is, might not be big enough to change Seoul's position.",
      ),
      'opinion',
    );
    assert.equal(hedged('"The North Koreans are stopgap," said Mason Richey of the Hankuk University of Foreign Studies.'), 'opinion');
  });
  it('an official\'s words stay a report ("Kirby said the troops were stopgap")', () => {
    assert.equal(hedged('Kirby said the North Korean troops were a stopgap for Russian losses.'), undefined);
  });
});
