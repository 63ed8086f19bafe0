// The words that shape a speaker's phrase: where it ends, what may stand inside it, and what after
// a name makes it the subject of a clause of its own. Used by actors.ts.

/** Tokens that end an actor phrase when scanning away from the cue. */
export const BOUNDARY = new Set([
  '.',
  ';',
  ':',
  '“',
  '”',
  '"',
  '[',
  ']',
  'that',
  'when',
  'while',
  'which',
  'after',
  'before',
  'because',
  'and',
  'but',
]);

/** Words an apposition may hold besides names and titles ("the head of", "who is on the"). */
export const APPOSITION = new Set([
  'the',
  'of',
  'for',
  'at',
  'in',
  'on',
  'and',
  'a',
  'an',
  "'s",
  '(',
  ')',
  '-',
  '–',
  'who',
  'heads',
  'head',
  'leads',
  'is',
  'was',
  'serves',
  'as',
  'with',
  'from',
  'citing',
  'quoting',
]);

/** Words between a subject and its verb: "Moscow has not confirmed". */
export const AUXILIARY = new Set([
  'has',
  'have',
  'had',
  'did',
  'does',
  'do',
  'is',
  'was',
  'not',
  "n't",
  'never',
  'also',
  'yet',
  'still',
  'so',
  'far',
  'repeatedly',
  'previously',
  'initially',
]);

/** Words after a name that make it the subject of a clause of its own ("the union had cut"). */
export const SUBJECT_VERB = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'would',
  'will',
  'could',
  'should',
  'might',
  'may',
  'must',
  'can',
  'did',
  'does',
  'do',
]);

/** "at the BRICS summit": an organisation named as the setting, not the speaker. */
export const VENUE = new Set([
  'summit',
  'conference',
  'meeting',
  'forum',
  'briefing',
  'session',
  'talks',
  'meetings',
  'gathering',
  'event',
]);

/** Words that end a noun phrase: a clause or a list goes on after them. */
export const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'as', 'when', 'while', 'if', 'than']);

/** Lower-case particles of surnames ("Lotte van Dam", "de la Cruz", "bin Salman"). */
export const SURNAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'bin',
  'al',
  'ibn',
  'ter',
  'ten',
]);
