// Session 11's rules on places and speakers, each on sentences of the story libraries (a finding
// and a no-finding case): where a journey starts or ends, the next country of a list, another place
// for the same event, a figure given for a list of places or set elsewhere on the draft's day, a
// capital standing for its government, a distance's direction from a landmark, an apposition
// closing the sentence after the speaker, an honorific after the verb of saying.
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { judgeIn, storyLibrary, writtenStory, type StoryLibrary } from './story-library';

const story = storyLibrary;
const airliner = story('airliner');
const cyber = story('cyberattack');
const cyclone = story('cyclone');
const quake = story('quake');
const judge = (lib: StoryLibrary, text: string) => judgeIn(lib, text);

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

describe('a direction from a landmark', () => {
  // A story of its own, written here: a tanker aground off a cape no gazetteer names.
  const { library: cape, remove } = writtenStory([
    {
      id: 'tanker-aground-2026-05-04',
      date: '2026-05-04',
      title: 'Tanker runs aground off Cape Three Points',
      body: 'A tanker ran aground on Saturday roughly 6 nautical miles southwest of Cape Three Points, the maritime authority said.',
    },
  ]);
  after(remove);
  it('"southeast of Cape Three Points" for the source\'s "southwest" conflicts ("Three Points" counts nothing)', () => {
    const f = judge(cape, 'The tanker ran aground roughly 6 nautical miles southeast of Cape Three Points, the maritime authority said.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /southwest/);
  });
  it("the source's direction is supported", () => {
    assert.equal(
      judge(cape, 'The tanker ran aground roughly 6 nautical miles southwest of Cape Three Points, the maritime authority said.')?.verdict,
      'supported',
    );
  });
  it('a landmark told in other words ("the district headquarters at Tharpu Bazaar") is no other place', () => {
    assert.equal(
      judge(quake, 'Its epicentre lay near Lamagaun, roughly 14 km northeast of the district headquarters at Tharpu Bazaar.')?.verdict,
      'supported',
    );
  });
});

describe('another place for the same event, unattributed', () => {
  const closure = story('closure');
  it('"talks in Prague" for the record\'s own "talks in Zlín" conflicts', () => {
    assert.equal(
      judge(closure, 'The deal was reached after three days of talks in Prague with mediator Hana Dvořáková.')?.verdict,
      'conflicting',
    );
  });
  it("the record's place is supported", () => {
    assert.equal(
      judge(closure, 'The deal was reached after three days of talks in Zlín with mediator Hana Dvořáková.')?.verdict,
      'supported',
    );
  });
  it('a place after a press conference is where it was said, not where the event reported was', () => {
    const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });
    assert.notEqual(
      judge(bundled, 'On October 24, Putin held a press conference in Kazan at the close of the BRICS summit.')?.verdict,
      'conflicting',
    );
  });
});

describe('an apposition closing the sentence after the speaker', () => {
  it('"said Grace Adeyemi, UNICEF\'s country director" for WFP\'s conflicts, naming both bodies', () => {
    const f = judge(
      cyclone,
      '"We have food in Beira, but we cannot get it to Búzi by road," said Grace Adeyemi, UNICEF\'s country director.',
    );
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /World Food Programme, not UNICEF/);
  });
  it('with her own body the quotation is supported', () => {
    assert.equal(
      judge(cyclone, '"We have food in Beira, but we cannot get it to Búzi by road," said Grace Adeyemi, WFP\'s country director.')
        ?.verdict,
      'supported',
    );
  });
});

describe('a capital standing for its government', () => {
  const lex = loadLexicon();
  const claim = (text: string) => extractClaims(text, lex)[0];
  it('"to help Moscow push back the offensive": Moscow is Russia, what happened', () => {
    const c = claim('North Korea sent thousands of soldiers to help Moscow push back the Ukrainian offensive.');
    assert.ok(c.keywords.includes('russia') && !c.keywords.includes('moscow-city'), c.keywords.join(' '));
  });
  it('"a press conference in Moscow": Moscow is the city, where', () => {
    const c = claim('Putin told a press conference in Moscow that the West was to blame.');
    assert.ok(c.places.some((p) => p.id === 'moscow-city'));
    assert.ok(!c.keywords.includes('russia'), c.keywords.join(' '));
  });
});

describe('an honorific after the verb of saying', () => {
  it('"said Dr. Ana Lucía Farfán": the speaker is Farfán, whose words these are', () => {
    assert.equal(
      judge(airliner, '"We have called in every surgeon we have," said Dr. Ana Lucía Farfán, director of the Hospital Regional del Cusco.')
        ?.verdict,
      'supported',
    );
  });
  it('the same words given to another named person conflict', () => {
    assert.equal(judge(airliner, '"We have called in every surgeon we have," said Dr. Óscar Valdivia Peña.')?.verdict, 'conflicting');
  });
});

describe('the same figure on the same day, set elsewhere', () => {
  const heatwave = story('heatwave');
  const dated = (text: string) => checkText(`---\ndate: 2025-06-09\n---\n\n${text}\n`, heatwave).findings[0]?.verdict;
  it('"Jhansi recorded 47.6 degrees Celsius on Sunday" for the record\'s Banda conflicts', () => {
    assert.equal(dated('Jhansi recorded 47.6 degrees Celsius on Sunday, the highest temperature in the country that day.'), 'conflicting');
  });
  it('Banda, as the record says, is supported', () => {
    assert.equal(dated('Banda recorded 47.6 degrees Celsius on Sunday, the highest temperature in the country that day.'), 'supported');
  });
});
