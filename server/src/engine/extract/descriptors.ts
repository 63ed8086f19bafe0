// How a sentence describes a named person: "Karin Moosbrugger, a spokeswoman for the Tyrol state
// police"; "Health department spokesman Kabelo Seabi"; "The Bank's chief economist, Clare Devlin,";
// "Sushma Bhatnagar, who heads the IMD's regional centre in Lucknow". A descriptor has a head (the
// office or occupation: "spokeswoman", "economist", "head") and the named things that say which one
// (bodies, places, capitalised words: "Tyrol", "IMD", "Lucknow"). Pure over tokens and mentions;
// the judge comparing a draft's descriptor with the sources' is match/descriptors.ts.
import type { Lexicon } from '../data/lexicon';
import { lemmaOf, personNoun } from '../data/wordnet';
import { tokensText, type Token } from '../text/tokens';
import { withRank } from './actor-words';
import type { Descriptor, DescriptorUnit } from '../types';
import type { Mention } from './mentions';

export type { Descriptor, DescriptorUnit };

/** Longest descriptor read, in tokens. */
const REACH = 14;
/** Words opening an apposition that describes ("Moosbrugger, a spokeswoman for ..."). */
const OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'former', 'acting', 'interim']);
/** "X, who heads ...": the verbs of a relative clause that give an office, and the office. */
const HOLDS: Record<string, string> = {
  heads: 'head',
  headed: 'head',
  leads: 'head',
  led: 'head',
  runs: 'head',
  ran: 'head',
  directs: 'director',
  chairs: 'chair',
  represents: 'representative',
  manages: 'manager',
  commands: 'commander',
};
/** Words before an office that say when or how, not which office ("the new director"). */
const NOT_WHICH = new Set([
  'new',
  'then',
  'current',
  'outgoing',
  'incoming',
  'longtime',
  'long-time',
  'previous',
  'retired',
  'late',
  'top',
  'senior',
  'junior',
  'permanent',
  'temporary',
  'sitting',
  'elected',
  'appointed',
  'named',
  'own',
  'same',
  'company',
  'agency',
  'ministry',
  'state',
  'local',
  'national',
  'regional',
  'federal',
  'provincial',
  'district',
]);
/** Offices told in many ways, their words before no other office ("opposition spokesperson"). */
const SPOKES_HEADS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'official', 'officials']);
/** Words that end a descriptor read forward. */
const STOPS = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '—', '–']);
/** Small words inside a descriptor that name nothing. */
const SMALL = new Set(['of', 'for', 'at', 'with', 'in', 'on', 'and', 'the', 'a', 'an', "'s", 'its', 'his', 'her', 'former', 'who', '-']);

const HONORIFICS = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'sir', 'dame']);
const isPerson = (m: Mention) => m.kind === 'person' || m.kind === 'name';
/** A name the text gives that is all English words ("National Development Planning"). */
const fieldWords = (tokens: Token[], m: Mention) =>
  m.kind === 'name' && tokens.slice(m.i, m.j).every((t) => t.word && lemmaOf(t.lower) !== undefined);
const capitalised = (t: Token) => t.word && /^\p{Lu}/u.test(t.text);

export function findDescriptors(tokens: Token[], mentions: Mention[], lex: Lexicon): Descriptor[] {
  const out: Descriptor[] = [];
  for (const m of mentions) {
    if (!isPerson(m) || !capitalised(tokens[m.j - 1]) || HONORIFICS.has(m.id)) continue;
    const d = after(tokens, mentions, m, lex) ?? before(tokens, mentions, m, lex) ?? fronted(tokens, mentions, m, lex);
    if (d) out.push(d);
  }
  return out;
}

