// British and American spellings of one word, folded to one form for comparing quoted words: a
// remark quoted by a London outlet ("groundless rumours") is the same remark a New York one quotes
// ("groundless rumors"). Regular endings by rule, the few irregular words by name. Both sides of a
// comparison are folded, so a fold that makes no real word ("hour" is left alone: too short) is harmless;
// only two different words folding together would matter, and the rules keep a stem of three letters.
// Accents are folded too: a wire that writes "Giron" names the "Girón" of another.

const WORDS: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  grey: 'gray',
  tyre: 'tire',
  tyres: 'tires',
  kerb: 'curb',
  plough: 'plow',
  aluminium: 'aluminum',
  judgement: 'judgment',
  ageing: 'aging',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  licence: 'license',
  pretence: 'pretense',
  cheque: 'check',
  cheques: 'checks',
};

const RULES: [RegExp, string][] = [
  // rumour, honours, favourite, labouring
  [/^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|ful|less)?$/, '$1or$2'],
  // organise, recognised, mobilisation
  [/^([a-z]{3,})is(e|es|ed|ing|ation|ations)$/, '$1iz$2'],
  // analyse, paralysed
  [/^([a-z]{3,})ys(e|es|ed|ing)$/, '$1yz$2'],
  // centre, theatres, metre
  [/^([a-z]{3,})tre(s|d)?$/, '$1ter$2'],
  // catalogue, dialogues
  [/^([a-z]{3,})ogue(s)?$/, '$1og$2'],
  // travelled, cancelling, modellers
  [/^([a-z]{2,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
];

const folded = new Map<string, string>();

/** One spelling of a lower-case word for both British and American forms. */
export function foldSpelling(word: string): string {
  let hit = folded.get(word);
  if (hit === undefined) {
    // "Girón" and "Giron", "Cárdenas" and "Cardenas": a wire that drops accents names the same.
    const plain = /[^\u0000-\u007f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
    hit = WORDS[plain] ?? plain;
    if (hit === plain && plain.length >= 6)
      for (const [re, to] of RULES)
        if (re.test(plain)) {
          hit = plain.replace(re, to);
          break;
        }
    if (folded.size >= 50000) folded.clear();
    folded.set(word, hit);
  }
  return hit;
}
