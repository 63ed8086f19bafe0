// The fourth session of 2026-12-07's rules, each on real sentences of the story libraries (a finding
// and a no-finding case): a term of custody or punishment ("jailed for nine years", "faces up to 10
// years in prison", "could be jailed for up to eight years if convicted") is a claim; a modal inside
// a fear or risk given as the reason ("citing the risk that he might ...") does not hedge the claim;
// an event is backed by the report that gives its numbers too ("jailed for five years"), and a
// period is backed only by a period ("five years", never "5 million shillings"); "Police said" is
// backed by "X, spokeswoman for the Tyrol state police"; only a record of the speaker or their body
// (not the outlet's own earlier report) outweighs a body's backing; "he said" after a sentence with
// no speaker is the person that sentence is about; "Singh said US intelligence estimates ..." is
// Singh's figure to back; "the unnamed source, who is on the General Staff" speaks for the General
// Staff, and so does "the source" after it; "said the BSI's vice-president, Thomas Brenner." is
// Brenner speaking; a correction ("was 28,500, not the 32,000 he had given") denies no doer, and
// its "28,500," is no age; the report giving an event's numbers on another day contradicts the
// draft's day ("struck at about 5:50 a.m. on Monday"); a hyphenated word the data knows whole
// ("anti-aircraft", a word for "defense") says nothing more by its parts; a day a record names
// outweighs a month it also names; a record telling the event clearly better, in the claim's own
// verbs, dates it rather than one that names a day for something else; a magnitude ("thousands of
// troops") backs the claim when a record's figure falls in it and contradicts none; "will add €10
// million" is an increment, which backs a plain "€10 million" but is not the total it brings about;
// a name with letters NFKD leaves whole ("Yalçın") is never garbled in a message; a draft's
// bracketed conversion must convert as the record backing its figure does.
import assert from 'node:assert/strict';
import { extractClaims } from '../server/src/engine/extract/claims';
import { statesTerm } from '../server/src/engine/extract/penalty-terms';
import { plainLower } from '../server/src/engine/text/plain-letters';
import { loadLibrary } from '../server/src/engine/library';
import { judgeIn, storyLibrary } from './story-library';

const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });
const trial = storyLibrary('trial');
const plantfire = storyLibrary('plantfire');
const crush = storyLibrary('crush');
const strike = storyLibrary('strike');
const avalanche = storyLibrary('avalanche');
const tanker = storyLibrary('tanker');
const cyberattack = storyLibrary('cyberattack');
const derail = storyLibrary('derail');
const ferry = storyLibrary('ferry');
const airliner = storyLibrary('airliner');
const blackout = storyLibrary('blackout');
const bankruptcy = storyLibrary('bankruptcy');

describe('a term of custody or punishment', () => {
  it('"carries up to 10 years in prison" is a claim the sources back', () => {
    assert.equal(judgeIn(trial, 'Under Kenyan law, each corruption count carries up to 10 years in prison.')?.verdict, 'supported');
  });
  it('"got five years" is one too', () => {
    assert.equal(judgeIn(trial, "The minister's nephew, whose consultancy took in the payments, got five years.")?.verdict, 'supported');
  });
  it('"could be jailed for up to eight years" if convicted states the law, not a guess', () => {
    const text = 'If convicted, the 54-year-old production director could be jailed for up to eight years.';
    assert.equal(extractClaims(text, plantfire.lexicon)[0].hedged, undefined);
    assert.equal(judgeIn(plantfire, text)?.verdict, 'supported');
  });
  it('a period that is no term stays what it was: a guess, or no claim', () => {
    assert.equal(statesTerm('Rescuers spent nearly two weeks on the debris field.'), false);
    assert.equal(statesTerm('He was jailed for nine years.'), true);
    assert.equal(extractClaims('If the talks fail, the strike could last for two weeks.', trial.lexicon)[0].hedged, 'speculation');
    assert.equal(extractClaims('He could be back within two weeks.', trial.lexicon)[0].hedged, 'speculation');
  });
});