/** "Moosbrugger, a spokeswoman for the Tyrol state police," / "Keddy, who represents Dartmouth Centre,". */
function after(tokens: Token[], mentions: Mention[], m: Mention, lex: Lexicon): Descriptor | undefined {
  if (tokens[m.j]?.text !== ',') return undefined;
  let i = m.j + 1;
  // ("Marek Zielonka, 56, a Polish national,": past an age.)
  if (/^\d{1,3}$/.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') i += 2;
  const first = tokens[i];
  if (!first) return undefined;
  let held: string | undefined;
  if (first.lower === 'who') {
    held = HOLDS[tokens[i + 1]?.lower ?? ''];
    if (!held) return undefined;
    i += 2;
  } else if (!OPENERS.has(first.lower) && !titleAt(mentions, i) && !(capitalised(first) && possessive(tokens, i))) return undefined;
  let j = i;
  while (j < tokens.length && j - i < REACH && !STOPS.has(tokens[j].text) && !lex.cues.matchAt(tokens, j)?.values.includes('verb')) j++;
  return describe(tokens, mentions, m, i, j, held);
}

/** "Health department spokesman Kabelo Seabi", "DOH regional director Esperanza Lumbay". */
function before(tokens: Token[], mentions: Mention[], m: Mention, lex: Lexicon): Descriptor | undefined {
  // ("provincial health officer Dr. Esperanza Lumbay": past an honorific to the office.)
  const honorific = HONORIFICS.has(tokens[m.i - 1]?.lower ?? '')
    ? 1
    : tokens[m.i - 1]?.text === '.' && HONORIFICS.has(tokens[m.i - 2]?.lower ?? '')
      ? 2
      : 0;
  const title = mentions.find((x) => x.kind === 'title' && (x.j === m.i || (honorific && x.j === m.i - honorific)));
  if (!title) return undefined;
  let i = title.i;
  while (i > 0 && m.i - i < REACH) {
    const t = tokens[i - 1];
    // (A run of capitalised English words read as a name, "National Development Planning Minister",
    // is the office's field.)
    const inside = mentions.find((x) => x.j === i && (!isPerson(x) || fieldWords(tokens, x)));
    if (inside) {
      i = inside.i;
      continue;
    }
    if (
      t.lower === "'s" ||
      (t.word && !SMALL.has(t.lower) && (capitalised(t) || !lex.stopwords.has(t.lower)) && !lex.cues.matchAt(tokens, i - 1)) ||
      portfolioJoin(tokens, mentions, i - 1)
    )
      i--;
    else break;
  }
  // (Lower-case words before the title only with a named thing before them: "the state's health
  // minister" says nothing more than the title.)
  while (i < title.i && !capitalised(tokens[i]) && !mentions.some((x) => x.i === i && !isPerson(x))) i++;
  return describe(tokens, mentions, m, i, honorific ? title.j : m.i);
}

/** "Environment, Urbanisation and Climate Change Minister Ali Rıza Sönmez": a comma or "and"
 *  between the capitalised fields of one office (no named thing on either side). */
function portfolioJoin(tokens: Token[], mentions: Mention[], k: number): boolean {
  const t = tokens[k];
  if (t.lower !== 'and' && t.text !== ',' && t.text !== '&') return false;
  const plain = (x: number) =>
    !!tokens[x]?.word &&
    capitalised(tokens[x]) &&
    !SMALL.has(tokens[x].lower) &&
    !CALENDAR.test(tokens[x].text) &&
    !mentions.some((m) => m.i <= x && m.j > x && !fieldWords(tokens, m));
  // ("On Friday, House Intelligence Committee chairman Mike Turner": a day before the comma.)
  if (TIME_PREPOSITIONS.has(tokens[k - 2]?.lower ?? '')) return false;
  return plain(k - 1) && (plain(k + 1) || titleAt(mentions, k + 1));
}

const CALENDAR =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'since', 'during', 'until', 'from']);

/** The fields joined before an office ("Environment, Urbanisation and" before "Climate Change
 *  Minister"), lower-cased, when there is such a list: each is a field of the one office. */
function portfolioBefore(tokens: Token[], mentions: Mention[], at: number, from: number): string | undefined {
  const words: string[] = [];
  let joined = false;
  for (let k = at - 1; k >= from; k--) {
    if (portfolioJoin(tokens, mentions, k)) joined = true;
    else if (tokens[k].word && capitalised(tokens[k]) && !SMALL.has(tokens[k].lower)) words.unshift(tokens[k].lower);
    else break;
  }
  return joined && words.length ? words.join(' ') : undefined;
}

/** "The Bank's chief economist, Clare Devlin, voted". */
function fronted(tokens: Token[], mentions: Mention[], m: Mention, lex: Lexicon): Descriptor | undefined {
  if (tokens[m.i - 1]?.text !== ',' || tokens[m.j]?.text !== ',') return undefined;
  const title = mentions.find((x) => x.kind === 'title' && x.j === m.i - 1);
  if (!title) return undefined;
  let i = title.i;
  while (i > 0 && m.i - i < REACH && !STOPS.has(tokens[i - 1].text) && !lex.cues.matchAt(tokens, i - 1)) i--;
  return describe(tokens, mentions, m, i, m.i - 1);
}

