// Session 11's rules, each on sentences of the story libraries (a finding and a no-finding case):
// - a number in words before a noun of time ("six minutes after take-off") must be in the record
//   that backs the event, and another number of the same noun there is a changed figure
//   (match/unstated.ts numberOtherwise);
// - where a journey starts or ends is a place ("when it left Lima": extract/claim-places.ts);
// - the next country of a list of places is a place too ("in Ukraine, Poland and Romania"), but a
//   country closing a list after a comma is where the place before it lies ("in Kazan, Russia");
// - a day a text with no year gives ("by April 9") must be one a report of the event states, and a
//   month's name left unread is no word of what happened (extract/keywords.ts);
// - a figure a record gives for a list of places is a whole of which the draft's figure for one of
//   them may be a part (match/figure-scope.ts spansMorePlaces).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

const story = (name: string) =>
  loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', name, 'sources')], bundled: false, aliasFiles: [] });
const airliner = story('airliner');
const cyber = story('cyberattack');
const cyclone = story('cyclone');
const judge = (lib: ReturnType<typeof story>, text: string) => checkText(`${text}\n`, lib).findings[0];

describe('a number in words the backing record gives otherwise', () => {
  it('"six minutes after take-off" for the source\'s "four minutes" conflicts, naming the source\'s words', () => {
    const f = judge(
      airliner,
      "The airline's chief executive, Gonzalo Arbulú Tessa, said the crew lost contact with the tower six minutes after take-off.",
    );
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /four minutes/);
  });
  it('the source\'s own "four minutes" is supported', () => {
    const f = judge(
      airliner,
      "The airline's chief executive, Gonzalo Arbulú Tessa, said the crew lost contact with the tower four minutes after take-off.",
    );
    assert.equal(f?.verdict, 'supported');
  });
});

describe('where a journey starts', () => {
  it('"when it left Lima" for the source\'s "when it left Cusco" conflicts on the place', () => {
    const f = judge(airliner, 'Airline spokeswoman Milagros Cárdenas said the aircraft had no outstanding defects when it left Lima.');
    assert.equal(f?.verdict, 'conflicting');
    assert.ok(f?.aspects.includes('place'));
  });
  it('"when it left Cusco" is supported', () => {
    assert.equal(
      judge(airliner, 'Airline spokeswoman Milagros Cárdenas said the aircraft had no outstanding defects when it left Cusco.')?.verdict,
      'supported',
    );
  });
});

describe('countries in a list of places', () => {
  it('a country changed in the list conflicts', () => {
    assert.equal(judge(cyber, 'Europol said the suspects were picked up in raids in Ukraine, Poland and Romania.')?.verdict, 'conflicting');
  });
  it('the list as the source gives it is supported', () => {
    assert.equal(judge(cyber, 'Europol said the suspects were detained in raids in Ukraine, Poland and Spain.')?.verdict, 'supported');
  });
});

describe('a figure for a list of places', () => {
  it('a figure for one of the places is no contradiction of the whole', () => {
    assert.notEqual(
      judge(cyclone, 'OCHA estimated that 200,000 people had been affected in Manica province alone.')?.verdict,
      'conflicting',
    );
  });
  it('another figure for the same list conflicts', () => {
    assert.equal(
      judge(cyclone, 'OCHA estimated that 500,000 people had been affected in Sofala, Manica, Zambezia and Inhambane.')?.verdict,
      'conflicting',
    );
  });
  it('the figure for the same list is supported', () => {
    assert.equal(
      judge(cyclone, 'OCHA estimated that 410,000 people had been affected in Sofala, Manica, Zambezia and Inhambane.')?.verdict,
      'supported',
    );
  });
});

describe('a day in a text with no year', () => {
  it('"by April 9", as a report of the event gives it, is supported', () => {
    assert.equal(judge(airliner, 'The commission has said its preliminary report will be published by April 9.')?.verdict, 'supported');
  });
  it('"by April 19", which no report gives, is not backed', () => {
    const f = judge(airliner, 'The commission has said its preliminary report will be published by April 19.');
    assert.equal(f?.verdict, 'unsupported');
    assert.match(f?.message ?? '', /April 19/);
  });
});
