// Session 12's rules on figures and who gives them, each on sentences of the story libraries (a
// finding and a no-finding case): "in Kyiv's assessment" attributes, several speakers named together
// must each give a figure, troops relocated are moved, a part "of them" in a state, basis and
// percentage points, a person described by an age, a figure dated by one of two days, figures rounded
// to fewer decimals, people never found.
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { extractClaims } from '../server/src/engine/extract/claims';
import { judgeIn, storyLibrary, writtenStory } from './story-library';

const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });

describe('a reckoning opened by "in"', () => {
  it('"in Kyiv\'s assessment" attributes the figure, so an older figure is not called outdated', () => {
    const f = checkText(
      "---\ndate: 2024-11-04\n---\n\nRussia, in Kyiv's assessment, is preparing to throw 12,000 North Korean soldiers into its war.\n",
      bundled,
    ).findings[0];
    assert.equal(f?.verdict, 'supported');
  });
  it("another country's assessment is not Kyiv's", () => {
    assert.equal(
      judgeIn(bundled, "In Seoul's assessment, some 12,000 North Korean soldiers are in Russia.", '2024-11-04')?.verdict,
      'unsupported',
    );
  });
});

describe('troops relocated are troops moved', () => {
  it('"had relocated to the Kursk area" is the move the State Department reported, not an evacuation', () => {
    assert.equal(
      judgeIn(
        bundled,
        'State Department spokesman Vedant Patel said upwards of 10,000 North Korean soldiers had relocated to the Kursk area.',
        '2024-11-13',
      )?.verdict,
      'supported',
    );
  });
  it('an evacuation is still its own measure', () => {
    assert.notEqual(
      judgeIn(
        bundled,
        'State Department spokesman Vedant Patel said 10,000 North Korean soldiers had been evacuated from the Kursk area.',
        '2024-11-13',
      )?.verdict,
      'supported',
    );
  });
});

describe('a part "of them" in a state the data names', () => {
  const { library, remove } = writtenStory([
    { id: 'slide-2025-07-09', date: '2025-07-09', body: 'Four of the injured remained in hospital in Pokhara on Wednesday, police said.' },
    {
      id: 'slide-2025-07-15',
      date: '2025-07-15',
      body: 'Fourteen people were injured, and three of them remain in hospital in Pokhara, the chief district officer said.',
    },
  ]);
  after(remove);
  it('"three of them remain in hospital" is the count in hospital, so the earlier four is outdated', () => {
    assert.equal(judgeIn(library, 'Four of the injured are still in hospital in Pokhara.', '2025-07-16')?.verdict, 'outdated');
  });
  it('the newer figure is supported', () => {
    assert.equal(judgeIn(library, 'Three of the injured are still in hospital in Pokhara.', '2025-07-16')?.verdict, 'supported');
  });
});

describe('a change of a rate in basis points or parts of a percentage point', () => {
  const rates = storyLibrary('ratecut');
  it('"25 basis points" is the source\'s "a quarter of a percentage point"', () => {
    assert.equal(
      judgeIn(rates, 'The Bank of England lowered Bank Rate by 25 basis points to 3.75% on Thursday, Nov. 6.')?.verdict,
      'supported',
    );
  });
  it('"50 basis points" is another cut', () => {
    assert.notEqual(
      judgeIn(rates, 'The Bank of England lowered Bank Rate by 50 basis points to 3.75% on Thursday, Nov. 6.')?.verdict,
      'supported',
    );
  });
  it('"half a percentage point" is read as 0.5 of the unit', () => {
    const lex = rates.lexicon;
    const q = extractClaims('It cut rates by half a percentage point.', lex)[0].quantities;
    assert.deepEqual(
      q.map((x) => [x.value, x.unit]),
      [[0.5, 'pp']],
    );
  });
});

describe('a person described by an age', () => {
  const volcano = storyLibrary('volcano');
  it('"a 54-year-old farmer" for the record\'s 45-year-old farmer in the same event conflicts', () => {
    const f = judgeIn(volcano, 'A 54-year-old farmer was hit by a rock in Nobo while trying to move his cattle.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /farmer's age as 45, not 54/);
  });
  it('the age the record gives is supported', () => {
    assert.equal(judgeIn(volcano, 'A 45-year-old farmer was hit by a rock in Nobo while trying to move his cattle.')?.verdict, 'supported');
  });
});

describe('several speakers for one figure', () => {
  it('"Kyiv and Seoul both say 12,000": only Kyiv\'s is recorded, so only half of it is backed', () => {
    const f = judgeIn(
      bundled,
      'Kyiv and Seoul both say 12,000 North Korean soldiers are getting ready to join Russian troops at the front.',
    );
    assert.equal(f?.verdict, 'unsupported');
    assert.match(f?.message ?? '', /from South Korea/);
  });
  it('one speaker the records give it from is supported', () => {
    assert.equal(
      judgeIn(
        bundled,
        "Ukraine's military intelligence says 12,000 North Korean soldiers are getting ready to join Russian troops at the front.",
      )?.verdict,
      'supported',
    );
  });
});