function describe(tokens: Token[], mentions: Mention[], m: Mention, i: number, j: number, held?: string): Descriptor | undefined {
  if (j <= i) return undefined;
  const inside = mentions.filter((x) => x.i >= i && x.j <= j && x !== m);
  // Another person in it ("a spokeswoman for Kirby"): not this person's description.
  if (inside.some((x) => isPerson(x) && !fieldWords(tokens, x))) return undefined;
  const titles = inside.filter((x) => x.kind === 'title');
  let head = held;
  let office: string | undefined;
  if (!held && titles.length) {
    office = titles[0].text.toLowerCase();
    head = tokens[titles[0].j - 1].lower;
    // "the company's legal director": the word before an office the data knows alone says which
    // (the sources' "finance director" is another office), unless it says when or how long.
    const mod = tokens[titles[0].i - 1];
    // ("Vice Health Minister": a rank before the office is part of it, whatever the office.)
    const ranked = withRank(tokens, titles[0].i, office, i);
    const fields = portfolioBefore(tokens, mentions, titles[0].i, i);
    const field = inside.find((x) => x.j === titles[0].i && fieldWords(tokens, x));
    if (fields) office = `${fields} ${office}`;
    else if (field) {
      // (... with the fields joined before it: "Energy and Natural Resources Minister".)
      let a = field.i;
      while (a - 2 >= i && /^(?:and|&|,)$/.test(tokens[a - 1].lower) && tokens[a - 2].word && capitalised(tokens[a - 2])) a -= 2;
      office = `${tokensText(tokens, a, field.j).toLowerCase()} ${office}`;
    } else if (ranked !== office) office = ranked;
    else if (
      titles[0].i - 1 >= i &&
      office === head &&
      mod.word &&
      mod.text.length > 2 &&
      !SMALL.has(mod.lower) &&
      !OPENERS.has(mod.lower) &&
      !NOT_WHICH.has(mod.lower) &&
      !inside.some((x) => x.i <= titles[0].i - 1 && x.j > titles[0].i - 1) &&
      !SPOKES_HEADS.has(head) &&
      (!capitalised(mod) || (titles[0].i - 1 === 0 && lemmaOf(mod.lower) !== undefined))
    )
      office = `${mod.lower} ${office}`;
  }
  if (!head) {
    // ("a geologist with the Department of Mines": an occupation WordNet knows as a person's.)
    for (let k = i; k < j && !head; k++)
      if (tokens[k].word && !capitalised(tokens[k]) && personNoun(tokens[k].lower)) head = tokens[k].lower;
  }
  if (!head) return undefined;
  const units: DescriptorUnit[] = [];
  const covered = new Set<number>();
  for (const x of inside) {
    for (let k = x.i; k < x.j; k++) covered.add(k);
    if (x.kind === 'place' || x.kind === 'country' || x.kind === 'org') units.push({ kind: x.kind, id: x.id });
    // ("a Polish national": a demonym's id is its country's.)
    else if (x.kind === 'demonym') units.push({ kind: 'country', id: x.id });
  }
  for (let k = i; k < j; k++) {
    const t = tokens[k];
    if (covered.has(k) || !t.word || !capitalised(t) || SMALL.has(t.lower)) continue;
    // ("Second officer Andrei Covalenco": a common word capitalised only to open the sentence.)
    if (k === 0 && lemmaOf(t.lower) !== undefined) continue;
    units.push({ kind: 'word', id: t.lower });
  }
  return {
    person: m.id,
    surname: tokens[m.j - 1].lower,
    name: tokens[m.j - 1].text,
    i,
    j,
    text: tokensText(tokens, i, j),
    head,
    ...(office ? { office } : {}),
    units,
  };
}

/** Whether a title the data knows starts at token `i`. */
function titleAt(mentions: Mention[], i: number): boolean {
  return mentions.some((x) => x.kind === 'title' && x.i === i);
}

/** "South Korea's national security adviser": a capitalised name with a possessive after it. */
function possessive(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k - i < 4; k++) {
    if (tokens[k].lower === "'s") return true;
    if (!capitalised(tokens[k])) return false;
  }
  return false;
}
