// Units and counts a story brings (found on the blind stories of session 21): cubic feet and lei
// as data, pounds restating a weight, a plural noun past the capitalised word that qualifies it, a
// number word that is no noun counted, one person something happened to.
import assert from 'node:assert/strict';
import { quantities, only } from './quantity-helpers';

describe('extract quantities: units and counts of new stories', () => {
  it('"13.6 tonnes, roughly 30,000 pounds": pounds restating a weight weigh; "13.6 tonnes and 2 million pounds" stays sterling', () => {
    const [, lb] = quantities('Officers counted packages weighing a combined 13.6 tonnes, roughly 30,000 pounds.');
    assert.deepEqual([lb.unit, lb.counted], ['lb', 'mass']);
    const [, gbp] = quantities('Officers seized 13.6 tonnes of cocaine and 2 million pounds in cash.');
    assert.equal(gbp.counted, 'money-gbp');
  });
  it('"410 million lei" is Romanian money (the plural Intl does not give), "50 lei" too', () => {
    assert.equal(only('The prefect put the damage at 410 million lei on Wednesday.').counted, 'money-ron');
    assert.notEqual(only('The prefect counted 410 houses on Wednesday.').counted, 'money-ron');
  });
  it('"arrested two Spanish dockworkers" counts dockworkers, past the capitalised word that qualifies them, as "two Spanish dockworkers" alone does', () => {
    const [q] = quantities('Police arrested two Spanish dockworkers, aged 44 and 38, at the port on Monday.');
    assert.deepEqual([q.value, q.counted], [2, 'other:dockworker']);
    // ... and "arrested two in Madrid" still counts those arrested.
    const [r] = quantities('Police arrested two in Madrid on Monday.');
    assert.deepEqual([r.counted, r.event], ['people', 'arrest']);
  });
  it('"25.4 million three weeks earlier": the number word after a figure is no noun it counts', () => {
    assert.ok(
      !quantities('The population rose to 25.7 million, up from 25.4 million three weeks earlier.').some((q) => /weeks/.test(q.text)),
    );
    assert.equal(quantities('Police seized two trucks.')[0].counted, 'other:truck');
  });
  it('"One inmate was shot dead": one person something happened to is a count of it; "One official said" counts nothing', () => {
    const [one] = quantities('One inmate was shot dead by a guard as the prisoners rushed the gate.');
    assert.deepEqual([one.value, one.counted, one.event], [1, 'people', 'death']);
    assert.deepEqual(quantities('One official said the talks had failed.'), []);
  });
  it('"2.6 million cubic feet" is a volume, in its own unit', () => {
    assert.deepEqual(
      [
        only('The reservoir held about 2.6 million cubic feet of water.').unit,
        only('The reservoir held about 2.6 million cubic feet of water.').counted,
      ],
      ['ft3', 'volume'],
    );
  });
});
