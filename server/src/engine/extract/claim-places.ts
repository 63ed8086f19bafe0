// Where a claim is set: the places a sentence names that say where it happened ("in Buner", "the
// country's east", "Lucknow recorded 45.9 degrees"), each with its role (where it happened, or where
// those counted are from). Countries and taught places are places only after a locative word, so
// "Moscow said" names a speaker. Used by claims.ts.
import type { Lexicon } from '../data/lexicon';
import type { Token } from '../text/tokens';
import type { PlaceRef } from '../types';
import type { Mention } from './mentions';
import { MOTION } from './gazetteer-places';

/** Prepositions and verbs after which a country name is a place ("deployed to Russia"). */
const LOCATIVE = new Set([
  'in',
  'into',
  'to',
  'at',
  'near',
  'toward',
  'towards',
  'from',
  'inside',
  'across',
  'entered',
  'enter',
  'entering',
  'reached',
  'invaded',
  'of',
  'within',
  'throughout',
]);

const COPULA = new Set(['are', 'were', 'is', 'was']);
/** Place nouns a name may be set beside, after a comma ("the state, Uttar Pradesh"). */
const APPOSED_TO = new Set([
  'state',
  'province',
  'region',
  'district',
  'county',
  'city',
  'town',
  'country',
  'village',
  'prefecture',
  'capital',
]);

/** Verbs a place opens a sentence with when a figure was measured there. */
const MEASURED = new Set([
  'recorded',
  'registered',
  'logged',
  'received',
  'reached',
  'hit',
  'saw',
  'measured',
  'reported',
  'accounted',
  'counted',
]);
/** "recorded 45.9", "alone accounted for 29 deaths": a verb of measuring and a figure right after
 *  the place's name (past "district", "alone", "for"). */
function measuredAfter(tokens: Token[], j: number, lex: Lexicon): boolean {
  let k = j;
  while (k < j + 2 && /^(?:district|province|city|town|county|region|state|alone|itself)$/.test(tokens[k]?.lower ?? '')) k++;
  // ("Misamis Occidental has so far recorded two measles deaths".)
  const from = k;
  while (k < from + 3 && /^(?:has|have|had|now|also|so|far|already)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!MEASURED.has(tokens[k]?.lower ?? '') || lex.cues.matchAt(tokens, k)) return false;
  k++;
  if (tokens[k]?.lower === 'for') k++;
  return /^\d/.test(tokens[k]?.text ?? '') || NUMBER_WORDS.test(tokens[k]?.lower ?? '');
}
const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/;
const firstWordOf = (tokens: Token[]) => tokens.findIndex((t) => t.word);

/** Nouns and verbs of what a force is meant for, before "in" and a place. */
const PURPOSE = new Set(['use', 'deployment', 'combat', 'fight', 'fighting', 'battle', 'action', 'operations', 'war', 'front']);

export function findPlaces(tokens: Token[], mentions: Mention[], lex: Lexicon): PlaceRef[] {
  const out: PlaceRef[] = [];
  /** The token after each place read so far (where a list's next name would start, past "," or "and"). */
  const accepted = new Set<number>();
  for (const m of mentions) {
    // A country the data names as no place ("Poland") is one as the next of a list of places.
    if (m.kind !== 'place' && m.kind !== 'country') continue;
    const info = lex.places.get(m.id);
    let p = m.i - 1;
    if (tokens[p]?.lower === 'the' || tokens[p]?.lower === 'occupied') p--;
    const prev = tokens[p]?.lower ?? '';
    const possessive = tokens[m.j]?.lower === "'s";
    // A country is a place only after a locative word; "Russia's Kursk region" names Kursk.
    // ... or set beside a place noun: "India's most populous state, Uttar Pradesh,", "the
    // provincial capital, Palu", "the provincial capital Palu".
    const apposed = (prev === ',' && APPOSED_TO.has(tokens[p - 1]?.lower ?? '')) || APPOSED_TO.has(prev);
    // ... or opening the sentence before a verb and a figure: "Lucknow recorded 45.9 degrees",
    // "Jhansi reached 48.4 C" (where it was measured; "Moscow sent 500" stays a metonym).
    const measuredAt = m.i === firstWordOf(tokens) && measuredAfter(tokens, m.j, lex);
    // ... or where a journey starts or ends: "left Cusco", "bound for Calapan".
    const journey = MOTION.has(prev) || (prev === 'for' && MOTION.has(tokens[p - 1]?.lower ?? ''));
    // ... or the next of a list of places: "in Ukraine, Poland and Spain".
    // ("Kazan, Russia": a name after a comma that ends the list is where the place before it lies.)
    const goesOn = prev !== ',' || /^(?:,|and|or)$/.test(tokens[m.j]?.lower ?? '');
    const listed = (prev === ',' || prev === 'and' || prev === 'or') && accepted.has(p) && goesOn;
    if (m.kind === 'country' && !listed) continue;
    // "sent to Russia, possibly for use in Ukraine", "to fight in Ukraine": where they are meant for,
    // not where they are.
    if (
      prev === 'in' &&
      PURPOSE.has(tokens[p - 1]?.lower ?? '') &&
      tokens.slice(Math.max(0, p - 4), p - 1).some((t) => t.lower === 'for' || t.lower === 'to' || t.lower === 'ahead')
    )
      continue;
    if (info?.locative && ((!LOCATIVE.has(prev) && !apposed && !measuredAt && !journey && !listed) || possessive)) continue;
    accepted.add(m.j);
    const region = directional(tokens, m, lex);
    out.push({
      span: { start: tokens[m.i].start, end: tokens[m.j - 1].end },
      id: region ?? m.id,
      text: m.text,
      // "Nineteen of the dead are from Banda district": where those counted are, after a copula.
      role: prev === 'from' && !COPULA.has(tokens[p - 1]?.lower ?? '') ? 'from' : 'at',
    });
  }
  // "the country's east": a region of the country named last.
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i].lower === 'country' && tokens[i + 1].lower === "'s" && /^(east|west)$/.test(tokens[i + 2].lower)) {
      const country = [...mentions].reverse().find((m) => m.i < i && (m.kind === 'country' || m.kind === 'place'));
      const id = country && `${tokens[i + 2].lower}ern-${country.id}`;
      if (id && lex.places.has(id))
        out.push({ span: { start: tokens[i].start, end: tokens[i + 2].end }, id, text: 'the country’s ' + tokens[i + 2].text, role: 'at' });
    }
  }
  return out;
}

/** "western Russia" is in the data; "western Kursk Oblast" falls back to Kursk. */
function directional(tokens: Token[], m: Mention, lex: Lexicon): string | undefined {
  const prev = tokens[m.i - 1]?.lower;
  if (prev && /^(eastern|western|northern|southern)$/.test(prev)) {
    const id = `${prev}-${m.id}`;
    if (lex.places.has(id)) return id;
  }
  return undefined;
}
