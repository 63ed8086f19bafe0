// Judging one figure of a claim against the records of the same measure (what is counted, whose
// people, which event). Same figure, place, time and actor: supported. Another figure for the same
// measure, actor and time, a flipped qualifier, another date or place for the same figure: conflict.
// A figure the library gives to someone else: conflict when the library knows the draft's actor.
import type { Quantity } from '../types';
import { figureLabel, unbackedReason } from './figure-messages';
import { checkSetting, sameActor, type ElementResult, type JudgeContext } from './context';
import { coverOf, leanCover, ownCover } from './cover';
import { akin, personNoun } from '../data/wordnet';
import { OTHER_PEOPLE_TELLS, otherPeopleKind } from './peoples';
import { otherDimension, otherThing, thingSize } from './dimensions';
import { conflictingTimes, directionsFlip, holdsValue, sameValue, unitSwapped } from './elements';
import { conflictOrder, countConflicts, timeTexts } from './figure-conflicts';
import { type Candidate, formerOnlyOutdated, outdatedBy } from './outdated';
import { movedSince } from './moved-since';
import { countedOtherwise, currencySwapped, otherStateFinding } from './counted-otherwise';
import {
  alongside,
  dayNotBacked,
  jointCountryWithout,
  monthApart,
  ownReportAlike,
  partAlike,
  SAME_FIGURE_EVENT,
  placedAlike,
  sameFrame,
  spansMorePlaces,
  scopedConflict,
  speakerAside,
} from './figure-scope';

/** For a sum of money or a share: how much of what it is for or of (the sentence's words, not its
 *  names) a record must share to back the figure. */
const SAME_PURPOSE = 0.25;
/** How much of the claim a report dating the figure otherwise must tell in its own sentence. */
const SAME_EVENT_OWN = 0.6;
/** How much of the claim a record giving its own figure for something else must tell (echoed). */
const ECHO_TELLS = 0.15;

/** `within`: only these records' figures (a figure counted otherwise is judged among the records its
 *  words fetched, which a record store has fetched too: engine/record-source.ts). */
