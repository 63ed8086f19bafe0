// The other stories' evaluation sets: each story's own library (its sources folder, no alias
// file, the bundled library off) and the floors its drafts must keep. Part of SETS
// (eval-set-floors.ts); the story folders are also what the bundled-library on/off check reads.
import * as path from 'node:path';
import type { Floor } from './eval-set-floors';

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
export const HEATWAVE = path.join(FIXTURES, 'stories', 'heatwave');
export const RECALL = path.join(FIXTURES, 'stories', 'recall');
export const BRIDGE = path.join(FIXTURES, 'stories', 'bridge');
export const CYCLONE = path.join(FIXTURES, 'stories', 'cyclone');
export const PLANTFIRE = path.join(FIXTURES, 'stories', 'plantfire');
export const AIRLINER = path.join(FIXTURES, 'stories', 'airliner');
export const OILSPILL = path.join(FIXTURES, 'stories', 'oilspill');
export const VOLCANO = path.join(FIXTURES, 'stories', 'volcano');
export const FUELPROTEST = path.join(FIXTURES, 'stories', 'fuelprotest');
export const LANDSLIDE = path.join(FIXTURES, 'stories', 'landslide');
export const BLACKOUT = path.join(FIXTURES, 'stories', 'blackout');
export const TANKER = path.join(FIXTURES, 'stories', 'tanker');
export const CRUSH = path.join(FIXTURES, 'stories', 'crush');
export const DROUGHT = path.join(FIXTURES, 'stories', 'drought');
export const BANKRUPTCY = path.join(FIXTURES, 'stories', 'bankruptcy');
export const AVALANCHE = path.join(FIXTURES, 'stories', 'avalanche');
export const BUDGET = path.join(FIXTURES, 'stories', 'budget');
/** A story's drafts judged against its own sources alone (no alias file, the bundled library off). */
export const story = (name: string, dir: string, file: string, accuracy: number, alarms: number): Floor => ({
  name,
  file: path.join(dir, file),
  folders: [path.join(dir, 'sources')],
  bundled: false,
  accuracy,
  alarms,
});
/** Every story folder: sources/ and its labelled drafts. */
export const STORIES = path.join(FIXTURES, 'stories');

