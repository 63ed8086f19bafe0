// Speakers with no name: a country's officials ("Ukrainian officials said"), a unit of its forces
// ("the Kharkiv operational-tactical group said"), read by extract/actors.ts.
import type { Lexicon } from '../data/lexicon';
import type { Token } from '../text/tokens';
import { AUXILIARY } from './actor-words';
import type { Mention } from './mentions';

/** Units of a country's forces or state that speak without a name ("the Kharkiv operational-tactical group"). */
const SPEAKING_UNITS = new Set(['group', 'command', 'unit', 'headquarters', 'brigade', 'battalion', 'corps', 'forces', 'army', 'navy']);

/** "Ukrainian authorities", "South Korean officials", "Japan's government": a country's unnamed
 *  speaker (lexicon unnamedSpeakers), as an anonymous speaker of that country; undefined when the
 *  mention is no country or nationality followed by such a noun. */
export function unnamedSpeaker(tokens: Token[], m: Mention, lex: Lexicon): Mention | undefined {
  if (m.kind !== 'country' && m.kind !== 'demonym' && m.kind !== 'place') return undefined;
  let k = m.j;
  if (m.kind === 'country' && /^['’]s$/.test(tokens[k]?.text ?? '')) k++;
  let noun = tokens[k]?.lower;
  if (!noun) return undefined;
  if (!lex.unnamedSpeakers.has(noun) || m.kind === 'place') {
    // "Ukraine's Kharkiv operational-tactical group said": a unit of the country's, its words
    // before it, speaking (the verb right after it).
    let x = k;
    while (x < k + 3 && tokens[x]?.word && !SPEAKING_UNITS.has(tokens[x].lower)) x++;
    if (!SPEAKING_UNITS.has(tokens[x]?.lower ?? '') || tokens[x].text !== tokens[x].lower) return undefined;
    let v = x + 1;
    while (AUXILIARY.has(tokens[v]?.lower ?? '')) v++;
    if (!lex.cues.matchAt(tokens, v)?.values.includes('verb')) return undefined;
    noun = tokens[x].lower;
    k = x;
  }
  return {
    kind: 'anonymous',
    id: `${noun}@${m.id}`,
    i: m.i,
    j: k + 1,
    text: tokens
      .slice(m.i, k + 1)
      .map((t) => t.text)
      .join(' '),
  };
}

/** Countries named inside a mention's own words ("U.S." in "U.S. officials"). */
export function countriesIn(tokens: Token[], m: Mention, lex: Lexicon): string[] {
  const out: string[] = [];
  // The phrase less its last word, then less its first: the whole phrase matches as the actor.
  for (const words of [tokens.slice(m.i, m.j - 1), tokens.slice(m.i + 1, m.j)]) {
    for (const hit of lex.entities.findAll(words))
      for (const v of hit.values) if (v.kind === 'country' || v.kind === 'demonym') out.push(v.id);
  }
  return [...new Set(out)];
}
