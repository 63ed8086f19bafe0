// What a figure with no counted noun after it counts (quantities.ts), from the words around it:
// "17 are unaccounted for", "the toll climbed to 64", "12 of them", "killed 40, wounding at least
// 300", "of the dead, 40 were in ...", "suspected cases stand at 302", "61 of them confirmed".
import type { Lexicon } from '../data/lexicon';
import { nounOf } from '../data/wordnet';
import type { Token } from '../text/tokens';
import type { Quantity } from '../types';
import type { Mention } from './mentions';
import {
  isPluralNoun,
  LINKING,
  lowerAfter,
  partEvent,
  partEventBefore,
  partitiveNoun,
  partitiveWhole,
  stateAfterVerb,
  stateIn,
  eventAfterVerb,
} from './partitives';

import { levelOf, levelVerbBefore, pastQualifier, QUALIFYING } from './figure-levels';

export { isPluralNoun };

/** Words before "from" that make the figure after it a change's start ("down from 42,500"). */
const CHANGED_FROM = new Set(['down', 'up', 'rising', 'falling', 'fell', 'rose', 'dropped', 'climbed', 'increased', 'decreased']);
/** Words that name a running total before its figure: "the toll climbed to 64". */

/** A part said to be confirmed: "61 of them confirmed", "of which 38 had been confirmed". */
const CONFIRMED = /\b(?:confirmed|verified)\b/;
const TOTALS = new Set(['number', 'total', 'tally', 'count', 'toll', 'figure', 'estimate']);

/** Verbs that give a total its new figure ("has risen to", "stood at"). */
const TOTAL_VERB =
  /^(?:risen|rose|rise|rises|climbed|climbs|climb|jumped|increased|grown|grew|reached|stands|stood|stand|fallen|fell|dropped|gone|went|revised|raised)$/;

/**
 * What a number with no noun after it counts, from the words around it: "17 are unaccounted for"
 * and "nine remain missing" (people, by the event after the verb), "12 of them" (the figure
 * before), "put the number of dead at 210" and "the toll climbed to 64" (the noun or event the
 * total is of). Undefined when none of these shapes is there.
 */
