// Plain data shared by every part of the engine. Offsets are UTF-16 code units into the text they
// come from (a draft or a source file, front matter included), exactly as JavaScript strings index.
// Nothing here knows about LSP or VS Code.

export interface Span {
  start: number;
  end: number;
}

/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Verdict = 'supported' | 'conflicting' | 'outdated' | 'unsupported';
export type Relation = 'supports' | 'conflicts' | 'context';
export type Aspect = 'count' | 'qualifier' | 'change' | 'place' | 'time' | 'actor' | 'quote' | 'unit';

/** Which way a qualifier points: "at least" = min, "up to" = max, "about" = approx. */
export type Direction = 'min' | 'max' | 'approx' | 'exact' | 'range';

export interface Interval {
  lo: number;
  hi: number;
}

export interface Quantity {
  span: Span;
  /** The figure as written ("roughly twelve thousand"). */
  text: string;
  /** The anchor value (12000). For a range, its lower end. */
  value: number;
  /** Upper end for an explicit range ("10,000 to 12,000"); otherwise undefined. */
  valueHi?: number;
  qualifier?: string;
  direction: Direction;
  /** The qualifier turned into an interval of possible true values. */
  interval: Interval;
  /** Unit of measure id from the units data ("km2", "mi2", "percent", "usd"), if any. */
  unit?: string;
  /** What is counted: a category id from the units data ("soldiers", "officers", "camps"). */
  counted?: string;
  /** The noun phrase that says what is counted, as written. */
  countedText?: string;
  /** What makes the figure a measure of its own besides what it counts: a kind ("suspected",
   *  "target": lexicon measure-kinds) and a rate ("per day"). Figures of different kinds never meet. */
  /** Which way the measure moved to (or by) the figure: "rose to 4.9%", "fell 0.6%", "a 2% rise". */
  change?: 'up' | 'down';
  kind?: string;
  /** An earlier figure the sentence gives for comparison ("fell to 48 from 73", "down from 73"). */
  former?: boolean;
  /** Nationality id ("north-korea", "russia", "ukraine") of counted people. */
  nationality?: string;
  /** The event the figure belongs to ("presence", "casualty", "capture", ...). */
  event?: string;
  /** An increment's own event ("Another 689 people were injured": injured), when one is named:
   *  an increment may also be a figure of another event, told after the first one. */
  incrementOf?: string;
  /** Value converted to the first unit of its family (square miles to square kilometres). */
  normalized: number;
  /** A magnitude said without a number ("thousands of troops"): it backs a figure in its range and
   *  contradicts none. */
  vague?: true;
  /** For a percentage, the noun it is a share of ("of votes cast": "vote"). */
  of?: string;
  /** A distance's compass direction from a place ("10 km north of Estcourt": "north of estcourt",
   *  the place as its id). */
  bearing?: string;
  /** "Of the 143 dead, 97 were in Khyber Pakhtunkhwa, 31 in Punjab": the sentence's places that
   *  other figures of the measure are given for, and this one is not (extract/figure-places.ts). */
  notAt?: string[];
}

export interface PlaceRef {
  span: Span;
  id: string;
  text: string;
  /** "at": where the event was; "from": where it came from; "venue": where the statement was made. */
  role: 'at' | 'from' | 'venue';
}

export type TimeKind = 'date' | 'month' | 'year' | 'weekday' | 'range' | 'since';

/** A time of day (extract/clock-times.ts). */
export interface ClockRef {
  span: Span;
  text: string;
  /** Minutes after midnight, 0 to 1439. */
  minutes: number;
  /** How the text gives it: exactly, roughly ("about 5:50 a.m."), or as a bound ("shortly before
   *  6 a.m.", "by 11 a.m.", "after 9 p.m."). */
  way: 'exact' | 'about' | 'before' | 'after' | 'shortly-before' | 'shortly-after';
  /** "GMT", "UTC": another clock than the place's own. */
  utc?: boolean;
  /** The end of a period ("until 00:55", "closed from 21:40 to 23:50"). */
  ends?: boolean;
}

export interface TimeRef {
  span: Span;
  text: string;
  kind: TimeKind;
  /** Inclusive ISO dates (YYYY-MM-DD) the expression covers, when it can be placed on a calendar. */
  start?: string;
  end?: string;
  /** 0 = Sunday … 6 = Saturday, when the text names a weekday. */
  weekday?: number;
  /** Calendar parts the text states, when it cannot be placed in a year (a draft with no date). */
  month?: number;
  day?: number;
  /** Whether it dates the statement ("said on Thursday") or the event it reports. */
  role: 'statement' | 'event';
  /** Taken from the article's date, not stated: it may back a claim's date but not contradict it. */
  inferred?: boolean;
  /** A time naming a thing by its date ("the December 2024 check"): it may back a claim's time
   *  but does not contradict it. */
  attributive?: boolean;
  /** The weekday the text gives with a date that fell on another day ("Tuesday, 23 October" 2024). */
  statedWeekday?: number;
}

