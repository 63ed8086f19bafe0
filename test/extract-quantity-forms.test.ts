// Figures of forms a news story gives besides a number and its noun: a multiple of a reference
// amount ("40 times the legal limit"), places counted by any of their names ("five military
// facilities"), what was planned ("1,340 planned operations"), and a total said by its subject or
// its estimate ("Complaints ... stand at about 2,700"). Each with a finding and a no-finding case.
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import type { Quantity } from '../server/src/engine/types';

const lex = loadLexicon();

/** The figures of a one-sentence text; each span is checked to read back as the figure's text. */
function quantities(s: string): Quantity[] {
  const cs = extractClaims(s, lex);
  assert.equal(cs.length, 1, `expected one claim in ${JSON.stringify(s)}`);
  for (const q of cs[0].quantities) assert.equal(s.slice(q.span.start, q.span.end).replace(/\s+/g, ' '), q.text, JSON.stringify(q));
  return cs[0].quantities;
}

describe('extract quantities: a multiple of a reference amount', () => {
  it('"40 times the legal limit" counts multiples of the limit, as "more than 1,000 times the drinking-water limit" does', () => {
    const [q] = quantities('The regulator found phenol at 40 times the legal limit.');
    assert.equal(q?.counted, 'other:times-limit');
    assert.equal(q?.value, 40);
    const [r] = quantities('Samples showed phenol at more than 1,000 times the Chilean drinking-water limit, he said.');
    assert.equal(r?.counted, 'other:times-limit');
    assert.equal(r?.direction, 'min');
  });
  it('"hit three times" says how often, and "three times the first estimate" tells one figure by another: no multiple', () => {
    const multiples = (text: string) => quantities(text).filter((q) => q.counted?.startsWith('other:times'));
    assert.deepEqual(multiples('The plant was hit three times on Sunday.'), []);
    assert.deepEqual(multiples("The spill is nearly three times the maritime authority's first estimate."), []);
  });
});

describe('extract quantities: places counted by any of their names', () => {
  it('"five military facilities", "five locations" count what "five training grounds" counts', () => {
    for (const s of [
      'Five military facilities in the east are used to train the troops.',
      'The troops are training at five locations.',
      'The troops are training at five military training grounds.',
    ])
      assert.equal(quantities(s)[0]?.counted, 'camps', s);
  });
  it('"five times" or "five weeks" count no places', () => {
    assert.notEqual(quantities('The troops trained for five weeks at the range.')[0]?.counted, 'camps');
  });
});

describe('extract quantities: what was planned, counted', () => {
  it('"1,340 planned operations had been postponed" counts operations (no target); "96,000 targeted children" is a target', () => {
    assert.equal(quantities('About 1,340 planned operations had been postponed by Tuesday morning, she said.')[0]?.kind, undefined);
    assert.equal(
      quantities('About a third of the 96,000 targeted children have been vaccinated.').find((q) => q.value === 96000)?.kind,
      'target',
    );
  });
});

describe('extract quantities: a total said by its subject or its estimate', () => {
  it('"raised its estimate of overbilled households to 47,300" counts households, as "its count of" does', () => {
    const q = quantities('The regulator raised its estimate of overbilled households to 47,300.').find((x) => x.value === 47300);
    assert.equal(q?.counted, 'households');
  });
  it('"Complaints to the ombudsman about the bills stand at about 2,700": the subject\'s head, past its qualifier', () => {
    const [q] = quantities("Complaints to the Public Defender's Office about Rioni Water bills stand at about 2,700.");
    assert.equal(q?.counted, 'other:complaint');
    assert.equal(q?.direction, 'approx');
  });
  it('"pay rises over four years" counts nothing: "over" is no level reached', () => {
    assert.ok(!quantities('Workers get sixteen per cent in pay rises over four years.').some((q) => q.value === 4));
  });
});

describe('extract quantities: people named by the work they do', () => {
  it('"rescue workers" are counted as "rescuers" are, never as people rescued', () => {
    const [q] = quantities('About 410 rescue workers were working in shifts around the clock, said the operations leader.');
    assert.equal(q?.counted, 'other:rescuer');
    assert.equal(q?.event, undefined);
    const [r] = quantities('About 410 rescuers and 36 avalanche dogs were working in shifts around the clock.');
    assert.equal(r?.counted, 'other:rescuer');
  });
  it('what happened to them still makes the measure ("two rescue workers were killed"), and "29 people were rescued" are the rescued', () => {
    const [q] = quantities('Two rescue workers were killed when a wall of the building fell on them.');
    assert.equal(q?.counted, 'people');
    assert.equal(q?.event, 'death');
    const [r] = quantities('Yurdakul said 29 people had now been rescued alive.');
    assert.equal(r?.event, 'rescued');
  });
});

describe('extract quantities: a particle that says no rise', () => {
  it('"women make up 51.1%" is a share, not a rise; "prices went up 3.1%" is one', () => {
    assert.equal(quantities('Women make up 51.1% of the population, the agency said.')[0]?.change, undefined);
    assert.equal(quantities('Prices went up 3.1% in October, the agency said.')[0]?.change, 'up');
  });
});

describe('extract quantities: a place\'s population, and a figure reckoned "at"', () => {
  it('"a population of 25,418,960" and "the population has risen to 25.4 million" count the population, no people something happened to', () => {
    assert.equal(quantities('Zambia has a population of 25,418,960, the agency said.')[0]?.counted, 'population');
    assert.equal(quantities("Zambia's population has risen to 25.4 million, the agency said.")[0]?.counted, 'population');
  });
  it('"put the population at 25.4 million", "put the death toll at 64": the noun before "at" is what is reckoned', () => {
    assert.equal(quantities('The preliminary count put the population at 25.4 million.')[0]?.counted, 'population');
    const [q] = quantities('Officials put the death toll at 64 on Friday.');
    assert.deepEqual([q?.counted, q?.event], ['people', 'death']);
  });
});
