// Whether the draft describes a person as the sources do: the same office or occupation, told of
// another body or place ("a spokeswoman for the Tyrol state police" for the sources' "spokeswoman
// for the Innsbruck public prosecutor's office"; "who heads the IMD's regional centre in New Delhi"
// for "... in Lucknow"), is another affiliation: a conflict (POLICY: affiliation or title). A
// description of another kind ("a retired admiral" for a recorded adviser) may be true as well, and
// a description naming nothing the sources' could differ in ("the state's health minister") says
// nothing either way. The descriptors are read by extract/descriptors.ts, the sources' lazily.
import { akin, nameOfAdjective } from '../data/wordnet';
import type { Lexicon } from '../data/lexicon';
import { findDescriptors, type Descriptor, type DescriptorUnit } from '../extract/descriptors';
import { findMentions } from '../extract/mentions';
import { foldSpelling } from '../text/spelling';
import { tokenize } from '../text/tokens';
import { orgAncestors } from './actors';
import type { ElementResult, JudgeContext } from './context';
import { comparePlaces } from './elements';
import { holdersOf, wrongTitle } from './offices';
import type { RecordIndex } from './index';

/** Records read for one person's descriptions. */
const RECORDS_READ = 60;
/** Heads that describe any office: the same slot as any other. */
const ANY_OFFICE = new Set(['head', 'chief', 'leader', 'boss', 'official']);

interface SourceDescriptor extends Descriptor {
  record: number;
}

const memo = new WeakMap<RecordIndex, Map<string, SourceDescriptor[]>>();

/** The descriptions the records give a person (by the last word of the name). */
function sourceDescriptors(index: RecordIndex, surname: string): SourceDescriptor[] {
  let byName = memo.get(index);
  if (!byName) memo.set(index, (byName = new Map<string, SourceDescriptor[]>()));
  const known = byName.get(surname);
  if (known) return known;
  const out: SourceDescriptor[] = [];
  for (const r of index.recordsForQuote([surname]).slice(0, RECORDS_READ)) {
    const tokens = tokenize(index.records[r].text);
    for (const d of findDescriptors(tokens, findMentions(tokens, index.lexicon), index.lexicon))
      if (d.surname === surname) out.push({ ...d, record: r });
  }
  byName.set(surname, out);
  return out;
}

const one = (x: string) => x.replace(/(?:wo)?man$|person$/, 'person');
/** Whether the draft's office (`a`) is the one the sources' (`b`) tells: the same, or one the
 *  draft names by a word for any office ("head" of what the sources call its director). */
const sameSlot = (a: string, b: string) => one(a) === one(b) || ANY_OFFICE.has(a) || (ANY_OFFICE.has(b) && LEADS.has(one(a))) || akin(a, b);
/** Offices that head a body: what the sources may call its "head" or "chief". */
const LEADS = new Set(['director', 'chairperson', 'chair', 'president', 'commander']);

/** Words naming a unit: its id's parts and, for a body, the words of its name ("IMD": india,
 *  meteorological, department). */
