// The kinds of failure seen on real news language (issue: verdicts that hold on real news), each
// with a sentence from the real-news sets or the bundled sources' own wording, and a case where
// the rule must not fire. Checked against the bundled library.
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';

const library = loadLibrary({ folders: [], bundled: true });
const check = (text: string, date?: string) => checkText(`${date ? `---\ndate: ${date}\n---\n\n` : ''}${text}\n`, library).findings[0];
const verdict = (text: string, date?: string) => check(text, date)?.verdict ?? 'none';
const lex = loadLexicon();
const times = (text: string, ref?: string) => extractClaims(text, lex, { refDate: ref })[0].times;

describe('verdicts on real news language', () => {
  describe('claims without a figure, said in other words', () => {
    it('a contrast ("Western countries, not Russia") is no denial: supported', () => {
      assert.equal(verdict('Putin argued that it is Western countries, not Russia, that have escalated the situation.'), 'supported');
    });
    it('saying the opposite of the same speaker is still a conflict', () => {
      assert.equal(verdict('Putin said Russia had escalated the conflict in Ukraine.'), 'conflicting');
    });
  });

  describe('where a statement was made is not where the event was', () => {
    it('"Putin told the closing press conference in Kazan" that troops were cut off in Kursk: supported', () => {
      assert.equal(
        verdict(
          "About 2,000 Ukrainian soldiers have been cut off in the Kursk region and the Russian military is now liquidating the group, Putin told the summit's closing press conference in Kazan.",
        ),
        'supported',
      );
    });
    it('a venue the record names otherwise is still a conflict (heldout H014)', () => {
      assert.equal(
        verdict(
          '“We have never doubted that the North Korean leadership takes our agreements seriously,” Putin told a press conference in Moscow.',
        ),
        'conflicting',
      );
    });
  });

  describe('time in the words reporters use', () => {
    it('a weekday that disagrees with its date is the draft’s own error', () => {
      const f = check(
        'On Tuesday, 23 October, Kirby said at least 3,000 North Korean soldiers had arrived in eastern Russia.',
        '2024-10-30',
      );
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f.message, /23 October 2024 was a Wednesday, not a Tuesday/);
    });
    it('a weekday that agrees with its date is checked as usual', () => {
      assert.equal(
        verdict('On Wednesday, 23 October, Kirby said at least 3,000 North Korean soldiers had arrived in eastern Russia.', '2024-10-30'),
        'supported',
      );
    });
    it('"by Oct. 24" is on or before that day', () => {
      // real-news.jsonl R009, its draft dated 28 October.
      assert.equal(
        verdict('By Oct. 24, HUR was already reporting that the first North Korean units had arrived in Kursk Oblast.', '2024-10-28'),
        'supported',
      );
      assert.equal(
        verdict('By Oct. 20, HUR was already reporting that the first North Korean units had arrived in Kursk Oblast.', '2024-10-28'),
        'conflicting',
      );
      assert.deepEqual(
        times('By Nov. 2, HUR said so.', '2024-11-05').map((t) => [t.kind, t.end]),
        [['range', '2024-11-02']],
      );
    });
    it('"last Wednesday" written on a Wednesday is a week before; "last Monday" the Monday just past', () => {
      assert.equal(times('Kirby said last Wednesday that troops arrived.', '2024-10-30')[0].start, '2024-10-23');
      assert.equal(times('Kirby said last Monday that troops arrived.', '2024-10-30')[0].start, '2024-10-28');
    });
    it('"the day before" counts from the date the sentence names, "the previous day" from the draft’s', () => {
      assert.deepEqual(
        times('On Monday, June 9, police said nine people had been arrested the day before.', '2025-06-12').map((t) => t.start),
        ['2025-06-09', '2025-06-08'],
      );
      assert.equal(times('The previous day, HUR said so.', '2024-10-30')[0].start, '2024-10-29');
    });
    it('"on the 3rd" is a day of the draft’s month; "over the next six months" a period, not a date', () => {
      assert.equal(times('On the 3rd, HUR said so.', '2024-10-30')[0].start, '2024-10-03');
      const t = times('Over the next six months, 3,000 more will arrive.', '2024-10-30')[0];
      assert.deepEqual([t.kind, t.start], ['range', '2024-10-30']);
    });
  });

  describe('time-scoped figures', () => {
    it('another actor’s figure for a moving measure is not a contradiction (unsupported)', () => {
      assert.equal(verdict('NIS officials estimated that about 11,000 North Korean soldiers had been shifted to Kursk.'), 'unsupported');
      assert.equal(verdict('Zelensky has floated a figure as high as 15,000 North Korean troops.'), 'unsupported');
    });
    it('the same actor’s report with another figure is', () => {
      assert.equal(verdict('HUR said at least 20,000 North Korean soldiers were deployed to Russia.'), 'conflicting');
    });
    it('a capacity reported by a source is not the amount delivered: unsupported, not conflicting (real-news R073)', () => {
      assert.equal(
        verdict(
          'Those containers could have held more than 6 million artillery shells, according to a South Korean military intelligence report.',
        ),
        'unsupported',
      );
    });
    it('an unattributed capacity is speculation: no finding', () => {
      assert.equal(verdict('Those containers could have held more than 6 million artillery shells.'), 'none');
    });
    it('an unattributed figure the library gives for something else is unsupported, not a conflict with another count', () => {
      // Kirby's 3,000 were in eastern Russia; HUR's 12,000 are in Russia as a whole.
      assert.equal(verdict('Roughly 3,000 North Korean troops have already been shifted to Kursk Oblast.'), 'unsupported');
    });
    it('an unattributed figure the library has nowhere still conflicts with the count', () => {
      assert.equal(verdict('Roughly 30,000 North Korean troops have been deployed to Russia.'), 'conflicting');
    });
    it('unnamed officials of a country speak for its sources', () => {
      assert.equal(verdict('On Thursday, Ukrainian officials said as many as 12,000 North Korean troops were now in Russia.'), 'supported');
    });
  });

  describe("a vaguer figure holding the record's", () => {
    it('"more than 10,000 containers" for the record\'s "at least 11,000 containers": supported', () => {
      assert.equal(verdict('Pyongyang has shipped more than 10,000 containers of ammunition to Russia.'), 'supported');
    });
    it('"an estimated 10,000 to 12,000 soldiers" in Kursk holds "roughly 11,000": supported', () => {
      assert.equal(verdict('North Korea had sent an estimated 10,000 to 12,000 soldiers to the Kursk region.'), 'supported');
    });
    it('a bound far below the figure says too little: "more than 1,000 containers" is not backed', () => {
      assert.notEqual(verdict('Pyongyang has shipped more than 1,000 containers of ammunition to Russia.'), 'supported');
    });
    it("a held figure on another day is no conflict over the day (it may be another moment's)", () => {
      assert.notEqual(
        verdict(
          "The Pentagon said on Monday that over 10,000 North Korean troops are now in Kursk helping Moscow's war effort.",
          '2024-11-05',
        ),
        'conflicting',
      );
    });
  });

  describe('speculation, opinion and rhetoric give no finding', () => {
    for (const text of [
      "Just how the North Korean soldiers will fit into Russia's Kursk counterattack is still not clear.",
      "Whatever way you look at it, Kim's decision to send soldiers to fight for Russia is bad news for Kyiv.",
      "Yang Uk, a defense expert at Seoul's Asan Institute, expects the North Korean soldiers to be used in defensive operations.",
      'North Korea seems set to send more troops to Russia.',
      "It is hard to imagine a clearer warning about Pyongyang's ties with Moscow.",
      "Kim's bet on Russia deserves a hard second look.",
    ])
      it(text.slice(0, 60), () => assert.equal(verdict(text), 'none'));
    it('a hedge in a relative clause leaves the claim: "soldiers in Russia who may be sent to fight"', () => {
      assert.equal(
        verdict(
          'The U.S. has identified at least 3,000 North Korean soldiers in Russia who may be sent to fight Ukraine, said John Kirby.',
        ),
        'supported',
      );
    });
    it('a figure a commentator gives is still a claim', () => {
      assert.equal(
        verdict('Finnish defence analyst Emil Kastehelmi said 8,000 North Korean soldiers were in the Kursk region.'),
        'unsupported',
      );
    });
  });

  describe('messages', () => {
    it('a conflict says what the source says', () => {
      assert.match(
        check('HUR said at least 20,000 North Korean soldiers were deployed to Russia.').message,
        /gives “approximately 12,000 North Korean soldiers”/,
      );
    });
    it('a speaker’s phrase never runs into the sentence', () => {
      const a = extractClaims(
        "On Monday, a North Korean representative at the UN dismissed Seoul's claims that Pyongyang had sent troops to Russia as a groundless rumour.",
        lex,
      )[0].actors[0];
      assert.equal(a.text, 'North Korean representative at the UN');
    });
    it('a time conflict in the same words names the days ("Monday, 2024-11-04", never "Monday, not Monday")', () => {
      const m =
        check('Pentagon spokeswoman Sabrina Singh said on Monday that roughly 11,000 North Korean troops had entered Kursk.', '2024-11-05')
          ?.message ?? '';
      assert.doesNotMatch(m, /“Monday”, not “Monday”/);
    });
    it('an unsupported figure the library has elsewhere never reads "no source gives X; nearest: X"', () => {
      const m = check('NIS officials estimated that about 11,000 North Korean soldiers had been shifted to Kursk.').message;
      assert.doesNotMatch(m, /No source record gives “about 11,000[^;]*; nearest: [^;]*11,000/);
    });
  });
});