describe('a modal inside the reason given', () => {
  it('"amid fears that the dam could burst" leaves the evacuation stated', () => {
    assert.equal(extractClaims('Police evacuated 300 homes amid fears that the dam could burst.', plantfire.lexicon)[0].hedged, undefined);
    assert.equal(
      extractClaims('A judge ordered that he be held for 14 days because of the risk that he might influence witnesses.', trial.lexicon)[0]
        .hedged,
      undefined,
    );
  });
  it('"there are fears that the toll could rise" is still a guess', () => {
    assert.equal(extractClaims('There are fears that the toll could rise.', plantfire.lexicon)[0].hedged, 'speculation');
  });
});

describe('the report that gives the numbers backs the event', () => {
  it('"got five years" is backed by the verdict ("jailed for five years"), not by the charge sheet', () => {
    const f = judgeIn(trial, "The minister's nephew, whose consultancy took in the payments, got five years.");
    assert.equal(f?.verdict, 'supported');
    assert.deepEqual(
      f?.evidence.map((e) => e.source),
      ['trial-verdict-2025-11-25'],
    );
    assert.match(f?.message ?? '', /2025-11-25/);
  });
  it('"Gate 7" is backed by a report naming Gate 7', () => {
    const text = 'Luz Dary Marín, whose 22-year-old son Santiago died at Gate 7, has called on the mayor to resign.';
    assert.equal(judgeIn(crush, text)?.verdict, 'supported');
  });
  it('a number beside another word is no report of it: "a 24-day strike" is not backed', () => {
    assert.notEqual(judgeIn(strike, 'Workers returned on Tuesday after a 24-day strike.')?.verdict, 'supported');
  });
});

describe('who speaks for a body, and what outweighs its backing', () => {
  it('"Police said" is backed by the spokeswoman "for the Tyrol state police"; the first day\'s toll is no contradiction', () => {
    const f = judgeIn(avalanche, 'Police said 11 people had been confirmed dead, nine were missing and 14 had been injured.', '2025-02-08');
    assert.equal(f?.verdict, 'supported');
    assert.ok(f?.evidence.some((e) => e.source === 'avalanche-toll-dispute-2025-02-07'));
  });
  it('another speaker the library names is still no backing: the governor did not give those counts', () => {
    const f = judgeIn(avalanche, 'Governor Georg Haselwanter said nine people were missing and 14 had been injured.', '2025-02-08');
    assert.notEqual(f?.verdict, 'supported');
  });
  it("the operator's own figure is not cancelled by the outlet's other tonnage", () => {
    const text =
      'The truck was hauling 22 tonnes of anhydrous ammonia from Secunda to a fertiliser blender in Mbombela, according to its operator, Highveld Bulk Logistics.';
    assert.equal(judgeIn(tanker, text)?.verdict, 'supported');
  });
});

describe('"he said" after a sentence about someone', () => {
  it("is that person's: the mayor's quotation is his", () => {
    const text = '"It cannot be the municipality\'s job to carry guests out of their beds," Tschiderer said.';
    assert.equal(judgeIn(avalanche, text, '2025-02-18')?.verdict, 'supported');
  });
  it('the person a sentence is about is its subject, not a name after "by"', () => {
    const about = (text: string) => extractClaims(text, avalanche.lexicon)[0].subject?.person;
    assert.equal(about("St. Anton's mayor, Lukas Tschiderer, defended the municipality's handling of the evacuation."), 'tschiderer');
    assert.equal(about('The evacuation was ordered by Lukas Tschiderer on Monday.'), undefined);
  });
});

describe('a named speaker reporting unnamed voices', () => {
  it("gives the figure herself: the State Department's count is not Singh's", () => {
    const text = 'Singh said US intelligence now estimates that roughly 10,000 North Korean troops are in Russia.';
    assert.equal(judgeIn(bundled, text)?.verdict, 'unsupported');
  });
  it("the State Department's own spokesperson reporting it is backed", () => {
    const text = 'Vedant Patel said US intelligence estimates that over 10,000 North Korean troops have moved into Kursk.';
    assert.equal(judgeIn(bundled, text)?.verdict, 'supported');
  });
});