describe('a figure dated by one of two days', () => {
  it('"reported on Oct. 24 ..., with the first sightings on Oct. 23": the report\'s day dates the figures', () => {
    assert.equal(
      judgeIn(
        bundled,
        'HUR reported on Oct. 24 that North Korea had sent around 12,000 troops, 500 officers and three generals among them, with the first sightings recorded on Oct. 23.',
      )?.verdict,
      'supported',
    );
  });
  it('two days neither of which the records give do not back them', () => {
    assert.notEqual(
      judgeIn(
        bundled,
        'HUR reported on Oct. 28 that North Korea had sent 500 officers and three generals, with the first sightings recorded on Oct. 27.',
      )?.verdict,
      'supported',
    );
  });
});

describe('a figure rounded to fewer decimals', () => {
  const blackout = storyLibrary('blackout');
  it('"about 112 F" is the source\'s 111.6 degrees Fahrenheit rounded', () => {
    assert.equal(
      judgeIn(blackout, 'Temperatures in Manisa climbed to 44.2 C (about 112 F) on the day the lights went out.')?.verdict,
      'supported',
    );
  });
  it('a rate keeps its decimals: "3%" is not a rounded "3.25%"', () => {
    const rates = storyLibrary('ratecut');
    assert.notEqual(judgeIn(rates, 'Tom Ellery said HSBC sees Bank Rate at 3% by the end of 2027.')?.verdict, 'supported');
  });
});

describe('people never found are missing', () => {
  const slide = storyLibrary('landslide');
  it('"seven people never found" is the final seven missing', () => {
    assert.equal(
      judgeIn(slide, 'The final toll stands at 44 dead, with seven people never found, officials said.', '2025-07-16')?.verdict,
      'supported',
    );
  });
  it('the ward chairman\'s "at least nine never found" is his own figure, not the officials\' seven contradicted', () => {
    assert.equal(
      judgeIn(slide, 'Tek Bahadur Pun, the ward chairman, says at least nine villagers were never found, two more than the official count.')
        ?.verdict,
      'supported',
    );
  });
});

describe('a figure a source gave a reporter, told the other way round', () => {
  const draft = (who: string) =>
    `Roughly 2,000 North Korean soldiers are now on the move toward western Russia near the Ukrainian border, ${who}.`;
  it('"a Ukrainian military source told Kyodo News" is "Kyodo News, citing Ukrainian military sources, reported"', () => {
    assert.equal(judgeIn(bundled, draft('a Ukrainian military source told Kyodo News'), '2024-10-24')?.verdict, 'supported');
  });
  it('another source, or another listener, is not the chain the record gives', () => {
    assert.notEqual(judgeIn(bundled, draft('a Russian military source told Kyodo News'), '2024-10-24')?.verdict, 'supported');
    assert.notEqual(judgeIn(bundled, draft('a Ukrainian military source told Reuters'), '2024-10-24')?.verdict, 'supported');
  });
});

describe('a backed figure whose other reports differ only in their day', () => {
  it('says they are for another day, not that the figure differs', () => {
    const f = judgeIn(
      bundled,
      "Some 2,000 North Korean soldiers have finished training in Russia and are being sent west toward the Ukrainian border, Japan's Kyodo News reported on Thursday.",
      '2024-10-25',
    );
    assert.equal(f?.verdict, 'supported');
    assert.match(f.message, /Other records differ: around 2,000 North Korean soldiers \([^)]*\), for another day\)/);
  });
});

describe("a figure the library gives, from a speaker the draft's unknown speaker is not", () => {
  const prison = storyLibrary('prison-escape');
  it('says who gives it, never "no record of this actor giving 41; other sources report 41"', () => {
    const f = judgeIn(prison, 'Police said 41 of the escapees had been recaptured.');
    assert.equal(f?.verdict, 'unsupported');
    assert.match(f.message, /The library records “41” from Senior Commissioner Made Astika .*, not from the actor the draft names/);
  });
  it('another figure still lists what other sources report', () => {
    assert.match(judgeIn(prison, 'Police said 52 of the escapees had been recaptured.')?.message ?? '', /other sources report 41/);
  });
});

describe('an office an article gives unnamed, whose holder it names elsewhere', () => {
  // Newsweek: "..., according to South Korea's national security adviser." then "Shin Won-sik
  // revealed on Friday ...": a draft naming Shin with that office is backed by the first sentence.
  it('"National security adviser Shin Won-sik said ..." is backed', () => {
    const f = judgeIn(
      bundled,
      'National security adviser Shin Won-sik said on Friday that Russia had given North Korea anti-aircraft missiles and related equipment to shore up the weak air defences around Pyongyang.',
      '2024-11-22',
    );
    assert.equal(f?.verdict, 'supported', f?.message);
  });
  it('... but not with an office the library gives no one of that article', () => {
    const f = judgeIn(
      bundled,
      'Defence minister Shin Won-sik said on Friday that Russia had given North Korea anti-aircraft missiles and related equipment.',
      '2024-11-22',
    );
    assert.notEqual(f?.verdict, 'supported', f?.message);
  });
});
