import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import type { Claim } from '../server/src/engine/types';
import { isClaim } from '../server/src/engine/match/verdict';

const lex = loadLexicon();
const claims = (text: string, refDate?: string) => extractClaims(text, lex, { refDate });
const slices = (text: string, cs: Claim[]) => cs.map((c) => text.slice(c.span.start, c.span.end));

const SINGH_1 =
  "On Monday, Deputy Pentagon press secretary Sabrina Singh told reporters that it is likely that roughly 11,000 North Korean troops have entered Russia's Kursk region.";
const SINGH_2 = "The Kursk region, located along Russia's border with Ukraine, was the site of Kyiv's surprise incursion in August.";
const SINGH_3 =
  'Singh added that the North Korean troops are "moving into Kursk for a reason. We have every expectation that they would be engaged in combat operations."';

describe('extractClaims', () => {
  describe('sentences and quotations', () => {
    it('keeps a quotation that runs over a sentence end in one claim with one quote', () => {
      const text = `${SINGH_1} ${SINGH_2} ${SINGH_3}`;
      const cs = claims(text, '2024-11-23');
      assert.deepEqual(slices(text, cs), [SINGH_1, SINGH_2, SINGH_3]);
      const singh = cs[2];
      assert.equal(singh.quotes.length, 1);
      assert.equal(
        singh.quotes[0].text,
        'moving into Kursk for a reason. We have every expectation that they would be engaged in combat operations.',
      );
      assert.equal(text.slice(singh.quotes[0].span.start, singh.quotes[0].span.end), SINGH_3.slice(SINGH_3.indexOf('"')));
      assert.equal(singh.actors[0]?.person, 'singh');
      assert.deepEqual(
        cs.map((c) => c.index),
        [0, 1, 2],
      );
    });

    it('keeps the quoted speaker in the claim of a curly quotation with commas and dashes', () => {
      const s =
        '“It’s no longer regional, it’s no longer just European – it is a global conflict, and it affects everybody,” Landsbergis said.';
      const cs = claims(`${s} Moscow did not reply.`);
      assert.equal(cs.length, 2);
      assert.equal(cs[0].quotes.length, 1);
      assert.equal(cs[0].actors[0]?.person, 'landsbergis');
      assert.equal(cs[1].quotes.length, 0);
    });

    it('does not join sentences around a quotation that closes within its sentence', () => {
      const text = 'Putin said his country is “in contact” with Pyongyang. North Korean troops were seen in Kursk.';
      const cs = claims(text);
      assert.equal(cs.length, 2);
      assert.deepEqual(
        cs[0].quotes.map((q) => q.text),
        ['in contact'],
      );
    });

    it('splits before a sentence that starts with an emoji', () => {
      const text = 'Kirby said at least 3,000 North Korean soldiers had arrived. 👍 Putin said nothing about it.';
      const cs = claims(text);
      assert.equal(cs.length, 2, JSON.stringify(slices(text, cs)));
      assert.equal(cs[0].actors[0]?.person, 'kirby');
      assert.equal(cs[1].actors[0]?.person, 'putin');
    });
  });

  describe('hedges', () => {
    it('marks speculation, uncertainty, opinion and editorial notes', () => {
      assert.equal(claims('The deployment could prove to be a turning point for the war.')[0].hedged, 'speculation');
      assert.equal(
        claims(
          'Ukraine had repeatedly warned that warming relations between Russia and North Korea could see Pyongyang take a more direct role in the war in Ukraine.',
        )[0].hedged,
        'speculation',
      );
      assert.equal(claims('It is unclear whether the North Korean soldiers have entered combat.')[0].hedged, 'uncertainty');
      assert.equal(claims('In our view, the deployment is a dangerous gamble for Pyongyang.')[0].hedged, 'opinion');
      assert.equal(claims('Read also: Russians advance near Kurakhove and Toretsk.')[0].hedged, 'editorial');
    });
    it('"It is not yet known ...", "No more details are available ...", "... does not appear to have been established": what no one can yet tell', () => {
      assert.equal(
        claims('It is not yet known how many other buildings in Turkey carry floors they were never designed for.')[0].hedged,
        'uncertainty',
      );
      assert.equal(
        claims('No more details are available on who the wounded North Korean soldier is or what rank he holds.')[0].hedged,
        'uncertainty',
      );
      assert.equal(
        claims('How many of them have already reached western Russia does not appear to have been established.')[0].hedged,
        'uncertainty',
      );
      // ... but a named speaker's quoted words after a doubt are theirs to check.
      assert.equal(
        claims(
          "Kirby said it was not yet known whether the soldiers would fight, 'but this is certainly a highly concerning possibility.'",
        )[0].hedged,
        undefined,
      );
      assert.equal(claims('Police said the details of the arrests were published on Friday.')[0].hedged, undefined);
    });
    it("what ought to be done, said by no one, is the writer's view; a condition or a quoted order is not", () => {
      assert.equal(claims('Turkey must stop treating zoning amnesties as a way to raise money.')[0].hedged, 'opinion');
      assert.equal(claims('Paying a water bill should not require an act of faith.')[0].hedged, 'opinion');
      // ("should North Korean forces join": a condition; "said residents must leave": a report.)
      assert.equal(
        claims("The Pentagon will not restrict Ukraine's use of American weapons should North Korean forces join the fighting.")[0].hedged,
        undefined,
      );
      assert.equal(claims('The governor said residents must leave the valley.')[0].hedged, undefined);
    });
    it('"For the people of Beira, ..." frames how it feels to them: a view; "For the first time, ..." does not', () => {
      assert.equal(claims('For the people of Beira, the night the cyclone came ashore will not soon be forgotten.')[0].hedged, 'opinion');
      assert.equal(claims('For the first time, Pyongyang has acknowledged sending troops to Russia.')[0].hedged, undefined);
    });
    it('a summing-up ("Few disasters expose ...", "It was a bruising morning for ...") is a view; "Few of the 40 ..." with a figure is not', () => {
      assert.equal(claims("Few policymakers would envy the governor's position.")[0].hedged, 'opinion');
      assert.equal(claims("It was a bruising morning for India's young private space industry.")[0].hedged, 'opinion');
      assert.equal(claims('The spill raises uncomfortable questions about how Chile polices its chemical plants.')[0].hedged, 'opinion');
      assert.equal(claims('Few of the 40 passengers were wearing life jackets, the coast guard said.')[0].hedged, undefined);
      assert.equal(claims('Expect more rallies outside city hall before the spring is out.')[0].hedged, 'opinion');
      assert.equal(claims('Whether the ministry and city hall can stop trading blame is another matter.')[0].hedged, 'opinion');
      // (A judgement with an adverb of degree: "was woefully inadequate".)
      assert.equal(claims("The city's response to the flood was woefully inadequate.")[0].hedged, 'opinion');
    });

    it('does not hedge a plain report, nor one whose hedge is inside the quoted words', () => {
      assert.equal(
        claims('North Korean troops have been deployed to a new Russian frontline region, a Ukrainian official said Friday.')[0].hedged,
        undefined,
      );
      assert.equal(claims('Singh said the troops "could be engaged in combat operations."')[0].hedged, undefined);
      assert.equal(claims(SINGH_3)[0].hedged, undefined, '"would be engaged" is inside the quotation');
    });
  });

  describe('tense and recency', () => {
    it('"now" makes a figure current, "At most" makes it past', () => {
      const now = claims('Ukraine now controls approximately 800 square kilometres of the Kursk region.')[0];
      assert.equal(now.tense, 'present');
      assert.equal(now.recency, 1);
      const past = claims('At most, Ukraine controlled about 1,376 square kilometres of the Kursk region.')[0];
      assert.equal(past.tense, 'past');
      assert.equal(past.recency, -1);
      const plain = claims('North Korean soldiers were observed in the Kursk region.')[0];
      assert.equal(plain.tense, 'past');
      assert.equal(plain.recency, 0);
    });
  });

  describe('Markdown', () => {
    const text =
      '> According to Ukraine’s military intelligence, there are approximately **12,000** North Korean soldiers deployed in [Russia](https://example.com/russia "Russia"), including _500_ military officers.[^1] They are undergoing training at five camps in Russia’s Far East region.\n\n[^1]: HUR Telegram channel.\n';

    it('keeps emphasis, links and footnote markers inside one claim', () => {
      const cs = claims(text);
      const first = cs[0];
      const slice = text.slice(first.span.start, first.span.end);
      assert.ok(slice.startsWith('According to'), slice);
      assert.ok(slice.endsWith('military officers.'), slice);
      assert.equal(cs[1].text, 'They are undergoing training at five camps in Russia’s Far East region.');
      for (const mark of ['**', '](', 'https://', '[^1]', '_500_']) assert.ok(!first.text.includes(mark), `${mark} in ${first.text}`);
    });

    it('reads the figures and places through the markup', () => {
      const first = claims(text)[0];
      assert.deepEqual(
        first.quantities.map((q) => [q.value, q.counted, q.nationality]),
        [
          [12000, 'soldiers', 'north-korea'],
          [500, 'officers', 'north-korea'],
        ],
      );
      assert.ok(
        first.places.some((p) => p.id === 'russia'),
        JSON.stringify(first.places),
      );
      assert.deepEqual(
        first.actors.map((a) => a.orgs),
        [['hur']],
      );
    });

    it('takes no figure from a fenced code block', () => {
      const cs = claims('```\n12,000 North Korean soldiers\n```\n');
      assert.deepEqual(
        cs.flatMap((c) => c.quantities),
        [],
      );
    });
  });

  describe('exact UTF-16 spans', () => {
    const s1 = 'Ukraine’s military intelligence said the troops had been seen in Kursk on Wednesday.';
    const s2 = 'Kirby said at least 3,000 North Korean soldiers had arrived in eastern Russia.';
    const text = `# 🚨 Update\r\n\r\n🔥 ${s1}\r\n${s2}\r\n`;

    it('gives claim spans that slice back to the sentences (CRLF, emoji before the sentence)', () => {
      const cs = claims(text, '2024-10-24');
      const got = slices(text, cs).map((x) => x.replace(/^\p{Extended_Pictographic}\s*/u, ''));
      assert.ok(got.includes(s1), JSON.stringify(got));
      assert.ok(got.includes(s2), JSON.stringify(got));
      for (const c of cs) {
        const sl = text.slice(c.span.start, c.span.end);
        assert.equal(sl, sl.trim(), 'no surrounding whitespace or \\r');
        assert.ok(!sl.includes('\n'));
      }
    });

    it('gives element spans that slice back to the words', () => {
      const cs = claims(text, '2024-10-24');
      const a = cs.find((c) => c.text.endsWith(s1))!;
      const b = cs.find((c) => c.text === s2)!;
      assert.ok(a && b);
      assert.equal(text.slice(a.times[0].span.start, a.times[0].span.end), 'Wednesday');
      assert.equal(a.times[0].start, '2024-10-23');
      assert.equal(text.slice(a.actors[0].span.start, a.actors[0].span.end), 'Ukraine’s military intelligence');
      assert.equal(text.slice(a.places[0].span.start, a.places[0].span.end), 'Kursk');
      assert.equal(text.slice(b.quantities[0].span.start, b.quantities[0].span.end), 'at least 3,000 North Korean soldiers');
      assert.equal(text.slice(b.places[0].span.start, b.places[0].span.end), 'eastern Russia');
    });

    it('offsets count the emoji as two UTF-16 units', () => {
      const t = `😀 ${s2}`;
      const c = claims(t)[0];
      const q = c.quantities[0];
      assert.equal(q.span.start, t.indexOf('at least'));
      assert.equal(t.indexOf('at least'), 3 + s2.indexOf('at least'));
    });
  });

  describe('no claim', () => {
    it('returns nothing for empty or whitespace-only text', () => {
      assert.deepEqual(claims(''), []);
      assert.deepEqual(claims('\r\n\r\n   \r\n'), []);
    });

    it('returns claims without elements for a sentence naming nothing', () => {
      const c = claims('It was a long day.')[0];
      assert.deepEqual([c.quantities, c.places, c.times, c.actors, c.quotes, c.entities], [[], [], [], [], [], []]);
    });
  });

  describe('said by someone the data cannot name', () => {
    // ("Pell's lawyer said", "the interior minister said": an attribution, which POLICY makes a
    // claim, though the speaker is no one the data can name.)
    it('is a claim', () => {
      const c = claims("Pell's lawyer said his client would plead guilty.")[0];
      assert.deepEqual([c.actors, c.saying, isClaim(c)], [[], true, true]);
      assert.equal(isClaim(claims('The interior minister said the government would ban standing areas in all stadiums.')[0]), true);
    });
    it("the speaker's words say who, not what happened", () => {
      const [c] = claims('Mwenda was taken to hospital on Saturday with a heart problem, his lawyer said.');
      assert.equal(c.saying, true);
      assert.ok(!c.keywords.some((k) => k.startsWith('lawyer')), c.keywords.join(' '));
      assert.ok(c.keywords.some((k) => k.startsWith('hospital')));
    });
    it('is not when no one says it, or saying is what no one can do', () => {
      assert.equal(isClaim(claims('Nobody can say how many cases have gone unreported.')[0]), false);
      assert.equal(claims('Singh said the troops were in Kursk.')[0].saying, undefined);
    });
  });
});
