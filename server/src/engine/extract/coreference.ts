// Who "he", "the agency" and a bare follow-up quotation refer to: the actor of the sentence before.
// Sources and drafts are read the same way ("Kovalenko wrote ... . He added ...").
import type { ActorRef, Claim } from '../types';

/** Actors a sentence takes from the one before, at most. */
const MAX_INHERITED = 4;
/** Bodies looked back through for "the commission" (the last ones named). */
const MAX_BODIES = 16;

/** A sentence that goes on about the same statement: it opens with a pronoun or demonstrative. */
const CONTINUATION = /^["“‘']?(they|these|those|he|she|it|its|their|his|her|this)\b/i;

/**
 * Fills in inherited actors in place. Returns, for each claim, the index of the claim it took its
 * actor from (or -1). `before` is the claim just before the first, in an earlier paragraph (the
 * incremental checker reads one paragraph at a time), already resolved.
 */
export function resolveActors(claims: Claim[], text: string, before?: Pick<Claim, 'actors'> & { subject?: ActorRef }): number[] {
  const from: number[] = [];
  // "a senior Ukrainian military source told Reuters ... The source added": the definite one is the
  // same source, with its country.
  const unnamedOf = new Map<string, ActorRef>();
  // The bodies named so far, by the words of their names: "the commission" is the last one whose
  // name has that word.
  const bodies: ActorRef[] = [];
  const bodyNamed = (noun: string): ActorRef | undefined => {
    for (let k = bodies.length - 1; k >= 0 && k >= bodies.length - MAX_BODIES; k--)
      if (
        bodies[k].text
          .toLowerCase()
          .split(/[^a-z]+/)
          .includes(noun)
      )
        return bodies[k];
    return undefined;
  };
  claims.forEach((c, i) => {
    from.push(-1);
    if (c.actors.some((a) => a.definite)) {
      c.actors = c.actors.map((a) => {
        const named = a.definite ? bodyNamed(a.definite) : undefined;
        // The body itself, not a person named with it ("Naomi Chelagat, head of the commission").
        return named ? { ...a, text: named.text, orgs: named.orgs, countries: named.countries, backref: undefined, inherited: true } : a;
      });
    }
    for (const a of c.actors) if (a.orgs.length && !a.backref && a.role !== 'recipient') bodies.push(a);
    // (... and "the unnamed source, who is on the General Staff ... The source added": its body.)
    c.actors = c.actors.map((a) => {
      if (!a.anonymous) return a;
      if (a.countries.length || a.orgs.length) unnamedOf.set(a.anonymous, a);
      else if (/^the\b/i.test(a.text) && unnamedOf.has(a.anonymous)) {
        const first = unnamedOf.get(a.anonymous)!;
        return { ...a, countries: first.countries, orgs: first.orgs };
      }
      return a;
    });
    const prev = i > 0 ? claims[i - 1] : before;
    if (!prev) return;
    if (hasOwnActor(c)) return;
    // "The ministry put the number at 3.4 million" after "A TEİAŞ spokesman said": a body no one
    // before has named, nor any earlier speaker's words ("Minister ..." for the ministry), is a
    // speaker of its own with no name, not the sentence before's.
    c.actors = c.actors.map((a) =>
      a.definite && a.backref && !GENERIC_BODY.has(a.definite) && !prev.actors.some((p) => p.role === 'primary' && kin(p.text, a.definite!))
        ? { ...a, backref: undefined, anonymous: a.definite, definite: undefined }
        : a,
    );
    const backref = c.actors.some((a) => a.backref);
    const cue = c.actors.length > 0;
    const sameParagraph = i > 0 && !text.slice(claims[i - 1].span.end, c.span.start).includes('\n');
    // (A paragraph that is only a quotation goes on with the speaker of the one before, as wire
    // copy writes it: "..., Varadarajan told reporters." then a paragraph "\"We are devastated ...\"".)
    const continues = !cue && ((sameParagraph && (c.quotes.length > 0 || CONTINUATION.test(c.text))) || bareQuote(c));
    // ("St. Anton's mayor, Lukas Tschiderer, defended ... . '...,' he said.": the person the
    // sentence before is about, when it has no speaker.)
    const spoke = prev.actors.some((a) => a.role === 'primary');
    const about = !spoke && backref && 'subject' in prev ? prev.subject : undefined;
    if (!(backref || continues) || !(spoke || about)) return;
    // The speaker (and whom they cite), once each: not the outlets the earlier sentence was told
    // to, nor every actor of the chain before it ("He told Reuters ... He told the BBC ..."), so a
    // chain of back-references stays linear and each sentence has the actors it refers to.
    const seen = new Set<string>();
    const inherited = (about ? [about] : prev.actors)
      .filter((a) => a.role !== 'recipient')
      .filter((a) => {
        const key = `${a.role}\u0000${a.person ?? ''}\u0000${a.orgs.join(',')}\u0000${a.anonymous ?? ''}\u0000${a.text}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, MAX_INHERITED)
      .map((a) => (a.inherited ? a : { ...a, inherited: true }));
    c.actors = [...c.actors.filter((a) => !a.backref), ...inherited];
    from[i] = i - 1;
  });
  return from;
}

const hasOwnActor = (c: Pick<Claim, 'actors'>) => c.actors.some((a) => a.role === 'primary' && !a.backref);

/** Whether the first claim of a text can take its actor from `before` (resolveActors): only a
 *  back-reference ("he said", "the agency added") without an actor of its own reaches back past a
 *  paragraph break. When it cannot, what comes before changes nothing. */
export function readsBefore(first: Pick<Claim, 'actors' | 'quotes' | 'text'> | undefined): boolean {
  return !!first && !hasOwnActor(first) && (first.actors.some((a) => a.backref) || (!first.actors.length && bareQuote(first)));
}

/** A sentence that is a quotation and nothing else (what is quoted is most of it). */
function bareQuote(c: Pick<Claim, 'quotes' | 'text'>): boolean {
  if (!/^["“‘']/.test(c.text)) return false;
  // ("\"Retraining is fine. But you cannot ...,\" she said.": a quotation opened and not closed
  // goes on into the next sentence.)
  if (!/["”]/.test(c.text.slice(1))) return true;
  if (!c.quotes.length) return false;
  const quoted = c.quotes.reduce((n, q) => n + q.text.length, 0);
  return quoted >= 0.8 * c.text.length;
}

/** Nouns that may stand for any body ("the agency" after the National Disaster Management Authority). */
const GENERIC_BODY = new Set([
  'agency',
  'body',
  'organisation',
  'organization',
  'group',
  'institution',
  'company',
  'firm',
  'service',
  'authority',
  'office',
]);

/** Whether a speaker's words hold the body's noun or a word of its stem ("Minister" for "ministry",
 *  "commissioner" for "commission"). */
function kin(text: string, noun: string): boolean {
  const stem = noun.slice(0, Math.max(5, noun.length - 3));
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => w === noun || (w.length >= 5 && w.startsWith(stem)));
}
