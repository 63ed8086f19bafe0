// A currency's sign of letters before an amount ("Rp 5,830,720", "RM 1,500"), as the runtime writes
// it (Intl narrow symbols, data/currencies.ts), read as money in that currency; a sign several
// currencies share ("kr", "Rs") names none of them. Found on the blind minimum-wage story of session 22.
import assert from 'node:assert/strict';
import { findNumbers } from '../server/src/engine/extract/numbers';

const currency = (text: string) => findNumbers(text).map((n) => [n.text, n.currency]);

describe('signs of letters before an amount', () => {
  it('"Rp 5,830,720" is rupiah and "RM 1,500" ringgit', () => {
    assert.deepEqual(currency('The wage will rise to Rp 5,830,720 a month.'), [['Rp 5,830,720', 'idr']]);
    assert.deepEqual(currency('Workers earn RM 1,500 a month.'), [['RM 1,500', 'myr']]);
  });
  it('a shared sign, or the letters inside a word, name no currency', () => {
    assert.deepEqual(currency('Tickets cost kr 200.'), [['200', undefined]]);
    assert.deepEqual(currency('The Rpx 200 model sold well.'), [['200', undefined]]);
  });
});
