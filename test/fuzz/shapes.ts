// Adversarial input shapes for the linear-time checks (test/linear-time.test.ts, npm run fuzz):
// each makes a text of about n UTF-16 units from a repeated unit that stresses one scanner or
// regular expression (unclosed brackets, emphasis runs, comment openers, quotes, digit groups,
// number words, qualifiers, capitalised names, long lines, lone surrogates, ...), and the entry
// points they go through, each timed by the minimum of a few runs.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { Library } from '../../server/src/engine/api';
import { checkText } from '../../server/src/engine/check';
import { extractClaims } from '../../server/src/engine/extract/claims';
import { findNumbers } from '../../server/src/engine/extract/numbers';
import { findQuotes } from '../../server/src/engine/extract/quotes';
import { proseMask } from '../../server/src/engine/text/markdown';
import { splitSentences } from '../../server/src/engine/text/sentences';
import { tokenize } from '../../server/src/engine/text/tokens';

const SENTENCE = 'On 23 October, John Kirby told reporters that at least 3,000 North Korean soldiers had arrived in eastern Russia. ';

/** Name -> the unit repeated (or a function of n for shapes that are not a plain repetition). */
export const SHAPES: Record<string, string | ((n: number) => string)> = {
  'real sentences': SENTENCE,
  'one 100k-style line of words': (n) => fill('Kirby told reporters that soldiers had arrived in eastern Russia and ', n),
  'repeated punctuation': '.!?…',
  'open brackets [': '[',
  'nested brackets': (n) => '['.repeat(n >> 1) + ']'.repeat(n >> 1),
  'link openers [a](': '[a](',
  'parentheses in a link': (n) => '[a](' + '('.repeat(n),
  'image openers ![': '![',
  'emphasis runs **': '**',
  'mixed emphasis *_~': '*a_b~~',
  backticks: '`a``',
  'comment openers <!--': '<!--',
  'unclosed tags <a ': '<a ',
  'autolink openers <h': '<http:',
  backslashes: '\\',
  'straight quotes "': '"',
  'curly quotes “': '“',
  'quoted words "a" ': '"ab" ',
  'single quotes ‘': ' ‘a',
  'digits with commas': '1,000,',
  'digit groups with spaces': '1 000 ',
  'decimals and dots': '1.2.',
  'number words': 'one hundred and ',
  'number word chain': 'twenty-one thousand ',
  // Each sentence refers back to the one before ("He told ..."): actors must not pile up.
  'back-reference chain': (n) =>
    'Kirby said 3,000 North Korean soldiers had arrived. ' + fill('He told Reuters and the BBC that 500 more were coming. ', n),
  '"between ... and"': 'between 1 and ',
  'qualifiers "at least"': 'at least ',
  'capitalised words': 'Word ',
  'initials A. ': 'A. ',
  'abbreviations U.S.': 'U.S. ',
  'attribution cues': 'Kirby said ',
  'months and days': 'May 1 ',
  'years after "in"': 'in 2023 ',
  'spaces after a year': (n) => 'in 2023' + ' '.repeat(n) + 'x',
  weekdays: 'Monday ',
  emoji: '😀',
  'lone surrogates': '\ud800a\udc00',
  'RTL and zero-width marks': 'a\u200f\u202e\u200b\ufeff',
  'NUL characters': 'a\u0000',
  'CRLF lines': 'Kirby said.\r\n',
  'blank lines': '\n\n',
  'blockquote nesting >': '>',
  'list bullets': '- a\n',
  'heading hashes': '#',
  'table pipes': '|a',
  'checked markers': 'Kirby said 5,000 soldiers arrived. <!-- checked: ok -->\n',
  'front matter dashes': (n) => '---\n' + 'a: b\n'.repeat(n / 5),
};

export function fill(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, Math.max(n, unit.length));
}

export function shape(name: string, n: number): string {
  const s = SHAPES[name];
  return typeof s === 'function' ? s(n) : fill(s, n);
}

/** Entry points timed on each shape. */
export function entryPoints(library: Library): Record<string, (text: string) => unknown> {
  const lex = library.lexicon;
  return {
    proseMask: (t) => proseMask(t),
    splitSentences: (t) => splitSentences(proseMask(t)),
    tokenize: (t) => tokenize(t),
    findNumbers: (t) => findNumbers(t),
    findQuotes: (t) => findQuotes(t),
    extractClaims: (t) => extractClaims(t, lex),
    checkText: (t) => checkText(t, library),
  };
}

/** A full garbage collection, so one run does not pay for the garbage of the one before (the
 *  collector is reached through V8's flag, as `node --expose-gc` would). */
const gc: () => void = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return () => undefined;
  }
})();

/** Minimum wall time of `runs` calls, in milliseconds; `collect`: a full collection before each. */
export function timeMin(fn: () => unknown, runs = 3, collect = false): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    if (collect) gc();
    const t = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}
