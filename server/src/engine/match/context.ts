// What every judge gets (the claim, its actor keys, the index) and what it returns (a verdict on one
// element, with the records it rests on and one sentence of why).
import type { Lexicon } from '../data/lexicon';
import type { Aspect, Claim, Span, SourceRecord, Verdict } from '../types';
import { claimActorKeys, intersects } from './actors';
import { compareTime, comparePlaces, mostSpecific } from './elements';
import type { RecordIndex } from './index';

export interface JudgeContext {
  claim: Claim;
  index: RecordIndex;
  lex: Lexicon;
  /** Actor keys the draft gives; empty when unattributed. */
  actorKeys: Set<string>;
  attributed: boolean;
  /** Whether the library has any record of the draft's actor. */
  actorKnown: boolean;
  draftDate?: string;
  /** "Sabrina Singh, Pentagon (Newsweek, 2024-11-23)": who said a record, where and when. */
  label: (record: number) => string;
}

export interface ElementResult {
  verdict: Verdict;
  aspects: Aspect[];
  supports: number[];
  conflicts: number[];
  context: number[];
  reason: string;
  quoteDiff?: { draft: string; source: string };
  replacement?: { span: Span; text: string };
}

export function makeContext(claim: Claim, index: RecordIndex, label: (record: number) => string, draftDate?: string): JudgeContext {
  const actorKeys = claimActorKeys(claim.actors);
  let actorKnown = false;
  for (const k of actorKeys) if (index.knownActors.has(k)) actorKnown = true;
  return { claim, index, lex: index.lexicon, actorKeys, attributed: actorKeys.size > 0, actorKnown, draftDate, label };
}

export function sameActor(ctx: JudgeContext, record: number): boolean {
  return !ctx.attributed || intersects(ctx.actorKeys, ctx.index.actorKeys[record]);
}

/** A record with its neighbours reporting the same event. */
export function withContext(ctx: JudgeContext, record: number): SourceRecord[] {
  const r = ctx.index.records[record];
  return [r, ...r.context.map((i) => ctx.index.records[i])];
}

/** The claim's places and times, checked against a record and its context. */
export function checkSetting(ctx: JudgeContext, record: number): { places: 'ok' | 'unbacked'; time: 'ok' | 'conflict' | 'unbacked' } {
  const recs = withContext(ctx, record);
  const claimPlaces = mostSpecific(ctx.claim.places, ctx.lex);
  const recPlaces = mostSpecific(recs.flatMap((r) => r.places), ctx.lex);
  const rel = comparePlaces(claimPlaces, recPlaces, ctx.lex);
  const places = rel === 'equal' || rel === 'narrower' ? 'ok' : 'unbacked';
  let time: 'ok' | 'conflict' | 'unbacked' = 'ok';
  for (const t of ctx.claim.times) {
    // Statement dates are compared with the record itself; event dates may come from its context.
    const rel2 = compareTime(t, t.role === 'statement' ? [recs[0]] : recs);
    if (rel2 === 'conflict') return { places, time: 'conflict' };
    if (rel2 === 'none') time = 'unbacked';
  }
  return { places, time };
}