export const STORY_SETS: Floor[] = [
  {
    name: 'another story (an election count) with no alias file',
    file: path.join(ELECTION, 'drafts.jsonl'),
    folders: [path.join(ELECTION, 'sources')],
    bundled: false,
    accuracy: 0.72,
    alarms: 0.06,
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
    name: 'a sixteenth story (a heatwave, drafts.jsonl)',
    file: path.join(HEATWAVE, 'drafts.jsonl'),
    folders: [path.join(HEATWAVE, 'sources')],
    bundled: false,
    accuracy: 0.78,
    alarms: 0.04,
  },
  {
    name: 'a sixteenth story held back (a heatwave, drafts-unseen.jsonl)',
    file: path.join(HEATWAVE, 'drafts-unseen.jsonl'),
    folders: [path.join(HEATWAVE, 'sources')],
    bundled: false,
    accuracy: 0.55,
    alarms: 0.06,
  },
  {
    name: 'a seventeenth story (a carmaker recall, drafts.jsonl)',
    file: path.join(RECALL, 'drafts.jsonl'),
    folders: [path.join(RECALL, 'sources')],
    bundled: false,
    accuracy: 0.72,
    alarms: 0.02,
  },
  {
    name: 'a seventeenth story held back (a carmaker recall, drafts-unseen.jsonl)',
    file: path.join(RECALL, 'drafts-unseen.jsonl'),
    folders: [path.join(RECALL, 'sources')],
    bundled: false,
    accuracy: 0.56,
    alarms: 0.08,
  },
  {
    name: 'an eighteenth story, written blind and never read (a bridge collapse, drafts-unseen.jsonl)',
    file: path.join(BRIDGE, 'drafts-unseen.jsonl'),
    folders: [path.join(BRIDGE, 'sources')],
    bundled: false,
    accuracy: 0.68,
    alarms: 0.05,
  },
  {
    name: 'a nineteenth story (a cyclone in Mozambique, drafts.jsonl)',
    file: path.join(CYCLONE, 'drafts.jsonl'),
    folders: [path.join(CYCLONE, 'sources')],
    bundled: false,
    accuracy: 0.7,
    alarms: 0.06,
  },
  {
    name: 'a nineteenth story held back (a cyclone in Mozambique, drafts-unseen.jsonl)',
    file: path.join(CYCLONE, 'drafts-unseen.jsonl'),
    folders: [path.join(CYCLONE, 'sources')],
    bundled: false,
    accuracy: 0.66,
    alarms: 0.08,
  },
  {
    name: 'a twentieth story, written blind and never read until scored (a chemical plant fire, drafts-unseen.jsonl)',
    file: path.join(PLANTFIRE, 'drafts-unseen.jsonl'),
    folders: [path.join(PLANTFIRE, 'sources')],
    bundled: false,
    accuracy: 0.66,
    alarms: 0.07,
  },
  {
    name: 'a twenty-first story, written blind at the end and scored once on each engine (an airliner crash, drafts-unseen.jsonl)',
    file: path.join(AIRLINER, 'drafts-unseen.jsonl'),
    folders: [path.join(AIRLINER, 'sources')],
    bundled: false,
    accuracy: 0.52,
    alarms: 0.08,
  },
  {
    name: 'a twenty-second story, written blind, the half tuned on (an oil spill off Ghana, drafts.jsonl)',
    file: path.join(OILSPILL, 'drafts.jsonl'),
    folders: [path.join(OILSPILL, 'sources')],
    bundled: false,
    accuracy: 0.76,
    alarms: 0.03,
  },
  {
    name: 'a twenty-second story, written blind, the half never read (an oil spill off Ghana, drafts-unseen.jsonl)',
    file: path.join(OILSPILL, 'drafts-unseen.jsonl'),
    folders: [path.join(OILSPILL, 'sources')],
    bundled: false,
    accuracy: 0.44,
    alarms: 0.07,
  },
  {
    name: 'a twenty-third story, written blind and never read (a volcanic eruption in East Nusa Tenggara, drafts-unseen.jsonl)',
    file: path.join(VOLCANO, 'drafts-unseen.jsonl'),
    folders: [path.join(VOLCANO, 'sources')],
    bundled: false,
    accuracy: 0.68,
    alarms: 0.02,
  },
  {
    name: 'a twenty-fourth story, written blind at the end and scored once on each engine (fuel-price protests in Nigeria, drafts-unseen.jsonl)',
    file: path.join(FUELPROTEST, 'drafts-unseen.jsonl'),
    folders: [path.join(FUELPROTEST, 'sources')],
    bundled: false,
    accuracy: 0.74,
    alarms: 0.03,
  },
  {
    name: 'a twenty-fifth story, written blind, the half tuned on (a monsoon landslide in Nepal, drafts.jsonl)',
    file: path.join(LANDSLIDE, 'drafts.jsonl'),
    folders: [path.join(LANDSLIDE, 'sources')],
    bundled: false,
    accuracy: 0.86,
    alarms: 0.04,
  },
  {
    name: 'a twenty-fifth story, written blind, the half never read (a monsoon landslide in Nepal, drafts-unseen.jsonl)',
    file: path.join(LANDSLIDE, 'drafts-unseen.jsonl'),
    folders: [path.join(LANDSLIDE, 'sources')],
    bundled: false,
    accuracy: 0.7,
    alarms: 0.08,
  },
  {
    name: 'a twenty-sixth story, written blind at the end and scored once on each engine (a grid blackout in Turkey, drafts.jsonl)',
    file: path.join(BLACKOUT, 'drafts.jsonl'),
    folders: [path.join(BLACKOUT, 'sources')],
    bundled: false,
    accuracy: 0.66,
    alarms: 0.08,
  },
  {
    name: 'a twenty-seventh story, written blind at the very end and scored once on each engine (an ammonia tanker crash in South Africa, drafts.jsonl)',
    file: path.join(TANKER, 'drafts.jsonl'),
    folders: [path.join(TANKER, 'sources')],
    bundled: false,
    accuracy: 0.56,
    alarms: 0.08,
  },
  story('a twenty-eighth story, written blind, the half tuned on (a stadium crush in Colombia)', CRUSH, 'drafts.jsonl', 0.78, 0.04),
  story('a twenty-eighth story, written blind, the half never read (the stadium crush)', CRUSH, 'drafts-unseen.jsonl', 0.68, 0.06),
  story('a twenty-ninth story, written blind at the end, scored once on each engine (a drought)', DROUGHT, 'drafts.jsonl', 0.66, 0.04),
  story('a thirtieth story, blind, at the very end, scored once on each engine (a city in default)', BANKRUPTCY, 'drafts.jsonl', 0.6, 0.05),
  story('a thirty-first story, written blind, the half tuned on (an avalanche in Tyrol)', AVALANCHE, 'drafts.jsonl', 0.78, 0.03),
  story('a thirty-first story, written blind, the half never read (the avalanche)', AVALANCHE, 'drafts-unseen.jsonl', 0.68, 0.1),
  story('a thirty-second story, written blind at the end, scored once on each engine (a city budget)', BUDGET, 'drafts.jsonl', 0.5, 0.12),
];