export interface ActorRef {
  span: Span;
  text: string;
  /** Canonical person id (alias data) or the normalised name ("sabrina singh"). */
  person?: string;
  /** Organisation ids named with the actor (its own affiliation or the actor itself). */
  orgs: string[];
  /** Title words as written ("deputy press secretary"). */
  titles: string[];
  /** How the text attributes: "said", "according to", "citing", ... */
  cue?: string;
  /** True when resolved from a pronoun or a back-reference ("he", "the intelligence service"). */
  inherited?: boolean;
  /** primary: who states it; secondary: whom they cite; recipient: the outlet told ("told Reuters"). */
  role: 'primary' | 'secondary' | 'recipient';
  /** Anonymous actor id ("military-source"), when unnamed. */
  anonymous?: string;
  /** Countries named with the actor ("Russian President"). */
  countries: string[];
  /** The place whose office a named person holds ("Oriental Mindoro Governor Lourdes Paglinawan",
   *  "Governor Lourdes Paglinawan of Oriental Mindoro"): its place id. */
  seat?: string;
  /** Set when the actor phrase is only a pronoun or back-reference waiting to be resolved. */
  backref?: boolean;
  /** A back-reference naming a body by the noun its name ends with ("the commission"): resolved to
   *  the last body of that name before it, not merely the sentence before's speaker. */
  definite?: string;
}

export interface QuoteRef {
  span: Span;
  /** The quoted words, without the quotation marks. */
  text: string;
}

/** One sentence's extracted claim elements. Records and draft claims share this shape. */
export interface Claim {
  span: Span;
  /** The sentence as prose (Markdown markup removed, whitespace collapsed). */
  text: string;
  quantities: Quantity[];
  places: PlaceRef[];
  times: TimeRef[];
  actors: ActorRef[];
  /** A draft's bracketed conversions of its figures ("6 billion lira ($184 million)"), each with the
   *  figure it restates: not figures of their own (paragraphs.ts). */
  conversions?: { of: Quantity; q: Quantity }[];
  /** The person a sentence with no speaker is about ("St. Anton's mayor, Lukas Tschiderer,
   *  defended ..."), whom a "he said" after it means (extract/subjects.ts). */
  subject?: ActorRef;
  /** Said by someone the data cannot name ("the director said", "police said"): an attribution,
   *  which makes the sentence a claim, though it names no speaker to check. */
  saying?: boolean;
  /** Times of day ("at 3:12 a.m."): no figures (extract/clock-times.ts). */
  clocks?: ClockRef[];
  quotes: QuoteRef[];
  /** Event keywords: stemmed content words with synonyms folded, for matching events. */
  keywords: string[];
  /** Event classes from the lexicon ("deploy", "combat", "capture"). */
  events: string[];
  /** present-tense or "now"/"currently" marks it as current; "earlier"/"at most" as past. */
  tense: 'present' | 'past' | 'unknown';
  /** Ordering within a date: -1 "earlier"/"at most", 0 unmarked, 1 "now"/"currently". */
  recency: number;
  /** Speculation, opinion, uncertainty or an editorial note: not a checkable claim. */
  hedged?: string;
  /** Says that something is not so ("There are none in the Kharkiv region"). */
  negated: boolean;
  /** Who or what the sentence says did not do it ("Western countries, not Russia, ..."): words. */
  deniedFocus?: string[];
  /** Named things mentioned anywhere in the sentence (ids), for deciding whether it is a claim. */
  entities: string[];
  /** People's ages as the sentence gives them ("Ndegwa, 61,", "Gul Zaman, a 63-year-old farmer"). */
  ages?: { person: string; age: number; span: Span; text: string }[];
  /** How the sentence describes the people it names ("Moosbrugger, a spokeswoman for ..."). */
  descriptors?: Descriptor[];
  /** Index of the sentence in its document. */
  index: number;
}

export interface SourceMeta {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  author?: string;
}

export interface Source {
  meta: SourceMeta;
  /** Absolute path of the file it was read from ("(bundled)/..." for the bundled library). */
  path: string;
  /** The whole file text, front matter included: spans point into it. */
  text: string;
  /** Where the article body starts (after the front matter). */
  bodyStart: number;
  bundled: boolean;
}

