// The other stories written blind from the thirty-third on (the sessions of 2026-12-07): each
// story's own library (its sources folder, no alias file, the bundled library off) and the floors
// its drafts must keep. Part of SETS (eval-set-floors.ts); eval-story-floors.ts holds the earlier ones.
import * as path from 'node:path';
import type { Floor } from './eval-set-floors';
import { story } from './eval-story-floors';

const FIXTURES = path.join(__dirname, 'fixtures');
export const HEIST = path.join(FIXTURES, 'stories', 'heist');
export const LAUNCH = path.join(FIXTURES, 'stories', 'launch');
export const BLAST = path.join(FIXTURES, 'stories', 'blast');
export const DOPING = path.join(FIXTURES, 'stories', 'doping');
export const RIVER_TOXIN = path.join(FIXTURES, 'stories', 'river-toxin');
export const HOSPITAL_OUTAGE = path.join(FIXTURES, 'stories', 'hospital-outage');
export const WATER_METERS = path.join(FIXTURES, 'stories', 'water-meters');
export const BUILDING_COLLAPSE = path.join(FIXTURES, 'stories', 'building-collapse');
export const PRISON_ESCAPE = path.join(FIXTURES, 'stories', 'prison-escape');
export const LOCUST_SWARM = path.join(FIXTURES, 'stories', 'locust-swarm');
export const CENSUS = path.join(FIXTURES, 'stories', 'census');
export const TORNADO = path.join(FIXTURES, 'stories', 'tornado');
export const BUS_CRASH = path.join(FIXTURES, 'stories', 'bus-crash');
export const DAM_FAILURE = path.join(FIXTURES, 'stories', 'dam-failure');
export const DRUG_SEIZURE = path.join(FIXTURES, 'stories', 'drug-seizure');
export const BLIZZARD = path.join(FIXTURES, 'stories', 'blizzard');
export const WHALE_STRANDING = path.join(FIXTURES, 'stories', 'whale-stranding');
export const SINKHOLE = path.join(FIXTURES, 'stories', 'sinkhole');
export const MINIMUM_WAGE = path.join(FIXTURES, 'stories', 'minimum-wage');
export const CABLE_CAR = path.join(FIXTURES, 'stories', 'cable-car');
export const SHIP_AGROUND = path.join(FIXTURES, 'stories', 'ship-aground');
export const HOTEL_FIRE = path.join(FIXTURES, 'stories', 'hotel-fire');
export const SCHOOL_MEALS = path.join(FIXTURES, 'stories', 'school-meals');
export const BIRD_FLU = path.join(FIXTURES, 'stories', 'bird-flu');
export const METRO_DELAY = path.join(FIXTURES, 'stories', 'metro-delay');
export const MIGRANT_BOAT = path.join(FIXTURES, 'stories', 'migrant-boat');
export const HAILSTORM = path.join(FIXTURES, 'stories', 'hailstorm');
export const WIND_FARM = path.join(FIXTURES, 'stories', 'wind-farm');
export const EXAM_LEAK = path.join(FIXTURES, 'stories', 'exam-leak');
export const AMMONIA_LEAK = path.join(FIXTURES, 'stories', 'ammonia-leak');
export const AIRPORT_DRONE = path.join(FIXTURES, 'stories', 'airport-drone');
export const BANK_SIEGE = path.join(FIXTURES, 'stories', 'bank-siege');
export const CAVE_RESCUE = path.join(FIXTURES, 'stories', 'cave-rescue');
export const SMOG = path.join(FIXTURES, 'stories', 'smog');
export const EXCHANGE_OUTAGE = path.join(FIXTURES, 'stories', 'exchange-outage');

