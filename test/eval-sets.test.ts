// Evaluation sets under test/fixtures scored in `npm test` with a floor each (npm run eval prints
// the whole confusion matrix): real-news paraphrases about the bundled story, written blind by a
// helper who did not read the engine (realnews-tune.jsonl), and another story's library with its
// own labelled drafts (stories/election: an election count, no alias file needed). One aggregate
// assertion per set, and the false-alarm rate (conflicting/outdated where the label is not), which
// matters more to a reporter than the accuracy.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import type { Library } from '../server/src/engine/api';

interface Row {
  id: string;
  text: string;
  draft_date: string | null;
  verdict: string;
}

const FIXTURES = path.join(__dirname, 'fixtures');
const ELECTION = path.join(FIXTURES, 'stories', 'election');
const FLOOD = path.join(FIXTURES, 'stories', 'flood');
const STRIKE = path.join(FIXTURES, 'stories', 'strike');
const OUTBREAK = path.join(FIXTURES, 'stories', 'outbreak');
const WILDFIRE = path.join(FIXTURES, 'stories', 'wildfire');
const RATECUT = path.join(FIXTURES, 'stories', 'ratecut');
const CLOSURE = path.join(FIXTURES, 'stories', 'closure');
const TAKEOVER = path.join(FIXTURES, 'stories', 'takeover');
const MINE = path.join(FIXTURES, 'stories', 'mine');
const QUAKE = path.join(FIXTURES, 'stories', 'quake');
const TRIAL = path.join(FIXTURES, 'stories', 'trial');
const DERAIL = path.join(FIXTURES, 'stories', 'derail');

