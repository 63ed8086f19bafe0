// The evaluation sets `npm test` scores (test/eval-sets.test.ts), each with its library and the
// floors it must keep; the story folders for the bundled-library on/off check.
import * as path from 'node:path';

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
export const ELECTION = path.join(FIXTURES, 'stories', 'election');
export const FLOOD = path.join(FIXTURES, 'stories', 'flood');
export const STRIKE = path.join(FIXTURES, 'stories', 'strike');
export const OUTBREAK = path.join(FIXTURES, 'stories', 'outbreak');
export const WILDFIRE = path.join(FIXTURES, 'stories', 'wildfire');
export const RATECUT = path.join(FIXTURES, 'stories', 'ratecut');
export const CLOSURE = path.join(FIXTURES, 'stories', 'closure');
export const TAKEOVER = path.join(FIXTURES, 'stories', 'takeover');
export const MINE = path.join(FIXTURES, 'stories', 'mine');
export const QUAKE = path.join(FIXTURES, 'stories', 'quake');
export const TRIAL = path.join(FIXTURES, 'stories', 'trial');
export const DERAIL = path.join(FIXTURES, 'stories', 'derail');
export const CYBERATTACK = path.join(FIXTURES, 'stories', 'cyberattack');
export const FERRY = path.join(FIXTURES, 'stories', 'ferry');
/** Every story folder: sources/ and its labelled drafts. */
export const STORIES = path.join(FIXTURES, 'stories');

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
    name: 'a fourteenth story held back (a ransomware attack on hospitals, drafts.jsonl)',
    file: path.join(CYBERATTACK, 'drafts.jsonl'),
    folders: [path.join(CYBERATTACK, 'sources')],
    bundled: false,
    accuracy: 0.56,
    alarms: 0.07,
  },
  {
    name: 'a fourteenth story held back (a ransomware attack on hospitals, drafts-unseen.jsonl)',
    file: path.join(CYBERATTACK, 'drafts-unseen.jsonl'),
    folders: [path.join(CYBERATTACK, 'sources')],
    bundled: false,
    accuracy: 0.68,
    alarms: 0.05,
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
    name: 'a fifteenth story (a ferry capsizing, drafts.jsonl)',
    file: path.join(FERRY, 'drafts.jsonl'),
    folders: [path.join(FERRY, 'sources')],
    bundled: false,
    accuracy: 0.8,
    alarms: 0.04,
  },
  {
    name: 'a fifteenth story held back (a ferry capsizing, drafts-unseen.jsonl)',
    file: path.join(FERRY, 'drafts-unseen.jsonl'),
    folders: [path.join(FERRY, 'sources')],
    bundled: false,
    accuracy: 0.8,
    alarms: 0.06,
  },
  {
    name: 'real-news paraphrases, fourteenth set, written blind at the end and scored once (realnews14-final.jsonl)',
    file: path.join(FIXTURES, 'realnews14-final.jsonl'),
    folders: [],
    bundled: true,
    accuracy: 0.72,
    alarms: 0.02,
  },
];
