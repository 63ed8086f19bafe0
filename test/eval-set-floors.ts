// The evaluation sets `npm test` scores (test/eval-sets.test.ts), each with its library and the
// floors it must keep; the story folders for the bundled-library on/off check.
import * as path from 'node:path';
import { BLIND_REAL_NEWS } from './eval-blind-real-news-floors';
import { BLIND_STORY_SETS } from './eval-blind-story-floors';
import { STORY_SETS } from './eval-story-floors';

export { STORIES } from './eval-story-floors';

export interface Floor {
  name: string;
  /** The labelled drafts (JSON Lines). */
  file: string;
  /** Source folders of the library, besides the bundled one when `bundled`. */
  folders: string[];
  bundled: boolean;
  accuracy: number;
  /** False alarms per sentence at most. */
  alarms: number;
}

const FIXTURES = path.join(__dirname, 'fixtures');

/** The team's shared sets, beside the checkout (as CI runs it): issue 11's targets, dev.jsonl at
 *  least 0.95 and real-news.jsonl at least 0.90. */
const SHARED = path.join(__dirname, '..', '..', 'shared', 'eval');

// Each set with its library and floors. The held-back ones were not read until the end of the
// session that wrote them (their figures then were the honest ones: see README); floors from here on.
export const SETS: Floor[] = [
  { name: 'dev.jsonl (../shared/eval)', file: path.join(SHARED, 'dev.jsonl'), folders: [], bundled: true, accuracy: 0.95, alarms: 0.01 },
  {
    name: 'real-news.jsonl (../shared/eval)',
    file: path.join(SHARED, 'real-news.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.9,
    alarms: 0.01,
  },
  {
    name: 'real-news paraphrases (realnews-tune.jsonl)',
    file: path.join(FIXTURES, 'realnews-tune.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.79,
    alarms: 0.02,
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
  // Session 7 (2026-12-06): two sets written blind; the cyberattack story was only scored (first run
  // and end), never read; realnews11's unseen half likewise.
  {
    name: 'real-news paraphrases, eleventh set (realnews11-tune.jsonl)',
    file: path.join(FIXTURES, 'realnews11-tune.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.56,
    alarms: 0.07,
  },
  {
    name: 'real-news paraphrases, eleventh set held back (realnews11-unseen.jsonl)',
    file: path.join(FIXTURES, 'realnews11-unseen.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.66,
    alarms: 0.04,
  },
  {
    name: 'real-news paraphrases, twelfth set, written at the end and scored once (realnews12-final.jsonl)',
    file: path.join(FIXTURES, 'realnews12-final.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.66,
    alarms: 0.04,
  },
  {
    name: 'real-news paraphrases, thirteenth set (realnews13-tune.jsonl)',
    file: path.join(FIXTURES, 'realnews13-tune.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.63,
    alarms: 0.02,
  },
  {
    name: 'real-news paraphrases, thirteenth set held back (realnews13-unseen.jsonl)',
    file: path.join(FIXTURES, 'realnews13-unseen.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.63,
    alarms: 0.05,
  },
  {
    name: 'real-news paraphrases, fourteenth set, written blind at the end and scored once (realnews14-final.jsonl)',
    file: path.join(FIXTURES, 'realnews14-final.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.72,
    alarms: 0.02,
  },
  {
    name: 'real-news paraphrases, fifteenth set (realnews15-tune.jsonl)',
    file: path.join(FIXTURES, 'realnews15-tune.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.85,
    alarms: 0.02,
  },
  {
    name: 'real-news paraphrases, fifteenth set held back (realnews15-unseen.jsonl)',
    file: path.join(FIXTURES, 'realnews15-unseen.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.68,
    alarms: 0.05,
  },
  {
    name: 'real-news paraphrases, sixteenth set, written blind at the end and scored once (realnews16-final.jsonl)',
    file: path.join(FIXTURES, 'realnews16-final.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.63,
    alarms: 0.02,
  },
  {
    name: 'real-news paraphrases, seventeenth set (realnews17-tune.jsonl)',
    file: path.join(FIXTURES, 'realnews17-tune.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.7,
    alarms: 0.03,
  },
  {
    name: 'real-news paraphrases, seventeenth set held back (realnews17-unseen.jsonl)',
    file: path.join(FIXTURES, 'realnews17-unseen.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.58,
    alarms: 0.05,
  },
  {
    name: 'real-news paraphrases, eighteenth set, written blind at the end and scored once on each engine (realnews18-final.jsonl)',
    file: path.join(FIXTURES, 'realnews18-final.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.48,
    alarms: 0.08,
  },
  ...BLIND_REAL_NEWS,
  ...STORY_SETS,
  ...BLIND_STORY_SETS,
];
