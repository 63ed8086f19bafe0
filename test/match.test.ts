import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import type { Aspect, Finding, Relation, Verdict } from '../server/src/engine/types';

// End to end: new draft sentences (paraphrases and variations of the bundled sources, written for
// these tests) judged against the bundled library.
const lib = loadLibrary({ folders: [], bundled: true });
const files = new Map(lib.sources.map((s) => [s.meta.id, s.text]));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The draft text of one sentence, with front matter when dated. */
const draft = (sentence: string, date?: string) => (date ? `---\ndate: ${date}\n---\n${sentence}` : sentence);

/** Checks the evidence of a finding: known sources, excerpts that occur in the source files. */
function checkEvidence(f: Finding): void {
  for (const e of f.evidence) {
    const file = files.get(e.source);
    assert.ok(file, `unknown source ${e.source}`);
    assert.ok(e.recordId.startsWith(`${e.source}#`), e.recordId);
    assert.ok(e.excerpt.length > 0);
    assert.ok(norm(file).includes(e.excerpt), `excerpt not in ${e.source}: ${e.excerpt}`);
    assert.equal(norm(file.slice(e.span.start, e.span.end)), e.excerpt);
  }
}

/** The single finding of a one-sentence draft; its span must slice back to the sentence. */
function judge(sentence: string, date?: string): Finding | undefined {
  const text = draft(sentence, date);
  const r = checkText(text, lib);
  assert.equal(r.date, date);
  assert.ok(r.findings.length <= 1, `more than one finding: ${JSON.stringify(r.findings.map((f) => f.claim))}`);
  const f = r.findings[0];
  if (f) {
    assert.equal(text.slice(f.span.start, f.span.end), sentence);
    checkEvidence(f);
  }
  return f;
}
function finding(sentence: string, verdict: Verdict, date?: string): Finding {
  const f = judge(sentence, date);
  assert.ok(f, `no finding for ${JSON.stringify(sentence)}`);
  assert.equal(f.verdict, verdict, `${sentence}\n${f.message}`);
  return f;
}
/** Some evidence of the relation from the source, with an excerpt containing the words. */
function cites(f: Finding, relation: Relation, source: string, words: string): void {
  assert.ok(
    f.evidence.some((e) => e.relation === relation && e.source === source && e.excerpt.includes(words)),
    `no ${relation} evidence from ${source} with “${words}”: ${JSON.stringify(f.evidence.map((e) => [e.relation, e.recordId, e.excerpt.slice(0, 60)]))}`,
  );
}
const hasAspect = (f: Finding, a: Aspect) =>
  assert.ok(f.aspects.includes(a), `aspect ${a} not in ${JSON.stringify(f.aspects)}: ${f.message}`);
/** The draft words a replacement would replace. */
function replaces(f: Finding, sentence: string, date: string | undefined, drafted: string, by: string): void {
  assert.ok(f.replacement, `no replacement: ${f.message}`);
  assert.equal(draft(sentence, date).slice(f.replacement.span.start, f.replacement.span.end), drafted);
  assert.ok(f.replacement.text.includes(by), `replacement ${f.replacement.text} lacks ${by}`);
}

