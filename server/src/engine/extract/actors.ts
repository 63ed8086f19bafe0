// Who a sentence attributes its statement to. An attribution cue ("said", "according to",
// "citing") is found outside quotations; the actor is the named person, organisation or anonymous
// source next to it, with the titles, organisations and countries in its apposition ("Andrii
// Kovalenko, head of the Center for Countering Disinformation, wrote").
import type { Lexicon } from '../data/lexicon';
import {
  affiliatedAfter,
  APPOSITION,
  AUXILIARY,
  countryBody,
  figureAtAfter,
  reckoningAfter,
  startsFigure,
  SUBJECT_VERB,
  SURNAME_PARTICLES,
  VENUE,
  withRank,
} from './actor-words';
import { bodyAfterOffice, bodySeat, scanBack, scanForward, seatOf, withBodyNamed } from './actor-phrase';
import { countriesIn, unnamedSpeaker } from './unnamed-speakers';
import type { Token } from '../text/tokens';
import type { ActorRef } from '../types';
import type { Mention } from './mentions';

export interface Cue {
  i: number;
  j: number;
  kind: 'verb' | 'after' | 'secondary';
  text: string;
  /** "the recall was announced": a verb of saying in the passive with no agent; it dates a
   *  statement but names no one who made it. */
  passive?: boolean;
}

const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

export function findCues(tokens: Token[], lex: Lexicon, inQuote: (i: number) => boolean): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote(i)) continue;
    const m = lex.cues.matchAt(tokens, i);
    if (!m) {
      // "By Ukraine's count", "by the NIS's estimate", "in Kyiv's assessment": whose reckoning the figure is.
      if ((tokens[i].lower === 'by' || tokens[i].lower === 'in') && reckoningAfter(tokens, i + 1, lex) > 0)
        out.push({ i, j: i + 1, kind: 'after', text: tokens[i].text });
      // "The USGS put the magnitude at 6.1": the subject gives its own figure for the thing.
      else if (lex.reckoningVerbs.has(tokens[i].lower) && figureAtAfter(tokens, i + 1))
        out.push({ i, j: i + 1, kind: 'verb', text: tokens[i].text });
      continue;
    }
    const kind = m.values[0];
    // "28 per cent", "per share", "per day": a rate, not "per the company" (an attribution opens
    // with a name or "the").
    if (tokens[i].lower === 'per' && m.length === 1 && !(/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') || tokens[i + 1]?.lower === 'the'))
      continue;
    // "adding two employees to the case", "reporting 40 deaths", "claiming 12 lives": a verb that
    // takes a figure as its object does what it says, it does not attribute.
    if (kind === 'verb' && m.length === 1 && /ing$/.test(tokens[i].lower) && startsFigure(tokens[i + 1])) continue;
    // "from the 84 reported on Sunday": a participle after a figure tells of the figure (an earlier
    // report), not of a saying now.
    if (kind === 'verb' && m.length === 1 && /ed$/.test(tokens[i].lower) && /^\p{N}/u.test(tokens[i - 1]?.text ?? '')) continue;
    // "the town once called Belfast": "called" before a name names, it does not say.
    if (kind === 'verb' && m.length === 1 && /^call(?:s|ed)?$/.test(tokens[i].lower) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? ''))
      continue;
    // "Basarnas called off the search": a verb with its particle does something else than say.
    if (kind === 'verb' && m.length === 1 && tokens[i + 1]?.lower === 'off') continue;
    // "the United States said": a capitalised word inside a sentence is a name's, not a verb.
    if (
      kind === 'verb' &&
      i > 0 &&
      /^\p{Lu}/u.test(tokens[i].text) &&
      tokens[i].text !== tokens[i].text.toUpperCase() &&
      /^[\p{L}\p{N}]/u.test(tokens[i - 1].text)
    )
      continue;
    // "since the recall was announced on March 3": a verb of saying in the passive, with no agent
    // after it, names no one who said anything.
    let passive = false;
    if (kind === 'verb' && m.length === 1 && /(?:ed|en|wn)$/.test(tokens[i].lower) && tokens[i + 1]?.lower !== 'by') {
      let b = i - 1;
      if (b >= 0 && (tokens[b].lower === 'first' || tokens[b].lower === 'also' || tokens[b].lower === 'widely')) b--;
      if (b >= 0 && PASSIVE_AUX.has(tokens[b].lower)) passive = true;
    }
    out.push({
      ...(passive ? { passive } : {}),
      i,
      j: i + m.length,
      kind,
      text: tokens
        .slice(i, i + m.length)
        .map((t) => t.text)
        .join(' '),
    });
    i += m.length - 1;
  }
  return out;
}

