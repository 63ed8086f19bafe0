// The person a sentence with no speaker is about: "St. Anton's mayor, Lukas Tschiderer, defended the
// municipality's handling of the evacuation." A "he said" in the sentence after it is that person's
// (coreference.ts), as a reader takes it.
import type { Token } from '../text/tokens';
import type { ActorRef } from '../types';
import type { Mention } from './mentions';

/** Tokens within which the subject is named (titles and appositions before the verb). */
const SUBJECT_WINDOW = 10;
/** A name after one of these is an object or a complement, not the subject. */
const NOT_SUBJECT = new Set(['of', 'for', 'to', 'with', 'by', 'from', 'against', 'on', 'at', 'in', 'about', 'and', 'or', 'than', 'like']);

export function subjectOf(tokens: Token[], mentions: Mention[], inQuote: (i: number) => boolean): ActorRef | undefined {
  const first = tokens.findIndex((t) => t.word);
  for (const m of mentions) {
    if (m.i - first > SUBJECT_WINDOW) return undefined;
    if (m.kind !== 'person') continue;
    if (inQuote(m.i) || NOT_SUBJECT.has(tokens[m.i - 1]?.lower ?? '')) return undefined;
    return {
      span: { start: tokens[m.i].start, end: tokens[m.j - 1].end },
      text: m.text,
      person: m.id,
      orgs: [],
      titles: [],
      countries: [],
      role: 'primary',
    };
  }
  return undefined;
}