function rows(file: string): Row[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

function verdicts(set: Row[], library: Library): string[] {
  return set.map((row) => {
    const draft = row.draft_date ? `---\ndate: ${row.draft_date}\n---\n\n${row.text}\n` : `${row.text}\n`;
    return checkText(draft, library, { file: row.id }).findings[0]?.verdict ?? 'none';
  });
}

function score(set: Row[], got: string[]): { accuracy: number; alarms: number } {
  let correct = 0;
  let alarms = 0;
  set.forEach((row, i) => {
    if (got[i] === row.verdict) correct++;
    else if (got[i] === 'conflicting' || got[i] === 'outdated') alarms++;
  });
  return { accuracy: correct / set.length, alarms: alarms / set.length };
}

describe('evaluation sets (floors)', function () {
  this.timeout(60_000);

  // Each set with its library and floors. The held-back ones were not read until the end of the
  // session that wrote them (their figures then were the honest ones: see README); floors from here on.
  const SETS = [
    {
      name: 'real-news paraphrases (realnews-tune.jsonl)',
      file: path.join(FIXTURES, 'realnews-tune.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.79,
      alarms: 0.02,
    },
    {
      name: 'another story (an election count) with no alias file',
      file: path.join(ELECTION, 'drafts.jsonl'),
      folders: [path.join(ELECTION, 'sources')],
      bundled: false,
      accuracy: 0.72,
      alarms: 0.06,
    },
    {
      name: 'real-news paraphrases held back (realnews-heldback.jsonl)',
      file: path.join(FIXTURES, 'realnews-heldback.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.72,
      alarms: 0.02,
    },
    {
      name: 'a third story held back (a flood) with no alias file',
      file: path.join(FLOOD, 'drafts.jsonl'),
      folders: [path.join(FLOOD, 'sources')],
      bundled: false,
      accuracy: 0.62,
      alarms: 0.04,
    },
    {
      name: 'real-news paraphrases, third set (realnews3-tune.jsonl)',
      file: path.join(FIXTURES, 'realnews3-tune.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.74,
      alarms: 0.05,
    },
    {
      name: 'real-news paraphrases, third set held back (realnews3-unseen.jsonl)',
      file: path.join(FIXTURES, 'realnews3-unseen.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.66,
      alarms: 0.03,
    },
    {
      name: 'a fourth story (a port strike) with no alias file',
      file: path.join(STRIKE, 'drafts.jsonl'),
      folders: [path.join(STRIKE, 'sources')],
      bundled: false,
      accuracy: 0.75,
      alarms: 0.09,
    },
    {
      name: 'a fourth story, its other half (a port strike, drafts-unseen.jsonl)',
      file: path.join(STRIKE, 'drafts-unseen.jsonl'),
      folders: [path.join(STRIKE, 'sources')],
      bundled: false,
      accuracy: 0.58,
      alarms: 0.09,
    },
    {
      name: 'a fifth story (a measles outbreak) with no alias file',
      file: path.join(OUTBREAK, 'drafts.jsonl'),
      folders: [path.join(OUTBREAK, 'sources')],
      bundled: false,
      accuracy: 0.72,
      alarms: 0.03,
    },
    {
      name: 'a fifth story held back (a measles outbreak, drafts-unseen.jsonl)',
      file: path.join(OUTBREAK, 'drafts-unseen.jsonl'),
      folders: [path.join(OUTBREAK, 'sources')],
      bundled: false,
      accuracy: 0.68,
      alarms: 0.07,
    },
    {
      name: 'real-news paraphrases, fourth set (realnews4-tune.jsonl)',
      file: path.join(FIXTURES, 'realnews4-tune.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.68,
      alarms: 0.04,
    },
    {
      name: 'real-news paraphrases, fourth set held back (realnews4-unseen.jsonl)',
      file: path.join(FIXTURES, 'realnews4-unseen.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.61,
      alarms: 0.14,
    },
    {
      name: 'real-news paraphrases, fifth set, written at the end and scored once (realnews5-final.jsonl)',
      file: path.join(FIXTURES, 'realnews5-final.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.71,
      alarms: 0.06,
    },
    {
      name: 'real-news paraphrases, sixth set (realnews6-tune.jsonl)',
      file: path.join(FIXTURES, 'realnews6-tune.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.7,
      alarms: 0.07,
    },
    {
      name: 'real-news paraphrases, sixth set held back (realnews6-unseen.jsonl)',
      file: path.join(FIXTURES, 'realnews6-unseen.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.65,
      alarms: 0.09,
    },
    {
      name: 'a sixth story (a wildfire) with no alias file',
      file: path.join(WILDFIRE, 'drafts.jsonl'),
      folders: [path.join(WILDFIRE, 'sources')],
      bundled: false,
      accuracy: 0.73,
      alarms: 0.04,
    },
    {
      name: 'a sixth story held back (a wildfire, drafts-unseen.jsonl)',
      file: path.join(WILDFIRE, 'drafts-unseen.jsonl'),
      folders: [path.join(WILDFIRE, 'sources')],
      bundled: false,
      // 0.775 since a share must share what it is of with the record backing it (four false
      // supports fewer over the story sets, one supported row of this set with them).
      accuracy: 0.77,
      alarms: 0.03,
    },
    {
      name: 'a seventh story (a central bank rate cut) with no alias file',
      file: path.join(RATECUT, 'drafts.jsonl'),
      folders: [path.join(RATECUT, 'sources')],
      bundled: false,
      accuracy: 0.46,
      alarms: 0.12,
    },
    {
      name: 'a seventh story held back (a rate cut, drafts-unseen.jsonl)',
      file: path.join(RATECUT, 'drafts-unseen.jsonl'),
      folders: [path.join(RATECUT, 'sources')],
      bundled: false,
      // 0.575 since an unattributed figure the library gives for another reading is no count
      // conflict: one row (C095) had been conflicting for that wrong reason, not for its wrong day.
      accuracy: 0.57,
      alarms: 0.1,
    },
    {
      name: 'an eighth story (a factory closure) with no alias file',
      file: path.join(CLOSURE, 'drafts.jsonl'),
      folders: [path.join(CLOSURE, 'sources')],
      bundled: false,
      accuracy: 0.68,
      alarms: 0.04,
    },
    {
      name: 'an eighth story held back (a factory closure, drafts-unseen.jsonl)',
      file: path.join(CLOSURE, 'drafts-unseen.jsonl'),
      folders: [path.join(CLOSURE, 'sources')],
      bundled: false,
      accuracy: 0.35,
      alarms: 0.11,
    },
    {
      // Written blind by helpers on 2026-12-05 and scored, never read: floors one row under the
      // figures at the end of that session.
      name: 'a ninth story held back (a contested takeover bid, drafts-unseen.jsonl)',
      file: path.join(TAKEOVER, 'drafts-unseen.jsonl'),
      folders: [path.join(TAKEOVER, 'sources')],
      bundled: false,
      accuracy: 0.54,
      alarms: 0.06,
    },
    {
      name: 'a tenth story held back (a mine collapse, drafts-unseen.jsonl)',
      file: path.join(MINE, 'drafts-unseen.jsonl'),
      folders: [path.join(MINE, 'sources')],
      bundled: false,
      accuracy: 0.68,
      alarms: 0.06,
    },
    {
      name: 'real-news paraphrases, eighth set, written blind and held back (realnews8-unseen.jsonl)',
      file: path.join(FIXTURES, 'realnews8-unseen.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.68,
      alarms: 0.04,
    },
    {
      // Written blind by helpers on 2026-12-06 (a tuned half and a half only scored): floors one
      // row under the figures at the end of that session.
      name: 'real-news paraphrases, ninth set (realnews9-tune.jsonl)',
      file: path.join(FIXTURES, 'realnews9-tune.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.75,
      alarms: 0.02,
    },
    {
      name: 'real-news paraphrases, ninth set held back (realnews9-unseen.jsonl)',
      file: path.join(FIXTURES, 'realnews9-unseen.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.81,
      alarms: 0.03,
    },
    {
      name: 'an eleventh story (an earthquake, drafts.jsonl)',
      file: path.join(QUAKE, 'drafts.jsonl'),
      folders: [path.join(QUAKE, 'sources')],
      bundled: false,
      accuracy: 0.84,
      alarms: 0.02,
    },
    {
      name: 'an eleventh story held back (an earthquake, drafts-unseen.jsonl)',
      file: path.join(QUAKE, 'drafts-unseen.jsonl'),
      folders: [path.join(QUAKE, 'sources')],
      bundled: false,
      accuracy: 0.7,
      alarms: 0.04,
    },
    {
      name: 'a twelfth story (a corruption trial, drafts.jsonl)',
      file: path.join(TRIAL, 'drafts.jsonl'),
      folders: [path.join(TRIAL, 'sources')],
      bundled: false,
      accuracy: 0.6,
      alarms: 0.1,
    },
    {
      name: 'a twelfth story held back (a corruption trial, drafts-unseen.jsonl)',
      file: path.join(TRIAL, 'drafts-unseen.jsonl'),
      folders: [path.join(TRIAL, 'sources')],
      bundled: false,
      accuracy: 0.58,
      alarms: 0.08,
    },
    {
      // Written blind by helpers on 2026-12-06 (second session of the day): floors one row under
      // the figures at the end of that session.
      name: 'real-news paraphrases, tenth set (realnews10-tune.jsonl)',
      file: path.join(FIXTURES, 'realnews10-tune.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.78,
      alarms: 0.04,
    },
    {
      name: 'real-news paraphrases, tenth set held back (realnews10-unseen.jsonl)',
      file: path.join(FIXTURES, 'realnews10-unseen.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.68,
      alarms: 0.02,
    },
    {
      name: 'a thirteenth story (a train derailment, drafts.jsonl)',
      file: path.join(DERAIL, 'drafts.jsonl'),
      folders: [path.join(DERAIL, 'sources')],
      bundled: false,
      accuracy: 0.68,
      alarms: 0.02,
    },
    {
      name: 'a thirteenth story held back (a train derailment, drafts-unseen.jsonl)',
      file: path.join(DERAIL, 'drafts-unseen.jsonl'),
      folders: [path.join(DERAIL, 'sources')],
      bundled: false,
      accuracy: 0.52,
      alarms: 0.06,
    },
    {
      name: 'real-news paraphrases, seventh set (realnews7-tune.jsonl)',
      file: path.join(FIXTURES, 'realnews7-tune.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.75,
      alarms: 0.03,
    },
    {
      name: 'real-news paraphrases, seventh set held back (realnews7-unseen.jsonl)',
      file: path.join(FIXTURES, 'realnews7-unseen.jsonl'),
      folders: [],
      bundled: true,
      accuracy: 0.7,
      alarms: 0.03,
    },
  ];
  for (const t of SETS) {
    it(`${t.name}: accuracy at least ${Math.round(t.accuracy * 100)}%, false alarms at most ${Math.round(t.alarms * 100)} per 100`, () => {
      const set = rows(t.file);
      const library = loadLibrary({ folders: t.folders, bundled: t.bundled });
      // Every article of the set's library is read: an extractor that throws loses a source silently.
      assert.deepEqual(
        library.problems.filter((p) => p.severity === 'error'),
        [],
      );
      const { accuracy, alarms } = score(set, verdicts(set, library));
      console.log(`      accuracy ${(accuracy * 100).toFixed(1)}%, false alarms ${(alarms * 100).toFixed(1)} per 100`);
      assert.ok(accuracy >= t.accuracy, `accuracy ${accuracy}`);
      assert.ok(alarms <= t.alarms, `false alarms ${alarms}`);
    });
  }

  // Another story's verdicts with the bundled library switched on or off (issue 12): the bundled
  // articles should not speak to them. The few that change are named in the output.
  for (const [story, dir, most] of [
    ['an election count', ELECTION, 3],
    ['a flood', FLOOD, 2],
    ['a port strike', STRIKE, 0],
    ['a measles outbreak', OUTBREAK, 1],
    ['a wildfire', WILDFIRE, 0],
    ['a rate cut', RATECUT, 0],
    ['a factory closure', CLOSURE, 0],
    ['an earthquake', QUAKE, 1],
    ['a corruption trial', TRIAL, 0],
    ['a train derailment', DERAIL, 1],
  ] as const) {
    it(`${story}: the bundled library switched on changes at most ${most} of its drafts' verdicts`, () => {
      const set = rows(path.join(dir, 'drafts.jsonl'));
      const off = verdicts(set, loadLibrary({ folders: [path.join(dir, 'sources')], bundled: false }));
      const on = verdicts(set, loadLibrary({ folders: [path.join(dir, 'sources')], bundled: true }));
      const changed = set.map((r, i) => (off[i] !== on[i] ? `${r.id}: ${off[i]} -> ${on[i]}` : '')).filter(Boolean);
      if (changed.length) console.log(`      changed: ${changed.join('; ')}`);
      assert.ok(changed.length <= most, changed.join('\n'));
    });
  }
});
