// What a sentence's words and days are read as: rules found on the blind sets of 2026-12-06, each
// with a case where the rule must not fire.
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { findCues } from '../server/src/engine/extract/actors';
import { extractClaims } from '../server/src/engine/extract/claims';
import { tokenize } from '../server/src/engine/text/tokens';

const lex = loadLexicon();
const claim = (text: string, refDate?: string) => extractClaims(`${text}\n`, lex, { refDate })[0];

describe('extraction: hyphenated words and days counted back', () => {
  it('"a social-media post" says social and media, not a third word no record writes', () => {
    const words = claim('The agency said in a social-media post that 3,000 soldiers had arrived.').keywords;
    assert.ok(words.includes('social'));
    assert.ok(!words.includes('social-media'));
  });
  it('"a two-year guarantee" says guarantee: a number and a span joined by a hyphen are a duration, no word of what happened', () => {
    const words = claim('Van Dam said a two-year guarantee against layoffs fell short.').keywords;
    assert.ok(words.includes('guarantee'));
    assert.ok(!words.some((w) => /two|year/.test(w)), words.join(' '));
    // A compound of words is still read by its parts.
    assert.ok(claim('The two sides agreed a cease-fire on Monday, officials said.').keywords.includes('fire'));
  });
  it('a surname\'s particle stays with the name: "Economy Minister Lotte van Dam told"', () => {
    const [a] = claim('Economy Minister Lotte van Dam told parliament on Tuesday that the offer fell short.').actors;
    assert.equal(a.text, 'Minister Lotte van Dam');
    assert.ok(!claim('Economy Minister Lotte van Dam told parliament on Tuesday that the offer fell short.').keywords.includes('van'));
  });
  it('"air defence" and "air defense" are one word (British and American spellings folded)', () => {
    const uk = claim('Russia supplied North Korea with air defence missiles, Shin said.').keywords;
    const us = claim('Russia supplied North Korea with air defense missiles, Shin said.').keywords;
    assert.ok(uk.includes('defense') && us.includes('defense'), uk.join(' '));
    // Words with no other spelling are left alone.
    assert.ok(claim('Russia supplied North Korea with missiles, Shin said.').keywords.includes('missile'));
  });
  it('a word without a hyphen is kept whole', () => {
    assert.ok(claim('The agency said in a post that 3,000 soldiers had arrived.').keywords.includes('post'));
  });
  it('undated, "on Thursday ... the day before" is a Wednesday', () => {
    const times = claim('Ukrainian intelligence said on Thursday that North Korean soldiers had been seen in Kursk the day before.').times;
    const before = times.find((t) => t.text === 'the day before');
    assert.equal(before?.kind, 'weekday');
    assert.equal(before?.weekday, 3);
  });
  it('undated and with no weekday, "the day before" names no day', () => {
    const times = claim('Ukrainian intelligence said North Korean soldiers had been seen in Kursk the day before.').times;
    assert.equal(times.length, 0);
  });
  it('dated, "the day before" counts from the weekday the sentence names', () => {
    // Written on Saturday 26 October 2024: Thursday is the 24th, the day before it the 23rd.
    const times = claim(
      'Ukrainian intelligence said on Thursday that the soldiers had been seen in Kursk the day before.',
      '2024-10-26',
    ).times;
    assert.equal(times.find((t) => t.text === 'the day before')?.start, '2024-10-23');
  });

  it('"The United States said": "States" inside a name is no speaking verb', () => {
    const text = 'The United States said on Wednesday that it had seen evidence of 3,000 troops.';
    const cues = findCues(tokenize(text, 0, text.length), lex, () => false).map((c) => c.text);
    assert.deepEqual(cues, ['said']);
  });
  it('a speaking verb opening a sentence is one', () => {
    const text = 'Said Kirby: the troops are in Kursk.';
    assert.deepEqual(
      findCues(tokenize(text, 0, text.length), lex, () => false).map((c) => c.text),
      ['Said'],
    );
  });

  it('"about 1.5 square km" and "5,000 square metres" are areas, converted; "about 6 km" is a length', () => {
    const q = (text: string) => claim(text).quantities[0];
    assert.equal(q('The landslide covered about 1.5 square km of fields.').unit, 'km2');
    const m2 = q('The fire destroyed 5,000 square metres of forest.');
    assert.equal(m2.counted, 'area');
    assert.equal(m2.normalized, 0.005);
    assert.equal(q('The village lies about 6 km south of Lamagaun.').counted, 'length');
  });

  it('"adding two employees to the dock": a verb taking a figure is no attribution', () => {
    const cues = (text: string) => findCues(tokenize(text, 0, text.length), lex, () => false).map((c) => c.text);
    assert.deepEqual(cues('The court merged the cases on Thursday, adding two employees to the dock.'), []);
    assert.deepEqual(cues('The court merged the cases, adding that two employees would join the dock.'), ['adding']);
  });

  it('"held ground", "site engineer": no camp; a base is one', () => {
    assert.ok(!claim('Ukrainian troops have held ground in Kursk since August, officials said.').keywords.includes('camp'));
    assert.ok(!claim('The site engineer said 312 boreholes had been drilled.').keywords.includes('camp'));
    assert.ok(claim('The soldiers are training at bases in eastern Russia, Kirby said.').keywords.includes('camp'));
  });
});