const ACTOR_KINDS = new Set(['person', 'name', 'org', 'anonymous']);

export function findActors(tokens: Token[], mentions: Mention[], cues: Cue[], lex: Lexicon, inQuote: (i: number) => boolean): ActorRef[] {
  const out: ActorRef[] = [];
  const used = new Set<Mention>();
  // Words inside a known name ("National Security and Defense Council") never end a phrase.
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions)
    for (let k = m.i; k < m.j; k++)
      covered[k] = m.kind === 'place' || m.kind === 'country' ? 2 : m.kind === 'name' || m.kind === 'person' ? 3 : 1;
  const inMention = (k: number) => covered[k] !== 0;
  const inPlace = (k: number) => covered[k] === 2;
  const inName = (k: number) => covered[k] === 3;
  for (const cue of cues) {
    if (cue.passive) continue;
    let group: Mention[] = [];
    let backref = false;
    let definite: string | undefined;
    if (cue.kind === 'verb') {
      // Subject before the verb ("Kirby said"), else after it ("said the unnamed source").
      const lo = scanBack(tokens, cue.i, inQuote, inMention, inPlace);
      backref = isBackref(tokens, lo, cue.i, lex);
      // "The commission said": a body the text named before by its full name.
      const body = definiteBody(tokens, lo, cue.i, lex);
      if (body) {
        backref = true;
        definite = body;
      }
      group = mentions.filter((m) => m.i >= lo && m.j <= cue.i && !used.has(m));
      // "Kazakhstan's president told": an office and a country speak too.
      // "Moscow has not confirmed": a country right before the verb (auxiliaries aside) speaks.
      let before = cue.i;
      while (before > lo && AUXILIARY.has(tokens[before - 1].lower)) before--;
      const speaks = (g: Mention[]) =>
        g.some((m) => ACTOR_KINDS.has(m.kind)) ||
        (g.some((m) => m.kind === 'title') && g.some((m) => m.kind === 'country' || m.kind === 'demonym')) ||
        g.some((m) => m.kind === 'title' && m.id.includes(' ') && m.j === before) ||
        g.some((m) => m.kind === 'country' && m.j === before && before < cue.i) ||
        g.some((m) => countryBody(tokens, m, before)) ||
        g.some((m) => !!unnamedSpeaker(tokens, m, lex)) ||
        (g.some((m) => m.kind === 'title' && m.j === before) && !!placeOfOffice(tokens, g));
      // "ONPE put turnout at 77% and said ...": a second verb of the subject that opens the sentence.
      if (!speaks(group) && !backref && tokens[cue.i - 1]?.lower === 'and') {
        const first = tokens.findIndex((t) => t.word);
        const opening = mentions.filter((m) => m.i >= first && m.i <= first + 1 && !used.has(m));
        if (opening.length && speaks(opening)) group = opening;
      }
      if (!speaks(group) && !backref) {
        const hi = scanForward(tokens, cue.j, inQuote, 8, inMention, inName);
        group = mentions.filter((m) => m.i >= cue.j && m.j <= hi && !used.has(m));
        // "said the union had cut its claim": a name followed by its own verb is the subject of
        // what was said, not the speaker ("said the unnamed source on Monday" ends its clause).
        const speaker = group.filter((m) => ACTOR_KINDS.has(m.kind));
        if (speaker.length && SUBJECT_VERB.has(tokens[Math.max(...speaker.map((m) => m.j))]?.lower ?? '')) group = [];
        backref = !group.some((m) => ACTOR_KINDS.has(m.kind)) && isBackref(tokens, cue.j, hi, lex);
      }
    } else {
      const hi = scanForward(tokens, cue.j, inQuote, 12, inMention, inName);
      group = mentions.filter((m) => m.i >= cue.j && m.j <= hi && !used.has(m));
      // "according to the ministry": a body named before by its full name.
      // ("according to the" ending a text names nothing.)
      if (!group.length && cue.kind === 'after' && tokens[cue.j]?.lower === 'the' && tokens[cue.j + 1]?.word && !tokens[cue.j + 2]?.word) {
        definite = definiteBody(tokens, cue.j, cue.j + 2, lex);
        backref = !!definite;
      }
    }
    group.push(...affiliatedAfter(tokens, group, mentions, used));
    const found = toActor(group, tokens, lex, cue, cue.kind === 'secondary' ? 'secondary' : 'primary');
    const actor = found && withBodyNamed(found, tokens, mentions, lex);
    if (actor) {
      for (const m of group) used.add(m);
      out.push(actor);
    } else if (backref && (cue.kind === 'verb' || definite)) {
      out.push({
        span: { start: tokens[cue.i].start, end: tokens[cue.i].start },
        text: '',
        orgs: [],
        titles: [],
        countries: [],
        role: 'primary',
        cue: cue.text,
        backref: true,
        ...(definite ? { definite } : {}),
      });
    }
    // "told Reuters", "in an interview with CNN": the outlet that carried the statement.
    if (cue.kind === 'verb') {
      for (const m of mentions) {
        if (m.kind === 'org' && lex.orgs.get(m.id)?.outlet && m.i >= cue.j && m.i <= cue.j + 6 && !used.has(m)) {
          used.add(m);
          out.push({
            span: { start: tokens[m.i].start, end: tokens[m.j - 1].end },
            text: m.text,
            orgs: [m.id],
            titles: [],
            countries: [],
            role: 'recipient',
            cue: cue.text,
          });
        }
      }
    }
  }
  return out;
}