export const BLIND_STORY_SETS: Floor[] = [
  story('a thirty-third story, written blind, the half tuned on (a museum heist in Porto)', HEIST, 'drafts.jsonl', 0.62, 0.03),
  story('a thirty-third story, written blind, the half never read (the heist)', HEIST, 'drafts-unseen.jsonl', 0.62, 0.05),
  story('a thirty-fourth story, written blind, scored once on each engine (a rocket launch failure)', LAUNCH, 'drafts.jsonl', 0.56, 0.06),
  story('a thirty-fifth story, written blind, the half tuned on (a gas explosion in Kielce)', BLAST, 'drafts.jsonl', 0.83, 0.03),
  story('a thirty-fifth story, written blind, the half never read (the gas explosion)', BLAST, 'drafts-unseen.jsonl', 0.69, 0.05),
  story(
    'a thirty-sixth story, written blind, scored on the first and the end engine, then read (a doping case in Colombian cycling)',
    DOPING,
    'drafts.jsonl',
    0.63,
    0.06,
  ),
  story(
    'a thirty-seventh story, written blind, the half tuned on (a toxic spill in the Laja river, Chile)',
    RIVER_TOXIN,
    'drafts.jsonl',
    0.89,
    0.03,
  ),
  story('a thirty-seventh story, written blind, the half never read (the river spill)', RIVER_TOXIN, 'drafts-unseen.jsonl', 0.77, 0.05),
  story(
    'a thirty-eighth story, written blind while the engine changed, tuned on (a hospital records outage in Kazakhstan)',
    HOSPITAL_OUTAGE,
    'drafts.jsonl',
    0.77,
    0.03,
  ),
  story(
    'a thirty-ninth story, written blind, scored on the first and the end engine, then read (smart water meters overbilling in Georgia)',
    WATER_METERS,
    'drafts.jsonl',
    0.7,
    0.08,
  ),
  story(
    'a fortieth story, written blind, the half tuned on (an apartment block collapse in Denizli, Turkey)',
    BUILDING_COLLAPSE,
    'drafts.jsonl',
    0.79,
    0.03,
  ),
  story(
    'a fortieth story, written blind, the half never read (the building collapse)',
    BUILDING_COLLAPSE,
    'drafts-unseen.jsonl',
    0.73,
    0.05,
  ),
  story(
    'a forty-first story, written blind, scored on the first and the end engine, then read (a mass prison escape in Indonesia)',
    PRISON_ESCAPE,
    'drafts.jsonl',
    0.55,
    0.08,
  ),
  story(
    'a forty-second story, written blind while the engine changed, tuned on (desert locusts in Kenya)',
    LOCUST_SWARM,
    'drafts.jsonl',
    0.65,
    0.03,
  ),
  story(
    'a forty-third story, written blind while the engine changed, tuned on (a disputed census in Zambia)',
    CENSUS,
    'drafts.jsonl',
    0.51,
    0.08,
  ),
  story('a forty-fourth story, written blind, the half tuned on (a tornado in Oklahoma and Kansas)', TORNADO, 'drafts.jsonl', 0.73, 0.07),
  story('a forty-fourth story, written blind, the half never read (the tornado)', TORNADO, 'drafts-unseen.jsonl', 0.77, 0.07),
  story(
    'a forty-fifth story, written blind, scored on the first and the end engine, then read (a bus crash in the Peruvian Andes)',
    BUS_CRASH,
    'drafts.jsonl',
    0.73,
    0.11,
  ),
  story(
    'a forty-sixth story, written blind while the engine changed, tuned on (an irrigation dam failure in Romania)',
    DAM_FAILURE,
    'drafts.jsonl',
    0.85,
    0.05,
  ),
  story(
    'a forty-seventh story, written blind while the engine changed, tuned on (a record cocaine seizure at Algeciras)',
    DRUG_SEIZURE,
    'drafts.jsonl',
    0.76,
    0.03,
  ),
  story('a forty-eighth story, written blind, the half tuned on (a blizzard in eastern Turkey)', BLIZZARD, 'drafts.jsonl', 0.91, 0.05),
  story('a forty-eighth story, written blind, the half never read (the blizzard)', BLIZZARD, 'drafts-unseen.jsonl', 0.73, 0.07),
  story(
    'a forty-ninth story, written blind, scored on the first and the end engine (a mass whale stranding in Tasmania)',
    WHALE_STRANDING,
    'drafts.jsonl',
    0.65,
    0.07,
  ),
  story(
    'a fiftieth story, written blind while the engine changed, tuned on (a sinkhole in Guadalajara)',
    SINKHOLE,
    'drafts.jsonl',
    0.73,
    0.1,
  ),
  story(
    'a fifty-first story, written blind while the engine changed, tuned on (a minimum wage rise in Indonesia)',
    MINIMUM_WAGE,
    'drafts.jsonl',
    0.65,
    0.05,
  ),
  story('a fifty-second story, written blind, the half tuned on (a cable car fall in Georgia)', CABLE_CAR, 'drafts.jsonl', 0.77, 0.03),
  story('a fifty-second story, written blind, the half never read (the cable car)', CABLE_CAR, 'drafts-unseen.jsonl', 0.73, 0.07),
  story(
    'a fifty-third story, written blind while the engine changed, tuned on (a container ship aground in the Paraná)',
    SHIP_AGROUND,
    'drafts.jsonl',
    0.75,
    0.05,
  ),
  story(
    'a fifty-fourth story, written blind while the engine changed, tuned on (a hotel fire in Marrakech)',
    HOTEL_FIRE,
    'drafts.jsonl',
    0.71,
    0.07,
  ),
  story(
    'a fifty-fifth story, written blind, scored on the first and the end engine (school-meal poisoning in the Philippines)',
    SCHOOL_MEALS,
    'drafts.jsonl',
    0.75,
    0.13,
  ),
  story(
    'a fifty-sixth story, written blind while the engine changed, tuned on (a bird-flu cull in Poland)',
    BIRD_FLU,
    'drafts.jsonl',
    0.78,
    0.05,
  ),
  story(
    'a fifty-seventh story, written blind while the engine changed, tuned on (a metro line delayed in Bogotá)',
    METRO_DELAY,
    'drafts.jsonl',
    0.61,
    0.05,
  ),
  story(
    'a fifty-eighth story, written blind, the half tuned on (a migrant boat capsized off Sicily)',
    MIGRANT_BOAT,
    'drafts.jsonl',
    0.85,
    0.03,
  ),
  story('a fifty-eighth story, written blind, the half never read (the migrant boat)', MIGRANT_BOAT, 'drafts-unseen.jsonl', 0.69, 0.03),
  story(
    "a fifty-ninth story, written blind, scored on the first and the end engine (a hailstorm in Mendoza's vineyards)",
    HAILSTORM,
    'drafts.jsonl',
    0.76,
    0.05,
  ),
  story(
    'a sixtieth story, written blind while the engine changed, tuned on (an offshore wind farm off Vietnam)',
    WIND_FARM,
    'drafts.jsonl',
    0.71,
    0.07,
  ),
  story(
    'a sixty-first story, written blind while the engine changed, tuned on (exam papers leaked in Kenya)',
    EXAM_LEAK,
    'drafts.jsonl',
    0.83,
    0.05,
  ),
  story(
    'a sixty-second story, written blind while the engine changed, tuned on (an ammonia leak in Bangladesh)',
    AMMONIA_LEAK,
    'drafts.jsonl',
    0.7,
    0.03,
  ),
  story(
    'a sixty-third story, written blind while the engine changed, tuned on (drones closing Dublin Airport)',
    AIRPORT_DRONE,
    'drafts.jsonl',
    0.68,
    0.05,
  ),
  story(
    'a sixty-fourth story, written blind, the half tuned on (a hostage siege at a bank in Bucaramanga)',
    BANK_SIEGE,
    'drafts.jsonl',
    0.65,
    0.03,
  ),
  story('a sixty-fourth story, written blind, the half never read (the bank siege)', BANK_SIEGE, 'drafts-unseen.jsonl', 0.63, 0.05),
  story(
    'a sixty-fifth story, written blind, scored on the first and the end engine (cavers trapped by a flood in Bulgaria)',
    CAVE_RESCUE,
    'drafts.jsonl',
    0.75,
    0.06,
  ),
  story(
    'a sixty-sixth story, written blind while the engine changed, tuned on (a smog emergency in Kathmandu)',
    SMOG,
    'drafts.jsonl',
    0.71,
    0.06,
  ),
  story(
    'a sixty-seventh story, written blind while the engine changed, tuned on (a stock exchange outage in Ghana)',
    EXCHANGE_OUTAGE,
    'drafts.jsonl',
    0.66,
    0.05,
  ),
];