/** A claim read from a source: the same shape as a draft's claim, plus where it came from. */
export interface SourceRecord extends Claim {
  /** Index into Library.sources. */
  source: number;
  /** Stable id: `${sourceId}#${n}`. */
  id: string;
  /** The date the statement was made (ISO), from the text or the source's publication date. */
  statedAt?: string;
  /** The statement date is only the article's publication date (the text names none). */
  statedAtInferred?: boolean;
  /** Neighbouring records (indices into Library.records) that report the same event by the same
   *  actor: their places and times may complete this record's. */
  context: number[];
  /** Where the article's headline (its first sentence) sets the story, for a record that names no
   *  place and whose neighbours name none either: the last place a reader falls back on. */
  scene?: string[];
}

export interface Evidence {
  relation: Relation;
  source: string;
  outlet?: string;
  title?: string;
  published?: string;
  actor?: string;
  excerpt: string;
  /** Span of the excerpt in the source file. */
  span: Span;
  sourcePath: string;
  recordId: string;
}

export interface Finding {
  span: Span;
  claim: string;
  verdict: Verdict;
  aspects: Aspect[];
  message: string;
  evidence: Evidence[];
  /** For a misquote: the words that differ. */
  quoteDiff?: { draft: string; source: string };
  /** The figure, date or name the sources give, when one element conflicts. */
  replacement?: { span: Span; text: string };
  /** Whether the draft attributes the claim to someone ("..., Singh said"). */
  attributed?: boolean;
  /** Set when the draft marks the claim as checked by hand (`<!-- checked: reason -->` after it):
   *  the reason. A checked claim keeps its verdict but warns nowhere. */
  checked?: string;
  /** Each element judged on its own (two figures in one sentence are two claims), when there are
   *  several; the finding's verdict is the most serious of theirs. */
  parts?: FindingPart[];
}

export interface FindingPart {
  span: Span;
  text: string;
  verdict: Verdict;
  aspects: Aspect[];
  message: string;
}

/** What one source taught about people, organisations and places (sources/learn.ts). Here, not
 *  there, so the snapshot that stores it needs no import of the learner (an import circle). */
export interface LearnedEntities {
  /** The source the entities were learned from (its id). */
  source: string;
  /** (`outlet`: the outlet the source's front matter names, "Iberia Press Wire reported".) */
  orgs: { id: string; names: string[]; outlet?: boolean }[];
  people: { id: string; names: string[] }[];
  places: { id: string; names: string[] }[];
  /** Offices the source gives its people that the data does not name ("chief investigator"). */
  titles?: string[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem with the input (a source file, a draft, a data file), never a crash. */
export interface Problem {
  severity: Severity;
  /** File the problem is about. */
  file: string;
  /** Field or element, when there is one ("published", "front matter"). */
  field?: string;
  message: string;
}

/** A number expression found in text (extract/numbers.ts). */
export interface NumberMatch {
  start: number; // UTF-16 offsets into the input string
  end: number;
  text: string; // text.slice(start, end)
  value: number; // for a range, its lower end
  valueHi?: number; // upper end of a range: "10,000 to 12,000", "between 10 and 12 thousand"
  kind: 'digits' | 'words' | 'mixed';
  year?: boolean; // a bare 4-digit integer 1800..2100: no separator, suffix, percent or currency
  ordinal?: boolean; // "3rd", "21st", or a word ordinal first..tenth
  percent?: boolean; // followed by "%", "percent", "per cent" or "pct" (included in the match)
  currency?: string; // "usd" for "$2,000", "US$5 million"; "eur" for "€"; "gbp" for "£" (prefix included)
  vague?: boolean; // "thousands of", "tens of thousands of": a magnitude, no number (extract/vague-numbers.ts)
}

/** How a sentence describes a person it names (extract/descriptors.ts). */
export interface DescriptorUnit {
  kind: 'place' | 'country' | 'org' | 'word';
  /** Entity id; for a word, the word in lower case. */
  id: string;
}

export interface Descriptor {
  /** The person's key (a mention's id). */
  person: string;
  /** The last word of the person's name, in lower case and as written. */
  surname: string;
  name: string;
  /** Token range [i, j) of the describing words. */
  i: number;
  j: number;
  text: string;
  /** The office or occupation, its last word in lower case ("spokeswoman", "director", "head"). */
  head: string;
  /** The whole office as written ("regional director"), when a title the data knows. */
  office?: string;
  units: DescriptorUnit[];
}
