// What happened to the things a figure counts (houses, schools, vehicles), read apart from what
// happened to people (figure-people.ts): the lexicon's thing-events ("destroyed", "damaged"). "412
// houses had been destroyed and about 1,150 damaged" gives two measures of houses.
import type { Lexicon } from '../data/lexicon';
import type { Token } from '../text/tokens';
import { nearestEvent, type EventWord } from './figure-people';
import { pastQualifier } from './figure-levels';

/** Words between a counted thing and what happened to it: "houses had been destroyed". */
const THING_LINKS = new Set(
  'had have has been were was are is being be also either partly partially completely totally badly severely fully reportedly now'.split(
    ' ',
  ),
);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** What happened to the things a figure counts (its number at `start`, its counted noun ending at
 *  `end`): a thing-event of the lexicon said of them: "412 houses had been destroyed", "112 damaged
 *  homes", "destroyed at least 14 houses". Never said of people. */
export function thingEventOf(tokens: Token[], start: number, end: number, lex: Lexicon): string | undefined {
  const at = (i: number) => (i >= 0 && i < tokens.length ? lex.thingEvents.matchAt(tokens, i) : undefined);
  let k = tokens.findIndex((t) => t.start >= start);
  if (k < 0) return undefined;
  for (let i = k; i < tokens.length && tokens[i].end <= end; i++) if (at(i)) return at(i)!.values[0];
  let a = tokens.findIndex((t) => t.start >= end);
  // ("451 homes in Oklahoma have been destroyed": past where they are.)
  if (/^(?:in|across)$/.test(tokens[a]?.lower ?? '')) for (a++; tokens[a] && /^(?:\p{Lu}|the$)/u.test(tokens[a].text); a++);
  for (let n = 0; a >= 0 && a < tokens.length && n < 4 && THING_LINKS.has(tokens[a].lower); a++, n++);
  if (a >= 0 && at(a)) return at(a)!.values[0];
  k = pastQualifier(tokens, k, lex);
  // (Not "was destroyed about 74 seconds after lift-off": a passive's figure is not what it did.)
  for (let i = Math.max(0, k - 3); i < k; i++)
    if (at(i) && i + at(i)!.length === k && !PASSIVE.has(tokens[i - 1]?.lower ?? '')) return at(i)!.values[0];
  return undefined;
}

/** What happened to what a figure counts: to people, the event named nearest it (figure-people.ts);
 *  to things, a thing-event said of them; else nothing. */
export function figureEvent(
  counted: string | undefined,
  events: EventWord[],
  tokens: Token[],
  start: number,
  end: number,
  lex: Lexicon,
): string | undefined {
  if (counted && lex.personCategories.has(counted)) return nearestEvent(events, tokens, start, end);
  return counted?.startsWith('other:') ? thingEventOf(tokens, start, end, lex) : undefined;
}
