// A name no source gives, standing where the record that backs the rest has another name: "a flight
// to Baku" for the record's "a flight to Tbilisi" (after the same words, back to a common word),
// "Tigania West" for its "Tigania East" (another point of the compass). The draft contradicts the
// record (conflicting, the record's name in the message); a name the record has no other name for
// is only unbacked. Found on the blind stories of sessions 20 and 21 (their articles, our own
// words in drafts).
import assert from 'node:assert/strict';
import { judgeIn, storyLibrary } from './story-library';

const collapse = storyLibrary('building-collapse');
const locusts = storyLibrary('locust-swarm');

describe('a name where the record has another', () => {
  it('"a flight to Baku" for the record\'s "a flight to Tbilisi" conflicts, naming Tbilisi', () => {
    const f = judgeIn(collapse, 'Nurettin Erdem was detained at Istanbul Airport as he tried to board a flight to Baku.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /gives “Tbilisi” where the draft has “Baku”/);
  });
  it('"Tigania West" for the record\'s "Tigania East" conflicts', () => {
    const f = judgeIn(
      locusts,
      'In Tigania West sub-county, Meru officials estimate that about 30 percent of the green gram and sorghum crop has been destroyed.',
      '2026-01-24',
    );
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /Tigania East/);
  });
  it('a name the record has no other name for is only unbacked', () => {
    const f = judgeIn(
      collapse,
      'Nurettin Erdem was detained at Istanbul Airport with his lawyer Ahmet Kaya as he tried to board a flight to Tbilisi.',
    );
    assert.equal(f?.verdict, 'unsupported');
    assert.match(f.message, /No source record names “Ahmet Kaya”/);
  });
});