function unitWords(u: DescriptorUnit, lex: Lexicon): string[] {
  const name = u.kind === 'word' ? '' : (lex.names.get(u.id) ?? '');
  return `${u.id.replace(/^~/, '')} ${name}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether the other side names the unit: the same entity, a body it belongs to, its words, or an
 *  acronym of a name there. */
function named(u: DescriptorUnit, other: DescriptorUnit[], pool: Set<string>, lex: Lexicon, adds = false): boolean {
  if (other.some((x) => x.id === u.id)) return true;
  // (A place the draft adds to a description without one narrows it; it names no other body.)
  if (adds && (u.kind === 'place' || u.kind === 'country')) return true;
  if (u.kind === 'org') {
    const up = orgAncestors(u.id, lex);
    if (other.some((x) => x.kind === 'org' && (up.has(x.id) || orgAncestors(x.id, lex).has(u.id)))) return true;
  }
  // ("Filipino" for "from the Philippines": a people's word is its country, which the draft may add.)
  const land = u.kind === 'word' ? nameOfAdjective(u.id) : undefined;
  if (land && (adds || land.split(' ').every((w) => pool.has(w)))) return true;
  // (Places are compared apart, when both sides name one.)
  if ((u.kind === 'place' || u.kind === 'country') && other.some((x) => x.kind === 'place' || x.kind === 'country')) return true;
  // (A word and its derived form are one: "Pomerania's" for "Pomeranian".)
  const has = (w: string) => pool.has(w) || (w.length >= 5 && [...pool].some((x) => x.length >= 5 && (x.startsWith(w) || w.startsWith(x))));
  const words = unitWords(u, lex);
  if (words.length && words.every(has)) return true;
  // "IMD" for the India Meteorological Department.
  return [...pool].some((w) => w === u.id) || other.some((x) => initials(unitWords(x, lex)) === u.id);
}

const initials = (words: string[]) =>
  words
    .filter((w) => !['of', 'for', 'and', 'the'].includes(w))
    .map((w) => w[0])
    .join('');

function poolOf(ds: Descriptor[], lex: Lexicon): Set<string> {
  const pool = new Set<string>();
  for (const d of ds) {
    for (const w of d.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) pool.add(w);
    for (const u of d.units) for (const w of unitWords(u, lex)) pool.add(w);
  }
  return pool;
}

const places = (d: Descriptor[]) => d.flatMap((x) => x.units.filter((u) => u.kind === 'place' || u.kind === 'country').map((u) => u.id));

/** What the sources say of a person the draft describes otherwise, if anything. */
export function judgeDescriptors(ctx: JudgeContext): ElementResult | undefined {
  const { claim, index, lex } = ctx;
  for (const d of claim.descriptors ?? []) {
    const all = sourceDescriptors(index, d.surname);
    const name = d.name;
    // Another office: "The Bank's chief economist, Clare Devlin" for the sources' deputy governor.
    const offices = new Set(all.flatMap((s) => (s.office ? [folded(s.office)] : [])));
    const office = d.office && offices.size ? wrongTitle([folded(d.office)], offices, (t) => heldByOthers(index, t, d.person)) : undefined;
    if (office) {
      const s = all.find((x) => x.office && folded(x.office) === office.recorded) ?? all[0];
      return conflict(s.record, `The sources describe ${name} as “${s.text}”, not “${d.text}”.`);
    }
    if (!d.units.length) continue;
    const theirs = all.filter((s) => sameSlot(d.head, s.head) && s.units.length);
    if (!theirs.length) continue;
    const clash = clashing(d, theirs, lex);
    if (clash) return conflict(clash.record, `The sources describe ${name} as “${clash.text}”, not “${d.text}”.`);
  }
  return undefined;
}

/** An office with its words spelt one way ("defence minister", "defense minister"). */
const folded = (office: string) => office.split(' ').map(foldSpelling).join(' ');

function conflict(record: number, reason: string): ElementResult {
  return { verdict: 'conflicting', aspects: ['actor'], supports: [], conflicts: [record], context: [], reason };
}

const heldByOthers = (index: RecordIndex, title: string, person: string) =>
  [...(holdersOf(index).get(title) ?? [])].some((p) => p !== person);

function clashing(d: Descriptor, theirs: SourceDescriptor[], lex: Lexicon): SourceDescriptor | undefined {
  // Another place: the sources' places and the draft's are apart ("in New Delhi" for "in Lucknow").
  const mine = places([d]);
  const their = places(theirs);
  if (mine.length && their.length && comparePlaces(mine, their, lex) === 'disjoint')
    return theirs.find((s) => places([s]).length) ?? theirs[0];
  // Another body: the draft names one the sources do not, and they name one the draft does not.
  const theirPool = poolOf(theirs, lex);
  const myPool = poolOf([d], lex);
  const theirUnits = theirs.flatMap((s) => s.units);
  const extra = d.units.filter((u) => !named(u, theirUnits, theirPool, lex, true));
  if (!extra.length) return undefined;
  for (const s of theirs) {
    // (A nationality the draft leaves out, "North Korean leader", names no other body.)
    const missing = s.units.filter((u) => u.kind !== 'country' && !named(u, d.units, myPool, lex));
    if (missing.length) return s;
  }
  return undefined;
}
