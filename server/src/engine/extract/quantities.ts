// Figures in a sentence: the number, its qualifier turned into an interval, its unit, what it counts
// and whose people they are. "some 12,000 North Korean soldiers", "at least 11,000 containers",
// "approximately 800 square kilometres", "500 officers, three of them generals".
import type { Lexicon } from '../data/lexicon';
import type { Token } from '../text/tokens';
import type { Direction, Interval, Quantity, Span } from '../types';
import { findNumbers, type NumberMatch } from './numbers';
import { findVagueNumbers, withVague } from './vague-numbers';
import type { Mention } from './mentions';
import { lemmaOf, nounOf, personNoun, senseCount } from '../data/wordnet';
import { bareMeasure, isPluralNoun, pluralDemonym } from './bare-figures';
import { lemmaPlural } from './partitives';
import { multipleOf } from './multiples';
import { conditionAfter, eventsOf, includedIn, nearestEvent, nearestNationality, settlementOf, type EventWord } from './figure-people';
import { figureEvent } from './thing-events';
import {
  changeOf,
  DEFINITE,
  isIncrement,
  measureKindAround,
  speedOfThing,
  moreAfter,
  nameNumber,
  qualifierOf,
  rateAfter,
  bearingOf,
  inName,
  rateBefore,
  shareOf,
  shareOfFormer,
  tokenBefore,
} from './figure-kind';
import { hadThenNow, isFormer } from './former-figures';
import { WORDS } from './number-words';
import { joinedWord } from './joined-words';
import { agentOf, eachAfter, isModifierBefore, qualifiedPlural, STOP_BEFORE_NOUN } from './counted-words';