/** "the commission" right before the verb (auxiliaries aside), where a body the lexicon knows ends
 *  its name with that noun ("Public Integrity and Anti-Graft Commission"): the noun. */
function definiteBody(tokens: Token[], lo: number, verb: number, lex: Lexicon): string | undefined {
  let k = verb;
  while (k > lo && AUXILIARY.has(tokens[k - 1].lower)) k--;
  const noun = tokens[k - 1];
  if (k - 2 < lo || tokens[k - 2].lower !== 'the' || !noun?.word || noun.text !== noun.lower) return undefined;
  return bodyHeads(lex).has(noun.lower) ? noun.lower : undefined;
}

const heads = new WeakMap<Lexicon, Set<string>>();
/** The last words of the names of the bodies the lexicon knows (not outlets or channels), lower-cased. */
function bodyHeads(lex: Lexicon): Set<string> {
  let set = heads.get(lex);
  if (set) return set;
  set = new Set();
  for (const [id, info] of lex.orgs) {
    if (info.outlet || info.channel) continue;
    const words = (lex.names.get(id) ?? '').split(/\s+/);
    const last = words[words.length - 1]?.toLowerCase() ?? '';
    if (words.length > 1 && /^[a-z]{4,}$/.test(last)) set.add(last);
  }
  heads.set(lex, set);
  return set;
}

function isBackref(tokens: Token[], lo: number, hi: number, lex: Lexicon): boolean {
  for (let k = lo; k < hi; k++) {
    const m = lex.backrefs.matchAt(tokens, k);
    if (m && k + m.length <= hi) return true;
  }
  return false;
}

const OF_PLACE = new Set(['of', 'from', 'in', 'for']);

