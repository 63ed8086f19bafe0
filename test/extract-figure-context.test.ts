// What a figure's context says of it (found on the evening session's sets of 2026-12-06): the event
// that is its own (not one past another figure, nor an adjective of another group), the total a
// bare number closes across a list of places, the figure a change started from, and a level verb
// with nothing before it. Each with a case where the rule must not fire.
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import type { Quantity } from '../server/src/engine/types';

const lex = loadLexicon();

function quantities(s: string): Quantity[] {
  const cs = extractClaims(s, lex);
  assert.equal(cs.length, 1, `expected one claim in ${JSON.stringify(s)}`);
  return cs[0].quantities;
}
function only(s: string): Quantity {
  const qs = quantities(s);
  assert.equal(qs.length, 1, `expected one figure in ${JSON.stringify(s)}, got ${JSON.stringify(qs.map((q) => q.text))}`);
  return qs[0];
}

describe("extract quantities: what happened to the figure's own group", () => {
  it('an event word past another figure is that figure\'s ("1,200 soldiers ... sent ..., two helicopters had flown 23 of the injured")', () => {
    const qs = quantities(
      'Durga Prasad Bhandari said about 1,200 soldiers and police had been sent to the area and that two army helicopters had flown 23 of the most seriously injured to hospitals.',
    );
    assert.equal(qs.find((q) => q.value === 1200)?.event, 'presence');
  });
  it('"attended a service for the dead miners": the dead are another group than the 5,000', () => {
    assert.equal(only('About 5,000 people attended a memorial service for the dead miners on Saturday.').event, 'presence');
  });
  it('the event right by the figure still counts ("killing 40 and wounding at least 300")', () => {
    const qs = quantities('The floods swept through the valley, killing 40 people and wounding at least 300.');
    assert.deepEqual(
      qs.map((q) => q.event),
      ['death', 'injury'],
    );
  });
});

describe('extract quantities: a total named before a list of places', () => {
  it('"The number of ships waiting off Sydney, Melbourne, Brisbane and Fremantle has risen to 31": 31 ships', () => {
    assert.equal(
      only('The number of ships waiting at anchor off Sydney, Melbourne, Brisbane and Fremantle has risen to 31, Tasman said.').counted,
      'other:ship',
    );
  });
  it('a comma that ends a clause still ends the reach ("The number of ships fell, and 31 workers left")', () => {
    assert.notEqual(quantities('The number of ships fell sharply, and 31 workers left the port.')[0]?.counted, 'other:ship');
  });
});

describe('extract quantities: the figure a change started from', () => {
  it('"to 200,000 pesos, from the 100,000 pesos it offered": the second is the former figure', () => {
    const qs = quantities(
      'She said the company would raise its payment to each family to 200,000 pesos, from the 100,000 pesos it offered on Wednesday.',
    );
    assert.deepEqual(
      qs.map((q) => !!q.former),
      [false, true],
    );
  });
  it('"from the 300 people rescued" with no figure it changed to: no former figure', () => {
    assert.equal(
      quantities('Doctors took blood samples from the 300 people rescued on Monday.').some((q) => q.former),
      false,
    );
  });
});

describe('extract quantities: a level verb with nothing before it', () => {
  it('"had reached 3,000 ..." opening a text (found by the fuzz test): read without failing', () => {
    const lexicon = loadLexicon();
    assert.doesNotThrow(() => extractClaims('had reached 3,000 after a second group of 1,500 arrived.', lexicon));
    assert.equal(extractClaims('had reached 3,000 after a second group of 1,500 arrived.', lexicon).length, 1);
  });
});