describe('an unnamed source placed by a relative clause', () => {
  it('"who is on the General Staff" makes the source the General Staff\'s, in the next sentence too', () => {
    const text =
      "A senior officer on Ukraine's General Staff told Reuters that Kyiv's troops held about 531 square miles of Kursk at the high point of their advance, a figure since whittled down to roughly 309 square miles.";
    assert.equal(judgeIn(bundled, text)?.verdict, 'supported');
  });
  it('an official of another body is not that source', () => {
    const text = "An official at Ukraine's Defense Ministry told Reuters that Kyiv's troops held about 531 square miles of Kursk.";
    assert.equal(judgeIn(bundled, text)?.verdict, 'unsupported');
  });
});

describe('a name closing the sentence after an office', () => {
  it('"said the BSI\'s vice-president, Thomas Brenner." gives his own words to him', () => {
    const text = '"This was not a sophisticated break-in. The door was open," said the BSI\'s vice-president, Thomas Brenner.';
    assert.equal(judgeIn(cyberattack, text)?.verdict, 'supported');
  });
  it("and in a source: the committee chairperson's words are Gumede's", () => {
    const text =
      'South Africans are "tired of waiting for answers after every accident", said Nomvula Gumede, who chairs parliament\'s transport committee.';
    assert.equal(judgeIn(derail, text)?.verdict, 'supported');
  });
  it('another person named so is not him: the words conflict', () => {
    const text = '"This was not a sophisticated break-in. The door was open," said the hospital group\'s spokeswoman, Martina Keller.';
    assert.equal(judgeIn(cyberattack, text)?.verdict, 'conflicting');
  });
});

describe('a correction in a source', () => {
  it('"was 28,500, not the 32,000 he had given" backs the same correction', () => {
    const text = "Mayor Julián Andrés Cardona admitted on Friday that the stadium's certified capacity was 28,500, not 32,000.";
    assert.equal(judgeIn(crush, text, '2025-11-30')?.verdict, 'supported');
  });
  it('"built in 1989, not in 1994 as its operator had said" backs "built in 1989"', () => {
    const text = "MARINA's records show the vessel was built in 1989, making it 36 years old.";
    assert.equal(judgeIn(ferry, text, '2025-08-22')?.verdict, 'supported');
  });
  it('"saying it was R298 million, not the R312 million she had given" backs the R298 million missed', () => {
    const text = 'The city missed a bond payment of R298 million, City Treasurer Lindiwe Ngobeni said on Thursday.';
    assert.equal(judgeIn(bankruptcy, text, '2025-03-07')?.verdict, 'supported');
  });
  it('another figure for the correction is not backed', () => {
    const text = "Mayor Julián Andrés Cardona admitted on Friday that the stadium's certified capacity was 26,000, not 32,000.";
    assert.notEqual(judgeIn(crush, text, '2025-11-30')?.verdict, 'supported');
  });
});

describe("the report giving an event's numbers, on another day", () => {
  it('"struck at about 5:50 a.m. on Monday" conflicts with the Tuesday the report gives', () => {
    const f = judgeIn(avalanche, 'The avalanche struck at about 5:50 a.m. on Monday.', '2025-02-05');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /Tuesday/);
  });
  it('the right day is backed', () => {
    assert.equal(judgeIn(avalanche, 'The avalanche struck at about 5:50 a.m. on Tuesday.', '2025-02-05')?.verdict, 'supported');
  });
});

describe('a hyphenated word the data knows whole', () => {
  it('"anti-aircraft" is "defense", not also "anti" and "aircraft"', () => {
    assert.deepEqual(extractClaims('Russia gave North Korea anti-aircraft missiles.', bundled.lexicon)[0].keywords, [
      'russia',
      'give',
      'north-korea',
      'defense',
      'missile',
    ]);
    // (one the data does not know still says its parts)
    assert.ok(extractClaims('The post spread on social-media sites.', bundled.lexicon)[0].keywords.includes('social'));
  });
  it("so the adviser's account of air-defence missiles is backed", () => {
    const text =
      "Shin Won-sik, South Korea's national security adviser, said on a broadcast program on Friday that Russia had given the North anti-aircraft missiles and related equipment to shore up Pyongyang's weak air defences.";
    assert.equal(judgeIn(bundled, text)?.verdict, 'supported');
  });
});

