// The real-news sets written blind from the nineteenth on (the sessions of 2026-12-06 and -07), each
// split by its writer into a half tuned on and a half never read, or written while the engine
// changed and scored once on each engine; floors from here on (eval-set-floors.ts holds the rest).
import * as path from 'node:path';
import type { Floor } from './eval-set-floors';

const FIXTURES = path.join(__dirname, 'fixtures');

/** Paraphrases of real news sentences about the bundled story, judged against the bundled library. */
const realNews = (name: string, file: string, accuracy: number, alarms: number): Floor => ({
  name,
  file: path.join(FIXTURES, file),
  folders: [],
  bundled: true,
  accuracy,
  alarms,
});

export const BLIND_REAL_NEWS: Floor[] = [
  realNews(
    'real-news paraphrases, nineteenth set, written blind, the half tuned on (realnews19-tune.jsonl)',
    'realnews19-tune.jsonl',
    0.62,
    0.03,
  ),
  realNews(
    'real-news paraphrases, nineteenth set, written blind, the half never read (realnews19-unseen.jsonl)',
    'realnews19-unseen.jsonl',
    0.66,
    0.05,
  ),
  realNews(
    'real-news paraphrases, twentieth set, written blind at the end and scored once on each engine (realnews20-final.jsonl)',
    'realnews20-final.jsonl',
    0.7,
    0.02,
  ),
  realNews(
    'real-news paraphrases, twenty-first set, written blind, the half tuned on (realnews21-tune.jsonl)',
    'realnews21-tune.jsonl',
    0.74,
    0.02,
  ),
  realNews(
    'real-news paraphrases, twenty-first set, written blind, the half never read (realnews21-unseen.jsonl)',
    'realnews21-unseen.jsonl',
    0.8,
    0.04,
  ),
  realNews(
    'real-news paraphrases, twenty-second set, written blind at the end and scored once on each engine (realnews22-final.jsonl)',
    'realnews22-final.jsonl',
    0.64,
    0.1,
  ),
  realNews(
    'real-news paraphrases, twenty-third set, written blind at the very end and scored once on each engine (realnews23-final.jsonl)',
    'realnews23-final.jsonl',
    0.58,
    0.05,
  ),
  realNews(
    'real-news paraphrases, twenty-fourth set, written blind, the half tuned on (realnews24-tune.jsonl)',
    'realnews24-tune.jsonl',
    0.86,
    0.03,
  ),
  realNews(
    'real-news paraphrases, twenty-fourth set, written blind, the half never read (realnews24-unseen.jsonl)',
    'realnews24-unseen.jsonl',
    0.8,
    0.05,
  ),
  realNews(
    'real-news paraphrases, twenty-fifth set, written blind at the end and scored once on each engine (realnews25-final.jsonl)',
    'realnews25-final.jsonl',
    0.78,
    0.03,
  ),
  realNews(
    'real-news paraphrases, twenty-sixth set, written blind at the very end and scored once on each engine (realnews26-final.jsonl)',
    'realnews26-final.jsonl',
    0.8,
    0.07,
  ),
  realNews(
    'real-news paraphrases, twenty-seventh set, written blind, the half tuned on (realnews27-tune.jsonl)',
    'realnews27-tune.jsonl',
    0.62,
    0.1,
  ),
  realNews(
    'real-news paraphrases, twenty-seventh set, written blind, the half never read (realnews27-unseen.jsonl)',
    'realnews27-unseen.jsonl',
    0.72,
    0.06,
  ),
  realNews(
    'real-news paraphrases, twenty-eighth set, written blind at the end and scored once on each engine (realnews28-final.jsonl)',
    'realnews28-final.jsonl',
    0.73,
    0.05,
  ),
  realNews(
    'real-news paraphrases, twenty-ninth set, written blind, the half tuned on (realnews29-tune.jsonl)',
    'realnews29-tune.jsonl',
    0.78,
    0.03,
  ),
  realNews(
    'real-news paraphrases, twenty-ninth set, written blind, the half never read (realnews29-unseen.jsonl)',
    'realnews29-unseen.jsonl',
    0.65,
    0.06,
  ),
  realNews(
    'real-news paraphrases, thirtieth set, written blind while the engine changed and scored once on each engine (realnews30-final.jsonl)',
    'realnews30-final.jsonl',
    0.75,
    0.05,
  ),
  realNews(
    'real-news paraphrases, thirty-first set, written blind, the half tuned on (realnews31-tune.jsonl)',
    'realnews31-tune.jsonl',
    0.78,
    0.03,
  ),
  realNews(
    'real-news paraphrases, thirty-first set, written blind, the half never read (realnews31-unseen.jsonl)',
    'realnews31-unseen.jsonl',
    0.71,
    0.04,
  ),
  realNews(
    'real-news paraphrases, thirty-second set, written blind while the engine changed and scored once on each engine (realnews32-final.jsonl)',
    'realnews32-final.jsonl',
    0.75,
    0.05,
  ),
  realNews(
    'real-news paraphrases, thirty-third set, written blind, the half tuned on (realnews33-tune.jsonl)',
    'realnews33-tune.jsonl',
    0.78,
    0.06,
  ),
  realNews(
    'real-news paraphrases, thirty-third set, written blind, the half never read (realnews33-unseen.jsonl)',
    'realnews33-unseen.jsonl',
    0.71,
    0.03,
  ),
  realNews(
    'real-news paraphrases, thirty-fourth set, written blind from pages in ten languages and scored once on each engine (realnews34-final.jsonl)',
    'realnews34-final.jsonl',
    0.6,
    0.08,
  ),
  realNews(
    'real-news paraphrases, thirty-fifth set, written blind while the engine changed, tuned on (realnews35-tune.jsonl)',
    'realnews35-tune.jsonl',
    0.6,
    0.03,
  ),
  realNews(
    'real-news paraphrases, thirty-sixth set, written blind, the half tuned on (realnews36-tune.jsonl)',
    'realnews36-tune.jsonl',
    0.88,
    0.03,
  ),
  realNews(
    'real-news paraphrases, thirty-sixth set, written blind, the half never read (realnews36-unseen.jsonl)',
    'realnews36-unseen.jsonl',
    0.81,
    0.06,
  ),
  realNews(
    'real-news paraphrases, thirty-seventh set, written blind from pages in fourteen languages and scored once on each engine (realnews37-final.jsonl)',
    'realnews37-final.jsonl',
    0.77,
    0.03,
  ),
  realNews(
    'real-news paraphrases, thirty-eighth set, written blind, the half tuned on (realnews38-tune.jsonl)',
    'realnews38-tune.jsonl',
    0.71,
    0.03,
  ),
  realNews(
    'real-news paraphrases, thirty-eighth set, written blind, the half never read (realnews38-unseen.jsonl)',
    'realnews38-unseen.jsonl',
    0.75,
    0.1,
  ),
  realNews(
    'real-news paraphrases, thirty-ninth set, written blind from pages in a dozen languages and scored once on each engine (realnews39-final.jsonl)',
    'realnews39-final.jsonl',
    0.65,
    0.08,
  ),
  realNews(
    'real-news paraphrases, fortieth set, written blind, the half tuned on (realnews40-tune.jsonl)',
    'realnews40-tune.jsonl',
    0.75,
    0.03,
  ),
  realNews(
    'real-news paraphrases, fortieth set, written blind, the half never read (realnews40-unseen.jsonl)',
    'realnews40-unseen.jsonl',
    0.78,
    0.03,
  ),
  realNews(
    'real-news paraphrases, forty-first set, written blind from pages in other languages and scored once on each engine (realnews41-final.jsonl)',
    'realnews41-final.jsonl',
    0.72,
    0.06,
  ),
  realNews(
    'real-news paraphrases, forty-second set, written blind, the half tuned on (realnews42-tune.jsonl)',
    'realnews42-tune.jsonl',
    0.68,
    0.03,
  ),
  realNews(
    'real-news paraphrases, forty-second set, written blind, the half never read (realnews42-unseen.jsonl)',
    'realnews42-unseen.jsonl',
    0.65,
    0.03,
  ),
  realNews(
    'real-news paraphrases, forty-third set, written blind from pages in other languages and scored once on each engine (realnews43-final.jsonl)',
    'realnews43-final.jsonl',
    0.62,
    0.06,
  ),
  realNews(
    'real-news paraphrases, forty-fourth set, written blind, the half tuned on (realnews44-tune.jsonl)',
    'realnews44-tune.jsonl',
    0.71,
    0.03,
  ),
  realNews(
    'real-news paraphrases, forty-fourth set, written blind, the half never read (realnews44-unseen.jsonl)',
    'realnews44-unseen.jsonl',
    0.65,
    0.03,
  ),
  realNews(
    'real-news paraphrases, forty-fifth set, written blind from pages in other languages and scored once on each engine (realnews45-final.jsonl)',
    'realnews45-final.jsonl',
    0.6,
    0.03,
  ),
  realNews(
    'real-news paraphrases, forty-sixth set, written blind, the half tuned on (realnews46-tune.jsonl)',
    'realnews46-tune.jsonl',
    0.51,
    0.1,
  ),
  realNews(
    'real-news paraphrases, forty-sixth set, written blind, the half never read (realnews46-unseen.jsonl)',
    'realnews46-unseen.jsonl',
    0.81,
    0.03,
  ),
  realNews(
    'real-news paraphrases, forty-seventh set, written blind from pages in other languages and scored once on each engine (realnews47-final.jsonl)',
    'realnews47-final.jsonl',
    0.55,
    0.1,
  ),
];