describe('checkText against the bundled library', () => {
  it('loads the five bundled sources without problems', () => {
    assert.deepEqual([...files.keys()].sort(), [
      'border-zone-2024-10-24',
      'cnn-2024-10-24',
      'kursk-combat-2024-11-13',
      'newsweek-2024-11-23',
      'viewus-2024-10-25',
    ]);
    assert.deepEqual(lib.problems, []);
  });

  describe('supported', () => {
    it('a paraphrase with the number in words ("some twelve thousand")', () => {
      const f = finding(
        "Ukraine's Defense Intelligence Agency says some twelve thousand North Korean soldiers have been sent to Russia.",
        'supported',
      );
      assert.ok(f.evidence.every((e) => e.relation === 'supports'));
      assert.ok(
        f.evidence.some(
          (e) => /12,000 North Korean soldiers/.test(e.excerpt) && ['border-zone-2024-10-24', 'cnn-2024-10-24'].includes(e.source),
        ),
      );
    });

    it('the right speaker, figure and weekday', () => {
      const f = finding(
        "Sabrina Singh told reporters on Monday that roughly 11,000 North Korean troops had entered Russia's Kursk region.",
        'supported',
      );
      cites(f, 'supports', 'newsweek-2024-11-23', 'roughly 11,000 North Korean troops');
    });

    it('another qualifier of the same direction ("more than" for "at least") and the same "since"', () => {
      const f = finding('Since 2023, North Korea has delivered more than 11,000 containers of ammunition to Russia.', 'supported');
      cites(f, 'supports', 'kursk-combat-2024-11-13', 'at least 11,000 containers');
    });

    it('square miles for the square kilometres the source gives (309 mi² ≈ 800 km²)', () => {
      const f = finding(
        'A senior Ukrainian military source told Reuters that Ukraine still holds roughly 309 square miles of Kursk.',
        'supported',
      );
      cites(f, 'supports', 'newsweek-2024-11-23', '800 square kilometres');
    });

    it('an event with its place and weekday', () => {
      const f = finding('Ukraine’s military intelligence said North Korean troops had been spotted in Kursk on Wednesday.', 'supported');
      assert.ok(f.evidence.some((e) => e.relation === 'supports' && e.source === 'cnn-2024-10-24'));
    });

    it('an event attributed with "according to HUR"', () => {
      const f = finding('According to HUR, North Korean troops were spotted in the Kursk region on Wednesday.', 'supported');
      assert.ok(f.evidence.some((e) => e.relation === 'supports'));
    });
  });

  describe('conflicting figures', () => {
    it('a changed count', () => {
      const s = "Ukraine's military intelligence reported that approximately 14,000 North Korean soldiers are stationed in Russia.";
      const f = finding(s, 'conflicting');
      assert.deepEqual(f.aspects, ['count']);
      replaces(f, s, undefined, 'approximately 14,000 North Korean soldiers', '12,000');
      cites(f, 'conflicts', 'border-zone-2024-10-24', 'approximately 12,000 North Korean soldiers');
    });

    it('a changed count from a named official', () => {
      const f = finding(
        'Sabrina Singh of the Pentagon told reporters roughly 9,000 North Korean troops had entered the Kursk region.',
        'conflicting',
      );
      assert.deepEqual(f.aspects, ['count']);
      cites(f, 'conflicts', 'newsweek-2024-11-23', 'roughly 11,000 North Korean troops');
    });

    it('a flipped qualifier: "no more than" for "at least"', () => {
      const s = 'John Kirby of the National Security Council said no more than 3,000 North Korean soldiers had reached eastern Russia.';
      const f = finding(s, 'conflicting');
      assert.deepEqual(f.aspects, ['qualifier']);
      replaces(f, s, undefined, 'no more than 3,000 North Korean soldiers', 'at least 3,000');
      assert.ok(f.evidence.some((e) => e.relation === 'conflicts' && /John Kirby/.test(e.excerpt)));
    });

    it('a flipped qualifier on a thing counted: "up to" for "at least" containers', () => {
      const f = finding('Since 2023, North Korea has delivered up to 11,000 containers of ammunition to Russia.', 'conflicting');
      assert.deepEqual(f.aspects, ['qualifier']);
      cites(f, 'conflicts', 'kursk-combat-2024-11-13', 'at least 11,000 containers');
    });

    it('a flipped qualifier told with few of the record\'s words, unattributed: "up to 3,000" soldiers sent for "at least 3,000" arrived', () => {
      const f = finding(
        'Reports say up to 3,000 North Korean troops are being trained in Russia, to fight alongside Russian forces.',
        'conflicting',
      );
      assert.deepEqual(f.aspects, ['qualifier']);
      // ... but not a number with its qualifier turned round in a sentence about something else.
      const g = checkText(draft('Up to 3,000 people marched through central Seoul on Saturday, police said.'), lib).findings[0];
      assert.notEqual(g?.verdict, 'conflicting', g?.message);
    });

    it('a figure is its own clause\'s speaker\'s: "Ryder said about 10,000, while Ukrainian intelligence put it at 12,000"', () => {
      const f = checkText(
        draft(
          'Pentagon spokesman Pat Ryder said North Korea had sent about 10,000 soldiers in all to train in eastern Russia, while Ukrainian intelligence put the number as high as 12,000.',
          '2024-10-30',
        ),
        lib,
      ).findings[0];
      // Ryder's 10,000 is no figure of Ukrainian intelligence's to contradict.
      assert.notEqual(f?.verdict, 'conflicting', f?.message);
      // ... and Ukrainian intelligence's own figure, in its own clause, still conflicts with its record.
      const g = checkText(
        draft(
          "Pentagon spokesman Pat Ryder said the troops were training in eastern Russia, while Ukraine's military intelligence said about 9,000 North Korean soldiers were deployed in Russia.",
          '2024-10-30',
        ),
        lib,
      ).findings[0];
      assert.equal(g?.verdict, 'conflicting', g?.message);
    });

    it('"a Ukrainian military official" is any of Ukraine\'s voices, as "Ukrainian officials" are; a named office is not', () => {
      const s = (who: string) =>
        checkText(draft(`${who} said Kyiv's forces had held about 1,376 square kilometres of Kursk at their peak.`, '2024-11-24'), lib)
          .findings[0];
      assert.equal(s('A Ukrainian military official')?.verdict, 'supported', s('A Ukrainian military official')?.message);
      assert.notEqual(s("Ukraine's foreign minister")?.verdict, 'supported', s("Ukraine's foreign minister")?.message);
    });

    it('two figures in one sentence, one of them wrong (generals)', () => {
      const s =
        "Ukraine's military intelligence says roughly 12,000 North Korean troops are in Russia, among them 500 officers and two generals.";
      const f = finding(s, 'conflicting');
      assert.deepEqual(f.aspects, ['count']);
      replaces(f, s, undefined, 'two generals', 'three');
      // The right figure is still shown as backed.
      assert.ok(f.evidence.some((e) => e.relation === 'supports' || (e.relation === 'conflicts' && /12,000/.test(e.excerpt))));
    });

    it('two figures in one sentence, one of them wrong (camps)', () => {
      const s =
        "Ukraine's military intelligence said approximately 12,000 North Korean soldiers are training at seven camps in Russia's Far East.";
      const f = finding(s, 'conflicting');
      assert.deepEqual(f.aspects, ['count']);
      replaces(f, s, undefined, 'seven camps', 'five');
      assert.ok(
        f.evidence.some((e) => e.relation === 'supports' && /12,000/.test(e.excerpt)),
        'the 12,000 is backed',
      );
    });

    it('the same figure placed elsewhere: Kirby’s 3,000 were in eastern Russia, not Kursk', () => {
      const f = finding('John Kirby told reporters that at least 3,000 North Korean soldiers had reached the Kursk region.', 'conflicting');
      assert.deepEqual(f.aspects, ['place']);
      assert.ok(f.evidence.some((e) => e.relation === 'conflicts' && /eastern Russia/.test(e.excerpt)));
    });
  });

  describe('units', () => {
    it('"800 square miles" where the source has 800 square kilometres: the unit is swapped', () => {
      const s = 'A senior Ukrainian military source told Reuters that Ukraine still holds roughly 800 square miles of Kursk.';
      const f = finding(s, 'conflicting');
      cites(f, 'conflicts', 'newsweek-2024-11-23', 'approximately 800 square kilometres');
      hasAspect(f, 'unit');
      replaces(f, s, undefined, 'roughly 800 square miles', '800 square kilometres');
    });

    it('a smaller area for the same speaker, place and time ("now") is another count', () => {
      const s = 'A senior Ukrainian military source told Reuters that Ukraine now controls approximately 500 square kilometres of Kursk.';
      const f = finding(s, 'conflicting');
      assert.deepEqual(f.aspects, ['count']);
      cites(f, 'conflicts', 'newsweek-2024-11-23', 'approximately 800 square kilometres');
    });
  });

  describe('time', () => {
    it('a wrong weekday in an undated draft', () => {
      const f = finding(
        'Sabrina Singh told reporters on Thursday that roughly 11,000 North Korean troops had entered Russia’s Kursk region.',
        'conflicting',
      );
      assert.deepEqual(f.aspects, ['time']);
      cites(f, 'conflicts', 'newsweek-2024-11-23', 'On Monday');
    });

    it('a weekday in a dated draft resolves to a date: the Wednesday of 2024-10-31 is not Kirby’s', () => {
      const s = 'On Wednesday, NSC spokesman John Kirby said at least 3,000 North Korean soldiers had reached eastern Russia.';
      const late = finding(s, 'conflicting', '2024-10-31');
      assert.deepEqual(late.aspects, ['time']);
      cites(late, 'conflicts', 'border-zone-2024-10-24', 'On Wednesday, John Kirby');
      const right = finding(s, 'supported', '2024-10-26');
      assert.ok(right.evidence.some((e) => e.relation === 'supports' && /John Kirby/.test(e.excerpt)));
    });

    it('a wrong statement date and a wrong "since" year', () => {
      assert.deepEqual(
        finding('Vedant Patel said on 13 November that over 10,000 North Korean troops had moved to Kursk.', 'conflicting').aspects,
        ['time'],
      );
      finding('Vedant Patel said on 12 November that over 10,000 North Korean troops had moved to Kursk.', 'supported');
      assert.deepEqual(
        finding('Since 2021, North Korea has delivered at least 11,000 containers of ammunition to Russia.', 'conflicting').aspects,
        ['time'],
      );
    });
  });

  describe('quotations', () => {
    it('exact quoted words from the right speaker', () => {
      const f = finding('Putin said: “We will see how the situation unfolds.”', 'supported');
      assert.deepEqual(f.aspects, ['quote']);
      cites(f, 'supports', 'border-zone-2024-10-24', 'We will see how the situation unfolds');
    });

    it('one word changed inside the quote', () => {
      const f = finding('Putin said: “We will see how the conflict unfolds.”', 'conflicting');
      assert.deepEqual(f.aspects, ['quote']);
      assert.deepEqual(f.quoteDiff, { draft: 'conflict', source: 'situation' });
      cites(f, 'conflicts', 'border-zone-2024-10-24', 'situation unfolds');
    });

    it('the last word of the quote changed', () => {
      const f = finding('Singh said the troops were "moving into Kursk for a purpose."', 'conflicting');
      assert.deepEqual(f.aspects, ['quote']);
      assert.deepEqual(f.quoteDiff, { draft: 'purpose', source: 'reason' });
    });

    it('the right words from the wrong speaker', () => {
      const a = finding('Budanov said: “We will see how the situation unfolds.”', 'conflicting');
      hasAspect(a, 'actor');
      cites(a, 'conflicts', 'border-zone-2024-10-24', 'Putin added');
      const b = finding('Zelensky told reporters the troops were "moving into Kursk for a reason."', 'conflicting');
      hasAspect(b, 'actor');
      cites(b, 'conflicts', 'newsweek-2024-11-23', 'moving into Kursk for a reason');
    });
  });

  describe('actors', () => {
    it('a figure from an actor the library does not know is unsupported, with other sources as context', () => {
      const f = finding(
        'Finnish defence analyst Emil Kastehelmi said 8,000 North Korean soldiers were in the Kursk region.',
        'unsupported',
      );
      assert.ok(!f.evidence.some((e) => e.relation !== 'context'), JSON.stringify(f.evidence.map((e) => e.relation)));
    });

    it('the right person with the wrong office', () => {
      const f = finding(
        'State Department spokesperson Sabrina Singh said about 11,000 North Korean troops had entered the Kursk region.',
        'conflicting',
      );
      assert.deepEqual(f.aspects, ['actor']);
      cites(f, 'conflicts', 'newsweek-2024-11-23', 'Deputy Pentagon press secretary Sabrina Singh');
    });

    it('the right quote with the wrong office (Singh is Pentagon, not Ukrainian intelligence)', () => {
      const f = finding(
        'Ukrainian military intelligence spokesperson Sabrina Singh said there is “evidence that DPRK troops have gone into Russia”.',
        'conflicting',
      );
      hasAspect(f, 'actor');
    });
  });

  describe('measures that must not be mixed', () => {
    it('Russian troops in Kursk are compared with Russian troops, not with North Korean soldiers', () => {
      const s = 'Some 12,000 Russian troops are defending the Kursk region, according to Ukraine and Western officials.';
      const f = finding(s, 'conflicting');
      assert.deepEqual(f.aspects, ['count']);
      replaces(f, s, undefined, 'Some 12,000 Russian troops', '50,000');
      cites(f, 'conflicts', 'viewus-2024-10-25', 'about 50,000 troops');
      assert.ok(!f.evidence.some((e) => /North Korean soldiers/.test(e.excerpt)), 'no North Korean record');
    });

    it('North Korean troops in Kursk are not backed by the Russian 50,000', () => {
      const f = finding('About 50,000 North Korean troops are defending the Kursk region.', 'conflicting');
      assert.ok(!f.evidence.some((e) => /50,000/.test(e.excerpt)), JSON.stringify(f.evidence.map((e) => e.recordId)));
    });

    it('a casualty figure is not a deployment figure: unsupported, conflicting with nothing', () => {
      const f = finding('About 200 North Korean soldiers have died in the fighting in Kursk.', 'unsupported');
      assert.ok(!f.evidence.some((e) => e.relation === 'conflicts'));
    });
  });

  describe('outdated', () => {
    const s = "Kyiv's forces hold roughly 531 square miles of Russian territory in Kursk.";

    it('a present-tense, unattributed earlier figure in a dated draft', () => {
      const f = finding(s, 'outdated', '2024-11-26');
      hasAspect(f, 'count');
      cites(f, 'conflicts', 'newsweek-2024-11-23', 'approximately 800 square kilometres');
      cites(f, 'supports', 'newsweek-2024-11-23', '1,376 square kilometres');
    });

    it('not outdated without a draft date, nor when told in the past tense', () => {
      finding(s, 'supported');
      finding("At its peak, Kyiv's force held roughly 531 square miles of Russian territory in Kursk.", 'supported', '2024-11-26');
    });
  });

  describe('no finding', () => {
    for (const s of [
      "Arguably, Pyongyang has gambled its best troops on Moscow's war.",
      'The North Korean soldiers might be sent to Donetsk next.',
      'Nobody knows how long the North Korean troops will stay in Kursk.',
      'In my view, the West reacted too slowly to the deployment.',
    ]) {
      it(`opinion or speculation: ${s}`, () => assert.equal(judge(s), undefined));
    }
  });

  describe('a draft of several sentences', () => {
    it('gives each finding the span of its own sentence, after the front matter and across CRLF', () => {
      const sentences = [
        'Sabrina Singh told reporters on Monday that roughly 11,000 North Korean troops had entered Russia’s Kursk region.',
        'The North Korean soldiers might be sent to Donetsk next.',
        'Putin said: “We will see how the conflict unfolds.”',
        'Since 2023, North Korea has delivered up to 11,000 containers of ammunition to Russia.',
      ];
      const text = `---\r\ndate: 2024-11-23\r\n---\r\n# Draft\r\n\r\n${sentences.slice(0, 2).join(' ')}\r\n\r\n${sentences.slice(2).join('\r\n')}\r\n`;
      const r = checkText(text, lib);
      assert.equal(r.date, '2024-11-23');
      assert.deepEqual(
        r.findings.map((f) => text.slice(f.span.start, f.span.end)),
        [sentences[0], sentences[2], sentences[3]],
      );
      assert.deepEqual(
        r.findings.map((f) => f.verdict),
        ['supported', 'conflicting', 'conflicting'],
      );
      r.findings.forEach(checkEvidence);
    });
  });
});