describe("a record's day and its month", () => {
  it('"arrested on Saturday ... whose plane crashed this month" gives no Friday arrest', () => {
    const f = judgeIn(airliner, "Police arrested the airline's maintenance director on Friday.", '2026-03-23');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /Saturday/);
  });
  it('the day it gives is backed', () => {
    assert.equal(judgeIn(airliner, "Police arrested the airline's maintenance director on Saturday.", '2026-03-23')?.verdict, 'supported');
  });
});

describe('the record that tells the event best dates it', () => {
  it('"began its work on Monday" conflicts with the minister\'s Wednesday, not backed by her Monday visit', () => {
    const f = judgeIn(crush, 'The independent commission began its work on Monday, Benítez said.', '2025-11-30');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /Wednesday/);
  });
  it('her Wednesday is backed', () => {
    assert.equal(
      judgeIn(crush, 'The independent commission began its work on Wednesday, Benítez said.', '2025-11-30')?.verdict,
      'supported',
    );
  });
});

describe('a magnitude said without a number', () => {
  it('"thousands of troops" is a range of soldiers, "hundreds of thousands" with no noun counts nothing', () => {
    const [q] = extractClaims('North Korea has sent thousands of troops to Russia.', bundled.lexicon)[0].quantities;
    assert.deepEqual([q.value, q.valueHi, q.counted, q.vague], [2000, 99999, 'soldiers', true]);
    const none = extractClaims('Both sides field hundreds of thousands, though it may be enough.', bundled.lexicon)[0];
    assert.ok(none.quantities.every((x) => !x.counted));
  });
  it("is backed by a record's figure in its range", () => {
    const text = 'Ukrainian forces have occupied hundreds of square miles of Kursk since their incursion in August.';
    assert.equal(judgeIn(bundled, text)?.verdict, 'supported');
    assert.equal(judgeIn(bundled, 'North Korea has sent thousands of troops to Russia.')?.verdict, 'supported');
  });
  it('is not backed by figures outside it, and contradicts none', () => {
    assert.equal(judgeIn(bundled, 'North Korea has sent tens of thousands of troops to Russia.')?.verdict, 'unsupported');
  });
});

describe('a sum added', () => {
  it('"would add €15 million" is not the €15 million total the €10 million brings the fund to', () => {
    const text = 'Finance Minister Claudia Wenzl said the federal government would add €15 million from its disaster fund.';
    assert.equal(judgeIn(avalanche, text, '2025-02-13')?.verdict, 'conflicting');
  });
  it('the €10 million added, put plainly, is backed', () => {
    const text =
      'Finance Minister Claudia Wenzl said the federal government would put €10 million from its disaster fund into the relief fund, taking it to €15 million.';
    assert.equal(judgeIn(avalanche, text, '2025-02-13')?.verdict, 'supported');
  });
});

describe('a name with letters NFKD leaves whole', () => {
  it('"Gökhan Yalçın" is named as written, not "yalc-n"', () => {
    const text =
      'Hotels in Bodrum and Marmaris burned through roughly 180 million lira of diesel in three days, the head of the South Aegean Hoteliers Association said.';
    const f = judgeIn(blackout, text);
    assert.match(f?.message ?? '', /Gökhan Yalçın/);
    assert.doesNotMatch(f?.message ?? '', /yalc/);
  });
  it('plain letters: "Łódź" is "lodz", "Ørsted" "orsted"', () => {
    assert.equal(plainLower('Łódź'), 'lodz');
    assert.equal(plainLower('Ørsted'), 'orsted');
  });
});

describe("a draft's bracketed conversion", () => {
  it('"6 billion lira ($184 million)" conflicts with the record\'s "($148 million)"', () => {
    const f = judgeIn(blackout, 'The Izmir Chamber of Commerce estimated the cost to businesses at about 6 billion lira ($184 million).');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /\$148 million/);
  });
  it("one that converts as the record's does is no conflict, rounded or of a vaguer figure", () => {
    const text =
      'Ukraine reportedly seized more than 1,300 square kilometres (500 square miles) of Russian land after crossing into Kursk Oblast in early August.';
    assert.equal(judgeIn(bundled, text)?.verdict, 'supported');
    assert.equal(
      judgeIn(blackout, 'The Izmir Chamber of Commerce estimated the cost to businesses at about 6 billion lira ($150 million).')?.verdict,
      'supported',
    );
  });
});
