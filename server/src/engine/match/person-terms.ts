// A term a record gives each of several people ("banned Juan Pérez for four years and Luis Gómez for
// two years and eight months"): the draft's term for one of them ("Pérez was banned for two years")
// is checked against that person's own, not against any period the sentence gives. A term belongs
// to the person named nearest before it.
import { findMentions, type Mention } from '../extract/mentions';
import { smallCount } from '../extract/number-words';
import { tokenize, type Token } from '../text/tokens';
import type { ElementResult, JudgeContext } from './context';
import type { RecordIndex } from './index';

const DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

interface Term {
  /** Token index where it starts. */
  at: number;
  days: number;
  text: string;
}

/** "four", "14", "a" (year): a small count (extract/number-words.ts). */
const count = (t: Token | undefined) => (t ? (t.lower === 'a' || t.lower === 'an' ? 1 : smallCount(t.lower)) : undefined);
const unit = (t: Token | undefined) => (t ? DAYS[t.lower.replace(/s$/, '')] : undefined);

/** "four years", "two years and eight months", "a 10-year ban" (as "10-year"). */
function termsIn(tokens: Token[]): Term[] {
  const out: Term[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const hyphen = /^(\d{1,3}|\p{L}+)-(year|month|week|day)$/u.exec(tokens[k].lower);
    if (hyphen) {
      const n = smallCount(hyphen[1]);
      if (n !== undefined) out.push({ at: k, days: n * DAYS[hyphen[2]], text: tokens[k].text });
      continue;
    }
    const n = count(tokens[k]);
    const u = unit(tokens[k + 1]);
    if (n === undefined || u === undefined) continue;
    let days = n * u;
    let end = k + 2;
    // "... and eight months"
    const m = count(tokens[k + 3]);
    const v = unit(tokens[k + 4]);
    if (tokens[k + 2]?.lower === 'and' && m !== undefined && v !== undefined && v < u) {
      days += m * v;
      end = k + 5;
    }
    out.push({
      at: k,
      days,
      text: tokens
        .slice(k, end)
        .map((t) => t.text)
        .join(' '),
    });
    k = end - 1;
  }
  return out;
}

const isPerson = (m: Mention) => m.kind === 'person' || m.kind === 'name';

/** The person named nearest before a token, if any. */
function ownerOf(mentions: Mention[], at: number): string | undefined {
  let owner: Mention | undefined;
  for (const m of mentions) if (isPerson(m) && m.j <= at && (!owner || m.j > owner.j)) owner = m;
  return owner?.id;
}

export function personTermOtherwise(ctx: JudgeContext, records: number[]): ElementResult | undefined {
  const { claim, index, lex } = ctx;
  if (!/\b(?:years?|months?|weeks?|days?)\b|-(?:year|month|week|day)\b/i.test(claim.text)) return undefined;
  const tokens = tokenize(claim.text);
  const mine = termsIn(tokens);
  if (mine.length !== 1) return undefined;
  const mentions = findMentions(tokens, lex);
  const person = ownerOf(mentions, mine[0].at) ?? (mentions.filter(isPerson).length === 1 ? mentions.find(isPerson)!.id : undefined);
  if (!person) return undefined;
  for (const i of records) {
    const rt = tokenize(index.records[i].text);
    const theirs = termsIn(rt);
    if (!theirs.length) continue;
    const rm = findMentions(rt, lex);
    // (Only where the record gives terms to more than one person: one person's term is the event's.)
    const owners = theirs.map((t) => ownerOf(rm, t.at));
    if (new Set(owners.filter(Boolean)).size < 2) continue;
    const own = theirs.filter((_, k) => owners[k] === person);
    if (!own.length || own.some((t) => t.days === mine[0].days)) continue;
    const name = rm.find((m) => m.id === person)?.text ?? person;
    return {
      verdict: 'conflicting',
      aspects: ['count'],
      supports: [],
      conflicts: [i],
      context: [],
      reason: `${ctx.label(i)} gives ${name} “${own[0].text}”, not “${mine[0].text}”.`,
    };
  }
  return undefined;
}

/**
 * Whether a record's figure is another person's: the record names, nearest before the figure, a
 * person the draft does not name (not the record's speaker), while the draft names someone ("The
 * court fined Ndegwa 480 million shillings" is no other fine for "Rotich was ordered to pay 300
 * million shillings"). Such a figure contradicts nothing the draft says of its own person.
 */
export function figureOfAnother(ctx: JudgeContext, record: number, figure: string): boolean {
  const { claim, index } = ctx;
  let named = namedIn.get(claim);
  if (!named) {
    const mine = (claim.descriptors?.map((d) => d.person) ?? []).concat(claim.actors.flatMap((a) => (a.person ? [a.person] : [])));
    const people = findMentions(tokenize(claim.text), index.lexicon).filter(isPerson);
    named = new Set([...mine, ...people.map((m) => m.id)]);
    namedIn.set(claim, named);
  }
  if (!named.size) return false;
  const r = index.records[record];
  const at = r.text.indexOf(figure);
  if (at < 0) return false;
  const { tokens, owners } = ownersIn(index, record);
  const k = tokens.findIndex((t) => t.start >= at);
  if (k < 0) return false;
  const owner = ownerOf(owners, k);
  return owner !== undefined && !named.has(owner);
}

const namedIn = new WeakMap<object, Set<string>>();
const owned = new WeakMap<RecordIndex, Map<number, { tokens: Token[]; owners: Mention[] }>>();

/** A record's tokens and the people it names who may own a figure (not its speakers), once each. */
function ownersIn(index: RecordIndex, record: number): { tokens: Token[]; owners: Mention[] } {
  let byRecord = owned.get(index);
  if (!byRecord) owned.set(index, (byRecord = new Map<number, { tokens: Token[]; owners: Mention[] }>()));
  const hit = byRecord.get(record);
  if (hit) return hit;
  const r = index.records[record];
  const tokens = tokenize(r.text);
  const speakers = new Set(r.actors.flatMap((a) => (a.person && a.role === 'primary' ? [a.person] : [])));
  // (People the library knows as such: a speaker, an office holder, someone of a given age; not a
  // name-shaped run that may be a ship's, "the Santa Lucia Express".)
  const person = (m: Mention) =>
    m.kind === 'person' || (m.kind === 'name' && (index.personRecords.has(m.id) || index.titles.has(m.id) || index.ages.has(m.id)));
  const out = { tokens, owners: findMentions(tokens, index.lexicon).filter((m) => person(m) && !speakers.has(m.id)) };
  byRecord.set(record, out);
  return out;
}