function toActor(all: Mention[], tokens: Token[], lex: Lexicon, cue: Cue, role: ActorRef['role']): ActorRef | undefined {
  const group = all.filter((m) => !(m.kind === 'org' && VENUE.has(tokens[m.j]?.lower ?? '')));
  // "Governor Lourdes Paglinawan of Oriental Mindoro": a name after "of" that follows a person's
  // is where they hold office, not another person.
  const named = group.filter((m) => m.kind === 'person' || m.kind === 'name');
  const people = named.filter((m, k) => !(k > 0 && named[k - 1].j < m.i && OF_PLACE.has(tokens[m.i - 1]?.lower ?? '')));
  const orgMentions = group.filter((m) => m.kind === 'org' && !lex.orgs.get(m.id)?.channel);
  const nonOutlets = orgMentions.filter((m) => !lex.orgs.get(m.id)?.outlet);
  // An outlet speaks only when nobody else in the phrase does ("Kyodo News reported").
  const orgs = nonOutlets.length || people.length ? nonOutlets : orgMentions;
  const anon =
    group.find((m) => m.kind === 'anonymous') ??
    group.map((m) => unnamedSpeaker(tokens, m, lex)).find((m): m is Mention => m !== undefined);
  const titles = group.filter((m) => m.kind === 'title').map((m) => withRank(tokens, m.i, m.id));
  const countries = group.filter((m) => m.kind === 'country' || m.kind === 'demonym').map((m) => m.id);
  // "Ukrainian officials": the country inside an anonymous actor's phrase.
  if (anon) countries.push(...countriesIn(tokens, anon, lex));
  // The person nearest the cue is the speaker ("..., Sabrina Singh, told").
  // But "Gul Zaman, a 63-year-old farmer from Dherai Banda, said": a name set off by an apposition
  // ("a", "the", an age or a title after its comma) is the speaker, not a name inside the apposition.
  let person = people.length ? (cue.kind === 'verb' ? people[people.length - 1] : people[0]) : undefined;
  const first = people[0];
  if (cue.kind === 'verb' && people.length > 1 && first.j < cue.i && tokens[first.j]?.text === ',') {
    const after = tokens[first.j + 1];
    const opens =
      !!after &&
      (APPOSITIVE_OPENERS.has(after.lower) || /^\d{1,3}$/.test(after.text) || group.some((m) => m.kind === 'title' && m.i === first.j + 1));
    if (opens) person = first;
  }
  // "Farah's lawyer said", "Putin's spokesman said": the lawyer speaks, not Farah (but "Zelensky's
  // office said" speaks for him).
  if (
    person &&
    tokens[person.j]?.lower === "'s" &&
    tokens[person.j + 1]?.word &&
    !SPEAKS_FOR.has(tokens[person.j + 1].lower) &&
    !lex.reckonings.has(tokens[person.j + 1].lower)
  )
    person = undefined;
  // "Ukrainian authorities say": the body's own words end the phrase (they say who, not what).
  let bodyEnd = -1;
  // "the chief district officer said": an office of several words names its holder (match/actors.ts).
  const office = cue.kind === 'verb' && titles.some((t) => t.includes(' '));
  // "Guadalajara's mayor said": an office of a place the text names, right before it.
  const placed = !person && !orgs.length && !anon && titles.length ? placeOfOffice(tokens, group) : undefined;
  if (!person && !orgs.length && !anon && !(titles.length && countries.length) && !office && !placed) {
    // "Kyiv says", "says Kyiv": a country right by the verb speaks for its government.
    const end = (j: number) => j >= tokens.length || /^[.,;:!?)”"]$/.test(tokens[j].text);
    let before = cue.i;
    while (before > 0 && AUXILIARY.has(tokens[before - 1].lower)) before--;
    const adjacent = group.some(
      (m) =>
        ((m.kind === 'country' || m.kind === 'demonym') &&
          (m.j === cue.i ||
            m.j === before ||
            (m.i === cue.j && (end(m.j) || (/^(?:by|in)$/i.test(cue.text) && reckoningAfter(tokens, m.j, lex) > 0))))) ||
        countryBody(tokens, m, before),
    );
    if (!adjacent || role === 'secondary') return undefined;
    if (group.some((m) => countryBody(tokens, m, before))) bodyEnd = before;
  }
  // "Markus Feld, a spokesman for the Federal Criminal Police Office": a body the data does not
  // know, after the person's office, is theirs (judged against the bodies the sources give them).
  const body =
    person && !orgs.length
      ? bodyAfterOffice(
          tokens,
          group.filter((m) => m.kind === 'title'),
          orgMentions,
          lex,
        )
      : undefined;
  // The phrase shown for the actor: its core names and the titles and countries next to them.
  const core = [person, ...orgs, anon].filter((m): m is Mention => !!m);
  const near = (m: Mention) => !core.length || core.some((c) => m.j >= c.i - 4 && m.i <= c.j + 4);
  const parts = [...core, ...group.filter((m) => (m.kind === 'title' || m.kind === 'country' || m.kind === 'demonym') && near(m))];
  let i = Math.min(...parts.map((m) => m.i));
  let j = Math.max(...parts.map((m) => m.j));
  // Never a clause inside the phrase ("North Korean representative at the UN dismissed Seoul"): it
  // stops at a word that is neither a name, a title nor an apposition word.
  const mentioned = new Uint8Array(tokens.length);
  for (const m of all) for (let k = m.i; k < m.j; k++) mentioned[k] = 1;
  // "Lotte van Dam": a surname's particle before the name is part of it.
  const particle = (k: number) =>
    SURNAME_PARTICLES.has(tokens[k].text) && mentioned[k + 1] === 1 && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '');
  const fits = (k: number) => mentioned[k] === 1 || APPOSITION.has(tokens[k].lower) || tokens[k].text === ',' || particle(k);
  const anchor = core[0] ?? parts[0];
  let lo = anchor.i;
  let hi = anchor.j;
  while (lo > i && fits(lo - 1)) lo--;
  while (hi < j && fits(hi)) hi++;
  while (hi > lo + 1 && tokens[hi - 1].text === ',') hi--;
  if (bodyEnd > hi) hi = bodyEnd;
  i = lo;
  j = hi;
  return {
    span: { start: tokens[i].start, end: tokens[j - 1].end },
    text: tokens
      .slice(i, j)
      .map((t) => t.text)
      .join(' ')
      .replace(/ (['’]s|,)/g, '$1'),
    person: person?.id,
    ...((seat) => (seat ? { seat } : {}))(
      person && titles.length ? seatOf(tokens, i, person, all, lex, j) : !person ? (placed ?? bodySeat(tokens, orgs[0], all)) : undefined,
    ),
    orgs: unique([...orgs.map((m) => m.id), ...(body ? [body] : [])]),
    titles: unique(titles),
    countries: unique(countries),
    anonymous: anon?.id,
    role,
    cue: cue.text,
  };
}

/** "Ndegwa, 61, said", "Gul Zaman, a 63-year-old farmer, said": the age after a name. */
export function ageAfter(tokens: Token[], j: number): number | undefined {
  if (tokens[j]?.text !== ',') return undefined;
  const t = tokens[j + 1];
  if (t && /^\d{1,3}$/.test(t.text) && /^[,)]$/.test(tokens[j + 2]?.text ?? '')) return plausibleAge(Number(t.text));
  const aged = tokens[j + 2] && /^(\d{1,3})-year-old$/.exec(tokens[j + 2].text);
  if (aged && (t?.lower === 'a' || t?.lower === 'an')) return plausibleAge(Number(aged[1]));
  return undefined;
}

const plausibleAge = (n: number) => (n >= 1 && n <= 120 ? n : undefined);

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Whether a token opens a figure: digits or a number word ("two", "dozens"). */
/** What a person's own ("Zelensky's office") that speaks for them. */
const SPEAKS_FOR = new Set(['office', 'government', 'administration', 'campaign', 'team', 'party', 'cabinet']);

/** Words that open an apposition after a name ("Kirby, the spokesman,"). */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'who', 'whose']);

/** The place whose office the phrase names: "Guadalajara's mayor", a place's possessive right
 *  before the title. */
function placeOfOffice(tokens: Token[], group: Mention[]): string | undefined {
  const title = group.find((m) => m.kind === 'title');
  if (!title || !/^['’]s$/.test(tokens[title.i - 1]?.text ?? '')) return undefined;
  return group.find((m) => m.kind === 'place' && m.j === title.i - 1)?.id;
}
