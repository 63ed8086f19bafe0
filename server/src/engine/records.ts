// A source article -> its records. Records are the article's sentences read by the same claim
// extractor that reads drafts, then completed from their neighbours the way a reader does: "he
// wrote" is the person named before; a sentence that continues a quoted speaker's paragraph is still
// that speaker's; a statement's date is the date it was made, or else the article's.
import type { Lexicon } from './data/lexicon';
import { extractClaims } from './extract/claims';
import { claimActorKeys, intersects } from './match/actors';
import type { Claim, Source, SourceRecord } from './types';

/** How far apart (in sentences) two records can be and still report one event. */
const CONTEXT_DISTANCE = 2;
const CONTINUATION = /^["“‘']?(they|these|those|he|she|it|its|their|his|her|this)\b/i;

export function recordsOf(source: Source, sourceIndex: number, lex: Lexicon, firstIndex: number): SourceRecord[] {
  const published = source.meta.published;
  const claims = extractClaims(source.text, lex, { bodyStart: source.bodyStart, refDate: published });
  const records: SourceRecord[] = [];
  let prev: SourceRecord | undefined;
  for (const c of claims) {
    const rec: SourceRecord = {
      ...c,
      source: sourceIndex,
      id: `${source.meta.id}#${c.index + 1}`,
      statedAt: statementDate(c),
      context: [],
    };
    const own = c.actors.filter((a) => a.role === 'primary' && !a.backref);
    const backref = c.actors.some((a) => a.backref);
    const cue = c.actors.length > 0;
    const sameParagraph = !!prev && !source.text.slice(prev.span.end, c.span.start).includes('\n');
    // A sentence that goes on about the same statement: a bare quotation, or one opening with a
    // pronoun ("They are undergoing training ...", "These forces entered ...").
    const continues = !cue && sameParagraph && (c.quotes.length > 0 || CONTINUATION.test(c.text));
    if (prev && !own.length && (backref || (continues && prev.actors.some((a) => a.role === 'primary')))) {
      const inherited = prev.actors.filter((a) => a.role !== 'recipient' || backref).map((a) => ({ ...a, inherited: true }));
      rec.actors = [...c.actors.filter((a) => !a.backref), ...inherited];
      if (!rec.statedAt) rec.statedAt = prev.statedAt;
    }
    if (!rec.statedAt && own.length) {
      // "Singh added that ...": the same speaker's statement a sentence or two before dates it.
      const keys = claimActorKeys(own);
      const earlier = records.slice(-2).reverse().find((r) => intersects(keys, claimActorKeys(r.actors)));
      rec.statedAt = earlier?.statedAt;
    }
    if (!rec.statedAt) rec.statedAt = published;
    records.push(rec);
    prev = rec;
  }
  // Neighbours by the same actor (or both unattributed) report the same event.
  for (let i = 0; i < records.length; i++) {
    const ki = claimActorKeys(records[i].actors);
    for (let j = Math.max(0, i - CONTEXT_DISTANCE); j <= Math.min(records.length - 1, i + CONTEXT_DISTANCE); j++) {
      if (j === i) continue;
      const kj = claimActorKeys(records[j].actors);
      if ((ki.size === 0 && kj.size === 0) || intersects(ki, kj)) records[i].context.push(firstIndex + j);
    }
  }
  return records;
}

function statementDate(c: Claim): string | undefined {
  const t = c.times.find((x) => x.role === 'statement' && x.start);
  return t?.start;
}