export function bareMeasure(
  tokens: Token[],
  k: number,
  start: number,
  lex: Lexicon,
  previous: Quantity | undefined,
): { counted: string; event?: string; nationality?: string; part?: boolean } | undefined {
  const at = tokens[k]?.lower;
  // "302 suspected cases, 61 of them confirmed", "214 cases, of which 38 had been confirmed": the
  // confirmed ones are the measure's confirmed count, not a part of the suspected.
  const first0 = tokens.findIndex((t) => t.end > start);
  const ofWhich =
    (tokens[first0 - 1]?.lower === 'which' && tokens[first0 - 2]?.lower === 'of') || tokens[first0 - 1]?.lower === 'including';
  const ofThem = at === 'of' && (tokens[k + 1]?.lower === 'them' || tokens[k + 1]?.lower === 'those');
  if (
    (ofThem || ofWhich) &&
    previous?.counted &&
    previous.kind &&
    CONFIRMED.test(
      tokens
        .slice(k, k + 6)
        .map((t) => t.lower)
        .join(' '),
    )
  ) {
    return { counted: previous.counted, nationality: previous.nationality };
  }
  // "a population of 25,418,960", "a contingent of 3,000": what is counted, said before "of".
  if (tokens[first0 - 1]?.lower === 'of' && first0 >= 3 && /^(?:a|an|the|its|their)$/.test(tokens[first0 - 3].lower)) {
    const c = lex.counted.matchAt(tokens, first0 - 2);
    if (c && c.length === 1) return { counted: c.values[0] };
  }
  // "about 142,000 homes had lost power ..., and 64,000 were still without electricity": the next
  // clause's bare figure, its verb right after it, counts what the one before counts (things, not
  // people: what happened to people is read by its own verb).
  if (
    tokens[first0 - 1]?.lower === 'and' &&
    /^(?:were|was|are|is|remained|remain|remains|still)$/.test(at ?? '') &&
    previous?.counted &&
    !lex.personCategories.has(previous.counted)
  )
    return { counted: previous.counted, nationality: previous.nationality };
  // "412 houses had been destroyed and about 1,150 damaged": what happened to the rest of what the
  // figure before counts (a thing-event right after the figure: lexicon thing-events).
  const joined = pastQualifier(tokens, first0, lex) - 1;
  if ((tokens[joined]?.lower === 'and' || tokens[joined]?.text === ',') && previous?.counted?.startsWith('other:')) {
    const done = lex.thingEvents.matchAt(tokens, k)?.values[0];
    if (done) return { counted: previous.counted, event: done, nationality: previous.nationality };
  }
  // "41 deaths had been confirmed, including 14 in Prayagraj district": a part of the figure before.
  if (tokens[first0 - 1]?.lower === 'including' && previous?.counted && (at === 'in' || at === 'at' || at === 'from'))
    return { counted: previous.counted, event: previous.event, nationality: previous.nationality, part: true };
  // "97 were in Khyber Pakhtunkhwa, 31 in Punjab and 15 in Gilgit-Baltistan": the next of a list of
  // figures, each for a place, counts what the one before counts.
  // ... and "12 people had died in the outbreak, 11 in Zamboanga del Norte and one in Zamboanga
  // Sibugay": after a total placed nowhere in particular, each is a part of it.
  if (
    (tokens[first0 - 1]?.lower === 'and' || tokens[first0 - 1]?.text === ',') &&
    (at === 'in' || at === 'at') &&
    /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') &&
    previous?.counted
  ) {
    if (placedAfter(tokens, previous))
      return {
        counted: previous.counted,
        event: previous.event,
        nationality: previous.nationality,
        part: /\bpart\b/.test(previous.kind ?? ''),
      };
    if (previous.event && previous.counted === 'people' && tokens[first0 - 1]?.text === ',' && previous.value > 0)
      return { counted: previous.counted, event: previous.event, nationality: previous.nationality, part: true };
  }
  if (at === 'of' && (tokens[k + 1]?.lower === 'them' || tokens[k + 1]?.lower === 'those')) {
    // "41 people remained in hospital, 11 of them in a critical condition": a state said of the
    // part (in words, not a name) is the part's own measure.
    const said = partEvent(tokens, k + 2, lex);
    const stated =
      said !== 'part' && !said.startsWith('part:') ? said : said.startsWith('part:') && lowerAfter(tokens, k + 2, lex) ? said : undefined;
    // "Seventeen of them remained in a critical condition": the figure they are part of is in the
    // sentence before; the part said alike is the measure.
    if (!previous?.counted) return stated ? { counted: 'people', event: stated, part: true } : undefined;
    // "Fourteen people were injured, and three of them remain in hospital": a part in a state the
    // data names is that state's count, as "three remain in hospital" is.
    if (stated && !stated.startsWith('part:') && stated !== previous.event && previous.counted === 'people')
      return { counted: 'people', event: stated, nationality: previous.nationality };
    // (only when no verb follows: "42 of them had been placed" stays the figure before's part)
    // ("four of them were in intensive care": a state after "in" is said of the part, a verb is not.)
    if (stated?.startsWith('part:') && (!LINKING.has(tokens[k + 2]?.lower ?? '') || stateIn(tokens, k + 2)))
      return { counted: previous.counted, event: stated, nationality: previous.nationality, part: true };
    // A part of the figure before is a measure of its own ("3,000 of them are in Kursk" is not the
    // count of those in Kursk): compared only with other parts.
    return previous.event && previous.event !== 'part'
      ? { counted: previous.counted, event: previous.event, nationality: previous.nationality, part: true }
      : { counted: previous.counted, event: 'part', nationality: previous.nationality };
  }
  // "seven of the 13 regional council seats", "Seven of the MPC's nine members": a part of the
  // noun the phrase after "of" counts, a measure of its own (compared only with other parts).
  if (at === 'of' && tokens[first0]?.lower !== 'one') {
    const noun = partitiveNoun(tokens, k + 1, lex);
    // "Eleven of the 31 people injured in the collapse were still in hospital": a part of people
    // said, after the verb that ends its phrase, to be in a state the data names is that state's
    // count ("14 remained in hospital").
    const state = noun === 'people' ? stateAfterVerb(tokens, k + 1, lex) : undefined;
    if (state) return { counted: 'people', event: state };
    // ("Thirteen of the 14 suspects were arrested in Spain": what the clause says happened to the
    // part, read after the verb that ends its phrase, is the part's own measure.)
    const happened = noun ? eventAfterVerb(tokens, k + 1, lex) : undefined;
    if (noun && happened) return { counted: noun, event: happened, part: true };
    if (noun) return { counted: noun, event: 'part' };
    // ("16 of the 21 dead had been found on the sixth floor": a part of those a total of an event
    // counts, said of them after it, as "16 of the dead" is.)
    const dead = deadTotal(tokens, k + 1, lex);
    if (dead) {
      const said = partEvent(tokens, dead.after, lex);
      return { counted: 'people', event: said === 'part' ? dead.event : said, part: true };
    }
    // ("had recaptured 41 of the escapees": what was done to the part, said before it when
    // nothing is said after.)
    const whole = partitiveWhole(tokens, k + 1, lex, partEventBefore(tokens, first0, lex));
    if (whole) return whole;
  }
  // "About 36,800 people remain in camps, down from 42,500 a week ago": the figure the change
  // started from counts what the figure before it counts.
  const from = tokens[first0 - 1]?.lower === 'from' ? (tokens[first0 - 2]?.lower ?? '') : undefined;
  // ... and "revised to 112 from 86": the figure before, reached "to", is the newer one.
  const reachedTo = previous ? tokens[tokens.findIndex((t) => t.end > previous.span.start) - 1]?.lower === 'to' : false;
  if (from !== undefined && (CHANGED_FROM.has(from) || (reachedTo && /^\p{N}/u.test(from))) && previous?.counted)
    return { counted: previous.counted, event: previous.event, nationality: previous.nationality };
  let v = k;
  while (v < tokens.length && v - k < 3 && LINKING.has(tokens[v].lower)) v++;
  // "14 killed and 86 injured", "300 wounded": what happened to them, right after the number.
  if (
    v === k &&
    /(?:ed|en|ing)$|^(?:dead|hurt)$/.test(tokens[k]?.lower ?? '') &&
    !(tokens[k + 1]?.word && isPluralNoun(tokens[k + 1].lower)) &&
    // ("three dead sea turtles": a noun before the plural noun it qualifies.)
    !(tokens[k + 1]?.word && !lex.stopwords.has(tokens[k + 1].lower) && tokens[k + 2]?.word && isPluralNoun(tokens[k + 2].lower))
  ) {
    const id = lex.events.matchAt(tokens, k)?.values.find((x) => x !== 'additional');
    if (id) return { counted: 'people', event: id };
  }
  if (v > k) {
    const e = lex.events.matchAt(tokens, v);
    const id = e?.values.find((x) => x !== 'additional');
    if (id) return { counted: 'people', event: id };
  }
  // Back from the number within its clause: a total and what it is of.
  const first = tokens.findIndex((t) => t.end > start);
  // "killed 40, wounding at least 300": what happened, said just before the figure.
  let q = first - 1;
  // ("bringing the number of birds killed to about 2.4 million": a "to" not of "up to" says what
  // the count was brought to, not whom the verb before it happened to.)
  let broughtTo = false;
  while (q > 0 && QUALIFYING.has(tokens[q].lower)) {
    if (tokens[q].lower === 'to' && tokens[q - 1]?.lower !== 'up') broughtTo = true;
    q--;
  }
  const before = q >= 0 && q < first - 0 && !broughtTo ? lex.events.matchAt(tokens, q) : undefined;
  const happened = before && q + before.length <= first ? before.values.find((x) => x !== 'additional') : undefined;
  if (happened && /(?:ed|ing)$/.test(tokens[q].lower)) return { counted: 'people', event: happened };
  // "Of the dead, 40 were in Buner": a part of those who died.
  // "Of the 38 people killed, 29 died in Swat": the event may follow the total.
  if (tokens[first - 1]?.text === ',' && tokens[0]?.lower === 'of') {
    // "Of the 22 people still in hospital, six were critically ill": a state said of the part.
    const said = partEvent(tokens, k, lex);
    if (said.startsWith('part:') && lowerAfter(tokens, k, lex) && previous?.counted === 'people')
      return { counted: 'people', event: said, part: true };
    for (let x = 1; x < first - 1 && x <= 6; x++) {
      const e = lex.events.matchAt(tokens, x)?.values.find((y) => y !== 'additional');
      if (e) return { counted: 'people', event: e, part: true };
    }
  }
  // "put the dead at 97", "the injured numbered 412": those it happened to, named by what happened
  // to them, then the figure.
  let p = first - 1;
  while (p > 0 && QUALIFYING.has(tokens[p].lower) && !/^(?:at|numbered|totalled|totaled)$/.test(tokens[p].lower)) p--;
  if (/^(?:at|numbered|totalled|totaled)$/.test(tokens[p]?.lower ?? '') && tokens[p - 2]?.lower === 'the') {
    const e = lex.events.matchAt(tokens, p - 1);
    const those = e?.length === 1 ? e.values.find((y) => y !== 'additional') : undefined;
    if (those && /(?:ed|en)$|^(?:dead|missing|hurt)$/.test(tokens[p - 1].lower)) return { counted: 'people', event: those };
  }
  // "a magnitude-7.1 quake", "a magnitude of 7.1": a magnitude, not a count.
  if (tokens.slice(Math.max(0, first - 3), first).some((t) => t.lower === 'magnitude' || t.lower === 'magnitude-'))
    return { counted: 'magnitude' };
  // "The number of people killed when a passenger train derailed in ... late on Friday has risen
  // to 27": a total's figure after its verb ("risen to", "stands at") may be far from the total.
  const reach =
    TOTAL_VERB.test(tokens[first - 2]?.lower ?? '') && (tokens[first - 1]?.lower === 'to' || tokens[first - 1]?.lower === 'at') ? 40 : 16;
  // What a total word at b ("the number of riders") says is counted, if anything.
  const ofTotal = (b: number, w: string): { counted: string; event?: string; nationality?: string } | undefined => {
    if (w === 'toll') return { counted: 'people', event: 'death' };
    // "The injured count was raised to 118": the total of those it happened to.
    const before = b > 0 ? lex.events.matchAt(tokens, b - 1) : undefined;
    const those = before?.length === 1 ? before.values.find((y) => y !== 'additional') : undefined;
    if (those) return { counted: 'people', event: those };
    // "bringing the number charged so far to 29": those it happened to, named by the participle
    // right after the total.
    const done = lex.events.matchAt(tokens, b + 1)?.values.find((y) => y !== 'additional');
    if (done && /(?:ed|en)$/.test(tokens[b + 1].lower)) return { counted: 'people', event: done };
    if (tokens[b + 1]?.lower !== 'of') return undefined;
    let x = b + 2;
    if (tokens[x]?.lower === 'the') x++;
    // "the number of North Korean troops": whose they are, then what is counted.
    const whose = lex.entities.matchAt(tokens, x);
    const demonym = whose?.values.find((v) => v.kind === 'demonym');
    if (demonym && whose && lex.counted.matchAt(tokens, x + whose.length)) {
      const c = lex.counted.matchAt(tokens, x + whose.length)!;
      return { counted: c.values[0], nationality: demonym.id };
    }
    // "the tally of suspected cases": the kind is read apart (measureKindAround).
    if (lex.measureKinds.matchAt(tokens, x)) x += lex.measureKinds.matchAt(tokens, x)!.length;
    // "the tally of confirmed cases": past one word that is no noun.
    else if (
      tokens[x] &&
      tokens[x + 1]?.word &&
      !nounOf(tokens[x].lower) &&
      !lex.counted.matchAt(tokens, x) &&
      !lex.events.matchAt(tokens, x)
    )
      x++;
    const c = lex.counted.matchAt(tokens, x);
    const e = lex.events.matchAt(tokens, x);
    // "the number of people missing": the state after the people is what happened to them.
    const after = c && !e ? lex.events.matchAt(tokens, x + c.length) : undefined;
    const id = (e ?? after)?.values.find((y) => y !== 'additional');
    if (c) return { counted: c.values[0], event: id };
    // "the number of dead seabirds": the word of what happened qualifies the noun that is counted.
    // ("the count of dead sea turtles": past a noun to the plural noun it qualifies.)
    let qualified = e && !c ? x + e.length : -1;
    if (
      qualified > 0 &&
      tokens[qualified]?.word &&
      !isPluralNoun(tokens[qualified].lower) &&
      tokens[qualified + 1]?.word &&
      isPluralNoun(tokens[qualified + 1].lower) &&
      !lex.stopwords.has(tokens[qualified].lower)
    )
      qualified++;
    // (No verb after the word: "the number of injured stands at 512", "... injured was revised".)
    const noun2 = tokens[qualified]?.lower ?? '';
    if (
      qualified > 0 &&
      tokens[qualified].word &&
      isPluralNoun(noun2) &&
      !lex.stopwords.has(noun2) &&
      !LINKING.has(noun2) &&
      !/^(?:at|to|by)$/.test(tokens[qualified + 1]?.lower ?? '')
    ) {
      const c2 = lex.counted.matchAt(tokens, qualified);
      if (c2) return { counted: c2.values[0], event: id };
      const n2 = nounOf(tokens[qualified].lower);
      if (n2) return { counted: 'other:' + n2 };
    }
    if (id) return { counted: 'people', event: id };
    const noun = tokens[x] && nounOf(tokens[x].lower);
    // "the number of destroyed houses", "the number of houses destroyed": what happened to them.
    const thing = (x > b + 2 ? lex.thingEvents.matchAt(tokens, x - 1) : undefined) ?? lex.thingEvents.matchAt(tokens, x + 1);
    if (noun) return { counted: 'other:' + noun, ...(thing ? { event: thing.values[0] } : {}) };
    return undefined;
  };
  // "That brings to six the number of riders facing charges": the total named after its figure.
  if (tokens[k]?.lower === 'the' && TOTALS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of') {
    const r = ofTotal(k + 1, tokens[k + 1].lower);
    if (r) return r;
  }
  for (let b = first - 1, listed = 0; b >= 0 && first - b - listed <= reach; b--) {
    const w = tokens[b].lower;
    // A comma inside a list of names ("off Sydney, Melbourne, Brisbane and Fremantle") ends no clause.
    // (nor do its names count against the reach).
    const inList = w === ',' && /^\p{Lu}/u.test(tokens[b - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[b + 1]?.text ?? '');
    if (inList) listed += 2;
    if ((w === ',' && !inList) || w === ';' || w === '.') break;
    if (!TOTALS.has(w)) continue;
    const r = ofTotal(b, w);
    if (r) return r;
  }
  const level = levelOf(tokens, first, lex);
  if (level) return level;
  // "the queue had peaked at 97 vessels on Monday and stood at 88 on Wednesday", "The queue, which
  // peaked at 97 vessels last Monday, had fallen to 41": a level told again of what the sentence's
  // figure before counts.
  if (previous?.counted && !previous.unit && levelVerbBefore(tokens, first))
    return { counted: previous.counted, event: previous.event, nationality: previous.nationality };
  return undefined;
}

/** Whether a figure stands before "in"/"at" a place ("97 were in", "14 in", "12 of them in"). */
function placedAfter(tokens: Token[], q: Quantity): boolean {
  let k = tokens.findIndex((t) => t.start >= q.span.end);
  for (let n = 0; k >= 0 && k < tokens.length && n < 4; k++, n++) {
    const w = tokens[k].lower;
    if (w === 'in' || w === 'at') return /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
    if (!LINKING.has(w) && w !== 'of' && w !== 'them' && w !== 'people') return false;
  }
  return false;
}

/** A plural demonym right after a figure with no noun after it ("3,000 North Koreans were"). */
export function pluralDemonym(tokens: Token[], mentions: Mention[], k: number, lex: Lexicon): Mention | undefined {
  const m = mentions.find((x) => x.i === k && x.kind === 'demonym');
  if (!m || !/s$/i.test(tokens[m.j - 1].text)) return undefined;
  const next = tokens[m.j];
  return next?.word && (lex.counted.matchAt(tokens, m.j) || isPluralNoun(next.lower)) ? undefined : m;
}

/** "the 21 dead", "the 34 injured": a total, then the event word that names those it happened to;
 *  the event and where the phrase ends, or undefined. */
function deadTotal(tokens: Token[], from: number, lex: Lexicon): { event: string; after: number } | undefined {
  if (tokens[from]?.lower !== 'the' || !/^\p{N}/u.test(tokens[from + 1]?.text ?? '')) return undefined;
  const event = lex.events.matchAt(tokens, from + 2)?.values.find((v) => v !== 'additional');
  const next = tokens[from + 3];
  return event && !(next?.word && isPluralNoun(next.lower)) ? { event, after: from + 3 } : undefined;
}