const TEMPERATURE_WORDS = /\b(?:temperatures?|degrees|heat|heatwave|hottest|coldest|warmest|coolest|mercury|maximum|minimum)\b/i;
const SCALE_FACTORS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Words that may stand between a number and the noun it counts ("500 military officers"). */
/** What sets a figure's restatement in another unit off from it: "(", ", about", ", or". */
const RESTATED = /^\s*(?:\(|,)\s*(?:about|around|some|roughly|approximately|nearly|or)?\s*$/i;
const MAX_GAP = 4;

export function intervalOf(value: number, dir: Direction, hi?: number): Interval {
  switch (dir) {
    case 'min':
      return { lo: value, hi: Infinity };
    case 'max':
      return { lo: 0, hi: value };
    case 'approx':
      return { lo: round(value * 0.9), hi: round(value * 1.1) };
    case 'range':
      return { lo: value, hi: hi ?? value };
    default:
      return { lo: value, hi: value };
  }
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function findQuantities(
  text: string,
  span: Span,
  tokens: Token[],
  mentions: Mention[],
  lex: Lexicon,
  timeSpans: Span[],
  magnitudes = true,
): Quantity[] {
  const out: Quantity[] = [];
  let nums: NumberMatch[];
  try {
    nums = withVague(
      findNumbers(text, span.start, span.end, lex.currencySigns),
      magnitudes ? findVagueNumbers(text, span.start, span.end) : [],
    );
  } catch {
    nums = [];
  }
  if (!nums.length) return out;
  const events = eventsOf(tokens, lex);
  for (let n of nums) {
    // "a $5-million loan", "an 11-thousand-strong force": a scale joined by a hyphen multiplies.
    const scaled = /^-(thousand|million|billion|trillion)\b/i.exec(text.slice(n.end, n.end + 12));
    if (scaled) {
      const f = SCALE_FACTORS[scaled[1].toLowerCase()];
      n = { ...n, value: n.value * f, valueHi: n.valueHi !== undefined ? n.valueHi * f : undefined, end: n.end + scaled[0].length };
    }
    if (n.ordinal) continue;
    // "a 63-year-old farmer", "a 13-seat council": a word joined to the number (joined-words.ts).
    const joined = joinedWord(text, n, !!scaled, lex);
    if (joined.skip) continue;
    if (timeSpans.some((t) => n.start < t.end && t.start < n.end)) continue;
    // "the FTSE 250 index", "the S&P 500": a number right after a name in capitals is part of it.
    if (nameNumber(text, tokens, n, lex)) continue;
    // "Cape Three Points", "the Three Gorges Dam": a number word between capitalised words names.
    if (n.kind === 'words' && /^\p{Lu}/u.test(n.text) && inName(tokens, n)) continue;
    // "the two sides", "these three men": a small number after a definite word points back to
    // what the story already named; it counts nothing new.
    if (n.kind === 'words' && n.value <= 3 && DEFINITE.has(tokenBefore(tokens, n.start)?.lower ?? '')) continue;
    // "one interpreter for every 30 soldiers": a ratio's base counts no one.
    if (tokenBefore(tokens, n.start)?.lower === 'every') continue;
    let k = tokens.findIndex((t) => t.start >= n.end);
    if (k < 0) k = tokens.length;
    let unit: string | undefined = n.percent ? 'percent' : n.currency;
    let counted: string | undefined;
    let countedText: string | undefined;
    let nationality: string | undefined;
    let bareEvent: string | undefined;
    let doers: { work: EventWord; agent: string } | undefined;
    let partOf = false;
    let end = n.end;

    // "the 186-metre bridge": a length joined to the number is the noun's size. (A sum so joined, "the
    // 34-euro proposal", names an offer told before; it is read as it always was.)
    // "48.4 C", "47.6C": wire copy's degrees, a capital letter right after the number.
    // (With a decimal point, or in a sentence of temperatures: "Section 3 C" is no reading.)
    const degrees =
      unit || !(/[.,]\d/.test(n.text) || TEMPERATURE_WORDS.test(text.slice(span.start, span.end)))
        ? null
        : /^ ?([CF])\b/.exec(text.slice(n.end, n.end + 3));
    if (degrees && lex.unitInfo.has(degrees[1] === 'C' ? 'celsius' : 'fahrenheit')) {
      unit = degrees[1] === 'C' ? 'celsius' : 'fahrenheit';
      end = n.end + degrees[0].length;
    }
    if (!unit && joined.unit) [unit, end] = [joined.unit, joined.end];
    if (!unit && joined.money) [counted, countedText, end] = [joined.money.counted, joined.money.text, joined.end];
    // "Sh8.7 million", "Rs 500": a sign several currencies share is money in any of them, as the
    // currency's word alone is (data/currency-signs.ts).
    const signed = unit?.startsWith('other:') ? { counted: unit, text: n.text } : undefined;
    if (signed) [unit, counted, countedText] = [undefined, signed.counted, signed.text];
    const money = joined.money ?? signed;
    if (!unit && !signed) {
      let u = lex.units.matchAt(tokens, k);
      // "500 pounds of explosives" weighs; "4 million pounds" is money.
      if (u && tokens[k].lower === 'pounds' && u.length === 1 && tokens[k + 1]?.lower === 'of') u = undefined;
      // ... and so does "13.6 tonnes, roughly 30,000 pounds": pounds restating a weight.
      const before = out[out.length - 1];
      if (u && tokens[k].lower === 'pounds' && u.length === 1 && before?.unit && lex.unitInfo.get(before.unit)?.family === 'mass')
        if (RESTATED.test(text.slice(before.span.end, n.start)) && lex.unitInfo.has('lb')) u = { ...u, values: ['lb'] };
      if (u) {
        unit = u.values[0];
        end = tokens[k + u.length - 1].end;
      }
    }
    const people = unit || money ? undefined : pluralDemonym(tokens, mentions, k, lex); // "some 3,000 North Koreans"
    if (people) [counted, nationality, end, countedText] = ['people', people.id, tokens[people.j - 1].end, people.text];
    const multiple = unit || people || money ? undefined : multipleOf(tokens, k); // "40 times the legal limit"
    if (multiple) [counted, end, countedText] = [multiple.counted, multiple.end, text.slice(tokens[k].start, multiple.end)];
    if (!unit && !people && !multiple && !money) {
      // "500 officers, three of them (being) generals"
      let at = k;
      if (tokens[at]?.lower === 'of' && tokens[at + 1]?.lower === 'them') at += tokens[at + 2]?.lower === 'being' ? 3 : 2;
      for (let g = 0; g <= MAX_GAP && at + g < tokens.length; g++) {
        const t = tokens[at + g];
        let c = lex.counted.matchAt(tokens, at + g);
        // The last noun of the phrase is its head: "five military sites" counts sites.
        for (
          let next = c && lex.counted.matchAt(tokens, at + g + c.length);
          c && next;
          next = lex.counted.matchAt(tokens, at + g + c.length)
        ) {
          g += c.length;
          c = next;
        }
        // A known noun in the singular before a plural one is its modifier, not what is counted:
        // "four container terminals" counts terminals (the unknown-noun path below finds them).
        if (c && isModifierBefore(tokens[at + g + c.length - 1], tokens[at + g + c.length], lex)) break;
        if (c) {
          counted = c.values[0];
          // "1,650 rescue workers": people named by the work they do are not the people it is done
          // to (the rescued); with nothing else happening to them, they are counted as its doers.
          if (at + g > k && counted === 'people') {
            const work = events.find((e) => e.j === at + g);
            const agent = work && agentOf(tokens[work.i], work.j - work.i);
            if (agent) doers = { work, agent };
          }
          const last = tokens[at + g + c.length - 1];
          countedText = text.slice(tokens[at].start, last.end);
          end = last.end;
          nationality = mentions.find((m) => m.i >= k && m.j <= at + g && (m.kind === 'demonym' || m.kind === 'country'))?.id;
          // "troops from North Korea"
          const after = at + g + c.length;
          if (!nationality && tokens[after]?.lower === 'from')
            nationality = mentions.find((m) => m.i === after + 1 && (m.kind === 'country' || m.kind === 'demonym'))?.id;
          // "two brigades of North Korean servicemen"
          if (!nationality && tokens[after]?.lower === 'of')
            nationality = mentions.find((m) => m.i >= after + 1 && m.i <= after + 2 && (m.kind === 'country' || m.kind === 'demonym'))?.id;
          if (at > k) nationality = nationality ?? out[out.length - 1]?.nationality;
          break;
        }
        if (!t.word || STOP_BEFORE_NOUN.has(t.lower) || lex.notCounted.has(t.lower)) break;
      }
      // ("is missing 11 objects": a plural noun right after the number names what is counted, not
      // the state said before it.)
      const pluralAt = (x: number) =>
        !!tokens[x]?.word &&
        isPluralNoun(tokens[x].lower) &&
        nounOf(tokens[x].lower) !== undefined &&
        !lex.stopwords.has(tokens[x].lower) &&
        !lex.notCounted.has(tokens[x].lower);
      // ("arrested two Spanish dockworkers": past a capitalised word that qualifies the noun.)
      const nounNext = pluralAt(k) || (!!tokens[k]?.word && /^\p{Lu}\p{Ll}/u.test(tokens[k].text) && pluralAt(k + 1));
      const bare = counted || nounNext ? undefined : bareMeasure(tokens, k, n.start, lex, out[out.length - 1]);
      if (bare) {
        // "17 are unaccounted for", "the toll climbed to 64", "12 of them": what is counted is
        // said around the number, not after it.
        counted = bare.counted;
        // ("to 28 zlotys, up from 26": the figure before's unit too, when it counts what that counts.)
        const before = out[out.length - 1];
        if (!unit && before?.unit && before.counted === bare.counted) unit = before.unit;
        bareEvent = bare.event;
        nationality = bare.nationality;
        if (bare.part) partOf = true;
      } else if (!counted) {
        if (n.year) continue;
        const t = tokens[k];
        // An unknown noun still names the measure ("ten MiG-29 fighter jets" -> "jets").
        // ("25.4 million three weeks earlier": another number's word, not what is counted.)
        if (!t || !t.word || STOP_BEFORE_NOUN.has(t.lower) || lex.notCounted.has(t.lower) || /^\p{N}/u.test(t.text) || WORDS.has(t.lower))
          continue;
        let h = k;
        // The noun phrase runs on over nouns ("fighter jets"), not into the verb ("neighbours drowned").
        const nounish = (w: string) => nounOf(w) !== undefined || lemmaOf(w) === undefined;
        // A plural noun ends the phrase: "14 ships waiting at anchor" counts ships.
        while (
          !isPluralNoun(tokens[h].lower) &&
          h + 1 < tokens.length &&
          h - k < 3 &&
          tokens[h + 1].word &&
          !STOP_BEFORE_NOUN.has(tokens[h + 1].lower) &&
          !lex.stopwords.has(tokens[h + 1].lower) &&
          nounish(tokens[h + 1].lower) &&
          // ("112 rooms spread over eight floors": not into the verb that says where they are.)
          !lex.spreadVerbs.has(lemmaOf(tokens[h + 1].lower) ?? tokens[h + 1].lower)
        )
          h++;
        // "212,000 Vireo electric SUVs": past a name and an adjective to the plural noun they qualify.
        if (!isPluralNoun(tokens[h].lower)) h = qualifiedPlural(tokens, h, lex);
        // "a 4.2 billion peso sponsorship": a currency word several currencies share, before the
        // noun it prices, makes the figure money in it (as "4.2 billion pesos" is).
        const priced = (nounOf(tokens[k].lower) ?? tokens[k].lower).replace(/s$/, '');
        if (h > k && lex.comparedWith.has(`other:${priced}`)) h = k;
        // The head must be a noun: "412 referred", "41 filed" count nothing named.
        const head = tokens[h].lower;
        // ... and never a function word or one WordNet knows as no noun ("about 900 when some 50
        // move", "1,650 rather than 1,400": nothing is named).
        if (((lemmaOf(head) !== undefined || senseCount(head) > 0) && nounOf(head) === undefined) || lex.stopwords.has(head)) continue;
        // "One can only imagine": a small number word counts only a plural noun ("nine tally sheets").
        // ... save one person something happened to: "One inmate was shot dead" counts a death.
        const oneDone = n.kind === 'words' && n.value === 1 && h === k && personNoun(head) ? passiveEvent(tokens, h + 1, lex) : undefined;
        if (!oneDone && n.kind === 'words' && (n.value < 2 || (n.value < 10 && !isPluralNoun(head) && !lemmaPlural(head)))) continue;
        // "11 deaths", "300 injuries", "40 arrests": people, counted by what happened to them.
        const happened = oneDone ?? lex.events.matchAt(tokens, h)?.values.find((v) => v !== 'additional');
        // ("two frostbite deaths": a plural event noun heads the phrase past its modifier.)
        if (happened && (h === k || isPluralNoun(head))) {
          counted = 'people';
          bareEvent = happened;
        } else counted = 'other:' + (nounOf(head) ?? head.replace(/s$/, ''));
        countedText = text.slice(tokens[k].start, tokens[h].end);
        end = tokens[h].end;
      }
    }
    if (doers) {
      const done = nearestEvent(
        events.filter((e) => e !== doers.work),
        tokens,
        n.start,
        end,
      );
      if (done === 'presence') counted = 'other:' + doers.agent;
      else bareEvent = done;
    }
    if (counted && lex.personCategories.has(counted) && !nationality) {
      // "12,000 North Korean soldiers deployed in Russia, including 500 officers": the officers are
      // the same force's; otherwise the country named last before the figure, not as a location.
      const prevPeople = [...out].reverse().find((x) => x.counted && lex.personCategories.has(x.counted) && x.nationality);
      nationality = prevPeople?.nationality ?? nearestNationality(mentions, tokens, n.start);
    }

    // "the bodies of 11 people, including four children": the part shares what happened to the whole.
    if (!bareEvent && counted && lex.personCategories.has(counted)) {
      const whole = out[out.length - 1];
      if (whole?.event && whole.counted && lex.personCategories.has(whole.counted) && includedIn(tokens, n.start, lex))
        bareEvent = whole.event;
    }
    // "Blackwell, a town of roughly 6,000 residents": the place's people, all of them.
    if (counted && lex.personCategories.has(counted) && settlementOf(tokens, n.start, lex))
      [counted, bareEvent] = ['population', undefined];
    // "302 suspected cases", "a target of 96,000 children": a measure of its own kind.
    // "Eleven people are still in a critical condition": those in a state, as "11 of them in a
    // critical condition" counts them (a part said alike).
    const state = counted && lex.personCategories.has(counted) && !partOf ? conditionAfter(tokens, end) : undefined;
    if (state) {
      partOf = true;
      bareEvent = state;
    }
    const kinds: string[] = partOf ? ['part'] : [];
    const kind = counted || unit ? measureKindAround(tokens, n.start, n.end, end, lex) : undefined;
    if (kind) kinds.push(kind);
    const thing = unit ? speedOfThing(tokens, end, unit, lex) : undefined;
    if (thing) kinds.push(thing);
    // "A$60 million a day", "300 a week": a rate is another measure than a total ("raised it to A$60
    // million a day, from A$45 million": the earlier figure is of the same rate). A percentage is a
    // rate already: "annual inflation of 3.3%" is the 3.3% "in the 12 months to October".
    const pairedRate = () => {
      const prev = out[out.length - 1];
      const before = tokenBefore(tokens, n.start)?.lower;
      return prev && prev.unit === unit && before === 'from' ? prev.kind?.match(/per (\w+)/)?.[1] : undefined;
    };
    const rate =
      (counted || unit) && unit !== 'percent' ? (rateAfter(tokens, end) ?? pairedRate() ?? rateBefore(tokens, n.start)) : undefined;
    if (rate) kinds.push(`per ${rate}`);
    // "two brigades of up to 6,000 personnel each": a figure per item, not a total.
    // ... and "up to 6,000 soldiers in each brigade", "for every household".
    else if (eachAfter(tokens, end)) kinds.push('each');
    // "each temporary house would cost about 80 million rupiah": a sum told of each of a kind.
    else if (
      unit &&
      /\b(?:each|every)\s+(?:\p{L}+\s+){0,3}(?:(?:would|will|is|was|to)\s+)?costs?\s+(?:\p{L}+\s+)?$/iu.test(
        text.slice(tokens[0]?.start ?? n.start, n.start),
      )
    )
      kinds.push('each');
    const { dir, qualifier, start } = qualifierOf(tokens, text, n, lex);
    // "a further 20,000", "another 3,000": an increment is another measure than the total.
    // ... and "50 more refrigerators", "3,000 additional troops" after the number.
    const increment = isIncrement(tokens, start, lex) || moreAfter(tokens, n.end);
    const direction: Direction = n.valueHi !== undefined ? 'range' : dir;
    const info = unit ? lex.unitInfo.get(unit) : undefined;
    // "minus 8 degrees", "-8°C": a temperature below zero.
    const sign = info?.family.startsWith('temperature')
      ? /(?:\bminus\s+|[-−])$/i.exec(text.slice(Math.max(0, n.start - 6), n.start))
      : null;
    if (sign && info) {
      const from = n.start - sign[0].length;
      out.push({
        span: { start: from, end },
        text: text.slice(from, end).replace(/\s+/g, ' '),
        value: -n.value,
        direction: 'exact',
        interval: { lo: -n.value, hi: -n.value },
        unit,
        counted: info.family,
        normalized: -n.value * info.factor,
      });
      continue;
    }
    out.push({
      span: { start, end },
      text: text.slice(start, end).replace(/\s+/g, ' '),
      value: n.value,
      valueHi: n.valueHi,
      qualifier,
      direction,
      interval: intervalOf(n.value, direction, n.valueHi),
      unit,
      counted: counted ?? (info ? info.family : undefined),
      ...(info?.family === 'percent'
        ? shareOfFormer(shareOf(tokens, k), isFormer(tokens, n.start, out) ? out[out.length - 1] : undefined, unit)
        : {}),
      countedText,
      ...(kinds.length ? { kind: kinds.join(' ') } : {}),
      ...(isFormer(tokens, n.start, out) ? { former: true } : {}),
      ...((change) => (change ? { change } : {}))(changeOf(tokens, start, end, lex)),
      nationality,
      ...((named) => (increment && named && named !== 'presence' ? { incrementOf: named } : {}))(
        counted && lex.personCategories.has(counted) ? nearestEvent(events, tokens, n.start, end) : undefined,
      ),
      event: increment ? 'additional' : (bareEvent ?? figureEvent(counted, events, tokens, n.start, end, lex)),
      normalized: n.value * (info?.factor ?? 1),
      ...(info?.family === 'length' ? bearingOf(tokens, end, mentions) : {}),
      ...(n.vague ? { vague: true } : {}),
    });
  }
  return hadThenNow(out, tokens);
}

/** What happened to the one before "was" ("was shot dead", "was killed"): the event the data names. */
function passiveEvent(tokens: Token[], from: number, lex: Lexicon): string | undefined {
  if (tokens[from]?.lower !== 'was') return undefined;
  // ("was shot dead": past the verb to the state it left.)
  for (const at of [from + 1, from + 2]) {
    const e = lex.events.matchAt(tokens, at)?.values.find((v) => v !== 'additional');
    if (e) return e;
  }
  return undefined;
}
