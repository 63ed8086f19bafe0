// How long something is expected to take is a claim a source can back ("is expected to take about
// six weeks, city hall said"), and the same number of another unit of time is another figure;
// a named speaker's words quoted after "would" are what they said, which the sources can check
// (extract/hedges.ts, match/verdict.ts LASTING, match/unstated.ts numberOtherwise). A finding and a
// no-finding case each.
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { judgeIn, using, writtenStory } from './story-library';

const lex = loadLexicon();
const hedged = (s: string) => extractClaims(s, lex)[0]?.hedged;

describe('durations and quoted forecasts', () => {
  it('reads an expected duration as a claim, a bare guess as speculation', () => {
    assert.equal(hedged('Demolition of the rest of the block is expected to take about six weeks.'), undefined);
    assert.equal(hedged('North Korea is expected to send more soldiers.'), 'speculation');
  });
  it('reads a named speaker\'s quoted words after "would" as a report', () => {
    assert.equal(hedged('Mayor Halina Dębska said every family would have "a roof over its head tonight."'), undefined);
  });

  const story = () =>
    writtenStory([
      {
        id: 'demolition',
        date: '2025-11-26',
        body:
          'KIELCE, Poland, Nov 26 (CWS) - Demolition of what is left of the block at 11 Wapienna Street began at 8 a.m. on Tuesday and is expected to take about six weeks, city hall said.\n\n' +
          '"Every family that has lost its home will have a roof over its head tonight," Mayor Halina Dębska said.\n',
      },
    ]);
  it('contradicts the same number of another unit of time', () => {
    using(story(), (library) => {
      const f = judgeIn(library, 'Demolition of the rest of the block is expected to take about six months.');
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f?.message ?? '', /six weeks/);
      assert.equal(judgeIn(library, 'Demolition of the rest of the block is expected to take about six weeks.')?.verdict, 'supported');
    });
  });
  it("checks the quoted words against the speaker's", () => {
    using(story(), (library) => {
      const said = (w: string) =>
        judgeIn(library, `Mayor Halina Dębska said every family that lost its home would have "a roof over its head ${w}."`);
      assert.equal(said('by the weekend')?.verdict, 'conflicting');
      assert.notEqual(said('tonight')?.verdict, 'conflicting');
    });
  });
});