export function judgeQuantity(ctx: JudgeContext, q: Quantity, within?: Set<number>): ElementResult | undefined {
  if (!q.counted) return undefined;
  const { index, lex } = ctx;
  const cands: Candidate[] = [];
  const placeRank = new Map<number, number>();
  const places = ctx.claim.places.filter((p) => p.role === 'at').map((p) => p.id);
  const found = index.quantityCandidates(q, ctx.actorKeys, places);
  const entries = within ? found.filter((e) => within.has(e.record)) : found;
  // A share, a sum of money or a count of something only the sentence names: what it is of, who
  // pays and what for are in the sentence's words, not in the measure.
  const money = q.counted?.startsWith('money-') ?? false;
  // People killed, missing or arrested are measured by that event already.
  const specific = q.event !== undefined && q.event !== 'presence';
  const loose =
    !q.nationality &&
    !specific &&
    (q.unit === 'percent' || !q.counted || q.counted === 'people' || q.counted.startsWith('other:') || q.counted.startsWith('money-'));
  // Shares of different things ("9.8% of votes", "9.8% of tally sheets") are other measures, when
  // the library has shares of the draft's kind to compare with; a kind it has none of ("of the
  // ground" for its "of the territory") is compared with every share.
  const shareKind = q.of && entries.some((e) => e.quantity.of && akin(q.of!, e.quantity.of)) ? q.of : undefined;
  // "KOICA pledged $3 million": a draft that says nothing but who and how much is about the named
  // speaker's figure; its words cannot tell one purpose from another.
  const bare = ctx.attributed && ctx.claim.keywords.every((w) => ctx.lex.names.has(w) || ctx.lex.places.has(w));
  // "told the Kyiv Independent in December": a period for the saying (below), and the draft's
  // distance direction and the place it is taken from.
  const saidInAPeriod = ctx.claim.times.some((t) => t.role === 'statement' && t.kind !== 'date' && t.kind !== 'weekday');
  const fell = q.counted === 'length' && ctx.claim.keywords.some((w) => lex.fallen.has(w));
  /** The claim's last `n` characters before the figure ("312 of the 1,000 boreholes", "to 2.86%"). */
  const at = q.span.start - ctx.claim.span.start;
  const before = (n: number) => ctx.claim.text.slice(Math.max(0, at - n), at);
  const whole = /\bof\s+(?:the|its|their)\s+$/i.test(before(12));
  const [way, from] = (q.bearing ?? '').split(' of ');
  for (const e of entries) {
    const r = index.records[e.record];
    if (r.hedged) continue;
    const rq = e.quantity;
    if (q.nationality && rq.nationality && q.nationality !== rq.nationality) continue;
    // "Another 689 people were injured": the increment is also the injured's own figure, to back
    // the same number of injured (never to contradict another one); "will add 10 million euros"
    // backs a plain "€10 million" alike.
    const eventsAgree =
      (q.event ?? '') === (rq.event ?? '') ||
      ((rq.incrementOf !== undefined ? rq.incrementOf === q.event : rq.event === 'additional' && !q.event) && sameValue(q, rq, lex)) ||
      partAlike(ctx, q, rq, e.record, sameValue(q, rq, lex)) ||
      // "37 homes" and "112 homes had been damaged": what happened to things, said on one side only,
      // is compared as before; only two things said to have had different things happen to them
      // ("destroyed", "damaged": lexicon thing-events) are other measures.
      (!!q.counted?.startsWith('other:') &&
        (q.event ? !rq.event && lex.thingEventIds.has(q.event) : !!rq.event && lex.thingEventIds.has(rq.event))) ||
      // ... and "Eighteen schools reopened" backs "18 schools" whatever the record says happened to
      // them (never people: "two inmates were killed" is not the two inmates who escaped).
      (!!q.counted?.startsWith('other:') && (!q.event || !rq.event) && !personNoun(q.counted.slice(6)) && sameValue(q, rq, lex));
    // "250,000 rand each" and "250,000 rand to the family of each person killed": a sum per item the
    // record words otherwise is the same figure (only the same number: never another to contradict).
    const perItem = q.kind === 'each' && !rq.kind && /\b(?:each|per|apiece|every)\b/i.test(r.text) && sameValue(q, rq, lex);
    // "Skagerrak now plans 94 turbines" and "the farm will use 94 turbines": a plan's figure and the
    // same figure the record gives in the future tense (again only the same number).
    // (Not a sum: what a sum is for the record must say, "300 million koruna would go to retraining".)
    const planned = q.kind === 'target' && !rq.kind && !money && FUTURE.test(r.text) && sameValue(q, rq, lex);
    if (!eventsAgree || ((q.kind ?? '') !== (rq.kind ?? '') && !perItem && !planned)) continue;
    if (shareKind && !(rq.of && akin(shareKind, rq.of)) && !alongside(ctx, q, e.record)) continue;
    // "each about 10 metres wide" and "about 40 metres from the main hole": a size and a distance.
    if (q.counted === 'length' && (otherDimension(ctx.claim, q, r, rq) || otherThing(ctx.claim, q, r, rq))) continue;
    const same = sameValue(q, rq, lex);
    // A vaguer figure holding the record's backs it, but is never the record's own figure to be
    // placed or dated otherwise (it may be another moment's).
    const held = !same && holdsValue(q, rq, lex);
    const flip = directionsFlip(q, rq);
    // "rose to 4.9%" for "eased to 4.9%": the same figure reached the other way.
    const turned = q.change !== undefined && rq.change !== undefined && q.change !== rq.change;
    // "shipped ... to Russia": for goods, the country after "to" is the recipient, not a location.
    let setting = checkSetting(ctx, e.record, !lex.personCategories.has(q.counted), { mine: q, theirs: rq });
    // A length is a thing's size, not of a day: "the bridge, which stretched 186 metres, opened in
    // 1978" dates the opening, and the size is the one the collapse's report gives.
    // (A rise or fall by a length, "rose by more than six metres on Tuesday", is of its day.)
    // (Not an amount that fell: "40 millimetres of rain in October" is of its month.)
    if (q.counted === 'length' && !q.change && !rq.change && setting.time === 'conflict' && !fell) setting = { ...setting, time: 'ok' };
    // ... nor of a place: "the 261-metre vessel ... left Rosario" is the ship's size wherever it is.
    if (!q.change && setting.places === 'disjoint' && thingSize(ctx.claim, q)) setting = { ...setting, places: 'ok', effective: 'equal' };
    // "312 of the 1,000 boreholes had been finished ... in 2022": a whole referred to is not dated
    // by what its part did.
    if (whole && setting.time === 'conflict') setting = { ...setting, time: 'unbacked' };
    const rel = setting.effective;
    placeRank.set(e.record, setting.places === 'ok' ? 0 : setting.places === 'unbacked' ? 1 : 2);
    const actorOk = sameActor(ctx, e.record);
    // A body's figure backs its spokesperson's (sameActor with bodies), but only a strict match contradicts.
    // A record that names no speaker, nor any person or body ("Nine people remain missing in
    // Buner"), is the outlet's own report: it says nothing of who gave the very figure the draft gives.
    const backsActor = actorOk || sameActor(ctx, e.record, true) || (same && speakerAside(ctx, e.record, q));
    const cand: Candidate = {
      record: e.record,
      quantity: rq,
      support: false,
      wrongActor: false,
      otherTime: setting.time === 'unbacked',
      own: actorOk || sameActor(ctx, e.record, true),
    };
    // "10 km south of Estcourt" for "10 km north of Estcourt": the same distance the other way.
    const [theirWay, theirFrom] = (rq.bearing ?? '').split(' of ');
    const away = same && !!way && !!theirWay && way !== theirWay && from === theirFrom;
    if (away && actorOk) {
      cand.conflict = 'place';
      cand.named = [way, theirWay];
    } else if (away || (way && theirWay && from !== theirFrom && !from.startsWith('~') && !theirFrom.startsWith('~')))
      continue; // from another place: another distance
    else if (
      (same || held) &&
      !flip &&
      !turned &&
      setting.places === 'ok' &&
      setting.time !== 'conflict' &&
      !(otherPeopleKind(q, rq, lex) && coverOf(ctx, e.record, true) < OTHER_PEOPLE_TELLS)
    ) {
      // "$5 million on new housing" is not the "$5 million in emergency aid" a record gives; nor
      // is "40% of the province's cases" the 40% of territory another article gives: a sum or a
      // share must share what it is for or of.
      if (!backsActor) cand.wrongActor = true;
      // (So too a size matched only through a conversion: "45 nautical miles" to port is not the "84 km" of coastline.)
      else if (
        !(money || q.vague || q.unit === 'percent' || (q.unit && rq.unit && q.unit !== rq.unit)) ||
        bare ||
        coverOf(ctx, e.record, true) >= SAME_PURPOSE ||
        leanCover(ctx, e.record, true) >= SAME_PURPOSE
      ) {
        cand.support = true;
        cand.weak = setting.via === 'context';
        cand.viaBody = !actorOk;
      }
    } else if (actorOk || ownReportAlike(ctx, e.record, setting)) {
      if (same && turned && setting.time !== 'conflict' && setting.places !== 'disjoint') cand.conflict = 'change';
      // "told the Kyiv Independent in December": the same figure said in another month may be said
      // again; only a day the draft names for the saying contradicts the record's.
      else if (same && !flip && setting.time === 'conflict' && setting.places !== 'disjoint' && !saidInAPeriod) cand.conflict = 'time';
      else if (same && flip && setting.time !== 'conflict' && rel !== 'disjoint') cand.conflict = 'qualifier';
      else if (same && !flip && rel === 'disjoint' && setting.time !== 'conflict' && !placedAlike(ctx, e.record, rq)) {
        cand.conflict = 'place';
        cand.sameDay = setting.time === 'ok' && ctx.claim.times.some((t) => t.start && t.start === t.end);
      }
      // "had earlier reported 12,000": an earlier moment's figure differs only from another
      // earlier one, not from the latest count.
      // "The 38 counts include 12 counts of forgery", "the first $10 million of the $50 million
      // loan": a record's figure the draft gives itself, beside this one, is not this one's.
      else if (
        !same &&
        !held &&
        setting.time !== 'conflict' &&
        !(ctx.claim.recency < 0 && r.recency >= 0) &&
        // ("to 19.4 trillion pesos from 15.2 trillion": the figure the measure moved from differs
        // only from another such figure, not from a later count.)
        !(q.former && !rq.former) &&
        !ctx.claim.quantities.some((o) => o !== q && o.counted === rq.counted && sameValue(o, rq, lex)) &&
        countConflicts(q, rq, setting.relation === 'broader' || (rel === 'equal' && spansMorePlaces(ctx, e.record)) ? 'broader' : rel)
      ) {
        cand.conflict = unitSwapped(q, rq) ? 'unit' : flip ? 'qualifier' : 'count';
      }
    }
    cands.push(cand);
  }
  // Time-scoping (POLICY: same measure, same actor, same time frame): figure-scope.ts scopedConflict.
  const moving = cands.some((a) => !sameValue(a.quantity, cands[0].quantity, lex));
  const scoped = (c: Candidate) => scopedConflict(ctx, c, { moving, loose, bare });
  // A figure of another time frame is no contradiction, though it may still supersede (changes).
  const framed = (c: Candidate) => c.conflict !== 'count' || (sameFrame(ctx, index.records[c.record]) && !monthApart(ctx, c));
  // The draft's own figure given by the library for this measure, but not for what the draft says
  // ("1.2 million children vaccinated" for the campaign's target of 1.2 million): the draft misreads
  // that record, it does not contradict another's count. (A speaker's own other figure still does.)
  // (A record of something else altogether, "more than 40 percent" of a territory for a price's 40
  // per cent, misreads nothing: it must tell some of the claim's words.)
  const echoed = !ctx.attributed && cands.some((c) => sameValue(q, c.quantity, lex) && coverOf(ctx, c.record) >= ECHO_TELLS);
  const conflicts = cands.filter((c) => c.conflict && scoped(c) && framed(c) && !(echoed && c.conflict === 'count'));
  // Superseded figures are judged over the whole measure (whatever event a newer one came with).
  const changes = cands.filter((c) => c.conflict);
  // A record placing the same figure elsewhere outweighs a match that needed a neighbour's place.
  const placeConflict = conflicts.some((c) => c.conflict === 'place');
  // The speaker's own record contradicting the draft outweighs their body's backing it.
  const ownConflict = ctx.attributed && conflicts.some((c) => c.own);
  // A report dating the same figure to another day outweighs one that backs it without the draft's
  // day ("arrested four suspects on Wednesday" against "were arrested on Thursday").
  // (Only a report that tells the claim's event in its own sentence, better than the backing does.)
  const timeConflict = conflicts.find((c) => c.conflict === 'time' && ownCover(ctx, c.record) >= SAME_EVENT_OWN);
  const tellsBetter = (c: Candidate) => !!timeConflict && coverOf(ctx, timeConflict.record) > coverOf(ctx, c.record);
  // "picked up to 2.86%" where one record has inflation at 2.86% and another has it ease to 2.86%:
  // the way it went is the draft's to get right.
  // (A level reached, "to 2.86%": "prices rose 3.6%" tells how much prices rose, not which way the rate went.)
  const reached = /\bto\s+$/i.test(before(4));
  const turnedBy = q.change !== undefined && reached && conflicts.some((c) => c.conflict === 'change');
  const supports = cands.filter(
    (c) =>
      c.support &&
      !(c.weak && placeConflict) &&
      !(c.viaBody && ownConflict) &&
      !(c.otherTime && tellsBetter(c)) &&
      !(turnedBy && c.quantity.change === undefined),
  );
  const ids = (cs: Candidate[]) => [...new Set(cs.map((c) => c.record))];

  // "fell to 48 from 73": a record's starting figure is the earlier one (outdated.ts).
  const former = formerOnlyOutdated(ctx, q, supports);
  if (former) return former;
  // "South Korea and the U.S. have said", "U.S. and South Korean officials said": each of the
  // countries speaking together must give the figure; one of them alone backs it only in part.
  const unbackedCountry = supports.length ? jointCountryWithout(ctx, ids(supports)) : undefined;
  if (unbackedCountry)
    return {
      verdict: 'unsupported',
      aspects: ['actor'],
      supports: [],
      conflicts: [],
      context: ids(supports),
      reason: `“${q.text}” matches ${ctx.label(supports[0].record)}, but no source gives it for ${lex.names.get(unbackedCountry) ?? unbackedCountry}.`,
    };
  const dayUnbacked = dayNotBacked(ctx, supports);
  if (dayUnbacked)
    return {
      verdict: 'unsupported',
      aspects: ['time'],
      supports: [],
      conflicts: [],
      context: ids(supports),
      reason: `${ctx.label(supports[0].record)} gives “${supports[0].quantity.text}”, but not for the day the draft gives.`,
    };
  if (supports.length) {
    const outdated = outdatedBy(
      ctx,
      q,
      supports.filter((c) => !c.quantity.former),
      changes,
    );
    if (outdated) return outdated;
    const moved = movedSince(ctx, q, supports);
    if (moved) return moved;
    const others = conflicts.filter((c) => !supports.some((s) => s.record === c.record));
    const differ = others.length
      ? ` Other records differ: ${others
          .slice(0, 2)
          .map((c) => figureLabel(ctx, c))
          .join('; ')}.`
      : '';
    return {
      verdict: 'supported',
      aspects: ['count'],
      supports: ids(supports),
      conflicts: [],
      context: ids(others),
      reason: `“${q.text}” matches ${ctx.label(supports[0].record)}.${differ}`,
    };
  }
  if (conflicts.length) {
    conflicts.sort(conflictOrder(index.records, ctx.claim.recency));
    const c = conflicts[0];
    // A time or place conflict names the times or places, not the figure they are about.
    const rec = index.records[c.record];
    const [mine, theirs] =
      c.conflict === 'time'
        ? timeTexts(...conflictingTimes(ctx.claim.times, index.settingOf(c.record).records))
        : c.conflict === 'place'
          ? (c.named ?? [ctx.claim.places[0]?.text, rec.places[0]?.text])
          : [q.text, c.quantity.text];
    const named = mine !== undefined && theirs !== undefined;
    if (c.conflict === 'change') {
      const way = (x: Quantity) => (x.change === 'up' ? 'a rise' : 'a fall');
      return {
        verdict: 'conflicting',
        aspects: ['change'],
        supports: [],
        conflicts: ids(conflicts.filter((x) => x.conflict === 'change')),
        context: [],
        reason: `${ctx.label(c.record)} gives “${c.quantity.text}” as ${way(c.quantity)}, not ${way(q)}.`,
      };
    }
    const what = named
      ? `gives “${theirs}”`
      : c.conflict === 'time'
        ? `gives another date${ctx.claim.times[0] ? ` than “${ctx.claim.times[0].text}”` : ''} for “${q.text}”`
        : c.conflict === 'place'
          ? 'places it elsewhere'
          : `gives “${c.quantity.text}”`;
    return {
      verdict: 'conflicting',
      aspects: [...new Set(conflicts.filter((x) => x.conflict === c.conflict).map((x) => x.conflict!))],
      supports: [],
      conflicts: ids(conflicts.filter((x) => x.conflict === c.conflict)),
      context: [],
      reason: named
        ? `${ctx.label(c.record)} ${what}, not “${mine}”${c.conflict === 'time' || c.conflict === 'place' ? ` (for “${q.text}”)` : ''}.`
        : c.conflict === 'time'
          ? `${ctx.label(c.record)} ${what}.`
          : `${ctx.label(c.record)} ${what}, not “${q.text}”.`,
      replacement:
        c.conflict === 'count' || c.conflict === 'qualifier' || c.conflict === 'unit' ? { span: q.span, text: c.quantity.text } : undefined,
    };
  }
  const wrong = cands.filter((c) => c.wrongActor);
  if (ctx.attributed && ctx.actorKnown && wrong.length) {
    // The wrong mouth is a contradiction when the draft retells the record's own report with
    // another speaker; otherwise someone else may well have said it too, at another time
    // (unsupported: the policy's time-scoping).
    // ... by a named person or body: "according to Kyiv" may be any of a government's voices.
    const named = ctx.claim.actors.some((a) => a.role === 'primary' && !a.backref && (a.person || a.orgs.length));
    const retold = named && wrong.some((c) => coverOf(ctx, c.record) >= SAME_FIGURE_EVENT);
    return {
      verdict: retold ? 'conflicting' : 'unsupported',
      aspects: ['actor'],
      supports: [],
      conflicts: ids(wrong),
      context: [],
      reason: `The library records “${wrong[0].quantity.text}” from ${ctx.label(wrong[0].record)}, not from the actor the draft names.`,
    };
  }
  // The same number with other words for what is counted ("4,100 employees", "employs 4,100
  // people"): judged as the record's measure (a newer figure of it makes the draft's outdated), and
  // kept only when that backs it.
  const otherwise = within || cands.some((c) => sameValue(q, c.quantity, lex)) ? undefined : countedOtherwise(ctx, q);
  if (otherwise) {
    const rq = otherwise.quantity;
    const again = judgeQuantity(
      ctx,
      { ...q, counted: rq.counted, nationality: rq.nationality, event: rq.event, kind: rq.kind },
      otherwise.among,
    );
    // ... and a newer figure of the draft's own measure supersedes it too ("212,000 vehicles" for
    // "212,000 Vireo SUVs", when the recall has since grown to "308,000 vehicles").
    if (again?.verdict === 'supported') {
      const backing = again.supports.map((record): Candidate => ({ record, quantity: rq, support: true, wrongActor: false }));
      const newer = outdatedBy(ctx, q, backing, changes);
      if (newer) return newer;
    }
    if (again && (again.verdict === 'supported' || again.verdict === 'outdated')) return again;
  }
  // The same sum in another currency for what the record tells: the unit swapped.
  const swapped = within ? undefined : currencySwapped(ctx, q);
  if (swapped)
    return {
      verdict: 'conflicting',
      aspects: ['unit'],
      supports: [],
      conflicts: [swapped.record],
      context: [],
      reason: `${ctx.label(swapped.record)} gives “${swapped.quantity.text}”, not “${q.text}”.`,
      replacement: { span: q.span, text: swapped.quantity.text },
    };
  // The number the library gives for another state of the same people (the injured for the dead).
  const otherState = within ? undefined : otherStateFinding(ctx, q, entries);
  if (otherState) return otherState;
  // Nearest first: the same figure, then the same place, then the closest figure.
  const closeness = (c: Candidate) =>
    (sameValue(q, c.quantity, lex) ? 0 : 10) +
    (placeRank.get(c.record) ?? 3) +
    Math.min(5, Math.abs(Math.log((c.quantity.normalized + 1) / (q.normalized + 1))));
  cands.sort((a, b) => closeness(a) - closeness(b));
  const near = ids(cands).slice(0, 3);
  return { verdict: 'unsupported', aspects: ['count'], supports: [], conflicts: [], context: near, reason: unbackedReason(ctx, q, cands) };
}

/** Words of a record's sentence telling what is to come. */
const FUTURE = /\b(?:will|would|is to|are to|plans?|planned|to be built)\b/i;
