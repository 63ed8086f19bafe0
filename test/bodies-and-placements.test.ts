// Session 12's rules on speakers' bodies and offices, where places lie and what is named, each on
// sentences of the story libraries (a finding and a no-finding case): a body's name with a possessive
// inside it, a body the data does not know named after a speaker's office, offices of several words
// and their holders, a kind of body ("force"), a place put in another province than the sources put
// it or named as a word of something else, a name no source has, "ruled out" and "called off".
// (Figures and who gives them: test/figures-and-speakers.test.ts.)
import assert from 'node:assert/strict';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { placementsIn } from '../server/src/engine/match/placements';
import { judgeIn, storyLibrary, using, writtenStory } from './story-library';

const mine = storyLibrary('mine');
const cyber = storyLibrary('cyberattack');
const bridge = storyLibrary('bridge');
const heat = storyLibrary('heatwave');
const recall = storyLibrary('recall');
const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });

describe("a possessive inside a body's name", () => {
  it('"United Mineworkers\' Union" is learned whole, so its president named its general secretary conflicts', () => {
    const f = judgeIn(mine, "Joseph Tembo, general secretary of the United Mineworkers' Union, called the company's offer an insult.");
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /another office \(president\)/);
  });
  it("the union's president, as the sources name him, is supported", () => {
    assert.equal(
      judgeIn(mine, "Joseph Tembo, president of the United Mineworkers' Union, called the company's offer an insult.")?.verdict,
      'supported',
    );
  });
  it("a country's possessive starts no body's name (\"Nepal's National Seismological Centre\" is the centre)", () => {
    const lib = storyLibrary('quake');
    assert.ok(lib.lexicon.orgs.has('national-seismological-centre'));
    assert.ok(![...lib.lexicon.orgs.keys()].some((k) => k.startsWith('nepal-s-')));
  });
});

describe("a body the data does not know, after the speaker's office", () => {
  it('"a spokesman for the Federal Criminal Police Office" for the Hesse office\'s spokesman conflicts', () => {
    const f = judgeIn(cyber, 'Markus Feld, a spokesman for the Federal Criminal Police Office, said the demand was $18 million.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /Hesse State Criminal Police Office, not Federal Criminal Police Office/);
  });
  it('a shorter name of their own body ("Hesse Criminal Police Office") is theirs', () => {
    assert.equal(
      judgeIn(cyber, 'Markus Feld, a spokesman for the Hesse Criminal Police Office, said the demand was $18 million.')?.verdict,
      'supported',
    );
  });
});

describe("a speaker's office of several words", () => {
  it('"National Security Adviser John Kirby" for the NSC spokesman conflicts', () => {
    const f = judgeIn(
      bundled,
      'On Wednesday, U.S. National Security Adviser John Kirby told a White House briefing that at least 3,000 North Korean soldiers had been moved into eastern Russia between early and mid-October.',
      '2024-10-24',
    );
    assert.equal(f?.verdict, 'conflicting');
    assert.ok(f?.aspects.includes('actor'));
  });
  it('his own office in other words ("White House national security spokesman") is no conflict', () => {
    const f = judgeIn(
      bundled,
      'On Wednesday, White House national security spokesman John Kirby said at least 3,000 North Korean soldiers had been moved into eastern Russia between early and mid-October.',
      '2024-10-24',
    );
    assert.equal(f?.verdict, 'supported');
  });
});

describe('a place put in another province than the sources put it', () => {
  it('"Matahuasi, in Jauja province" for the source\'s "Matahuasi, in Concepción province" conflicts', () => {
    const f = judgeIn(bridge, 'The collapsed bridge stood near the town of Matahuasi, in Jauja province.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /puts Matahuasi in Concepción province, not in Jauja province/);
  });
  it('the province the sources give, or the region they put it in, is no conflict', () => {
    assert.equal(judgeIn(bridge, 'The collapsed bridge stood near the town of Matahuasi, in Concepción province.')?.verdict, 'supported');
    assert.notEqual(judgeIn(bridge, 'The collapsed bridge stood near the town of Matahuasi, in the Junín region.')?.verdict, 'conflicting');
  });
  it('a district the data does not know ("Orai, in Hamirpur district") is still another district', () => {
    assert.equal(judgeIn(heat, 'Orai, in Hamirpur district, reached 48 degrees Celsius on Sunday.')?.verdict, 'conflicting');
  });
  it('"in the eastern German state of Saxony-Anhalt" is read as the state, not as "German"', () => {
    const text = "The recall covers Vireo models built at Falkenrath's plant in Halle, in the eastern German state of Saxony-Anhalt.";
    const p = placementsIn(text, 0, []);
    assert.deepEqual(
      p.map((x) => [x.inner, x.outer, x.level]),
      [['halle', 'saxony-anhalt', 'state']],
    );
    assert.equal(
      judgeIn(recall, "The Vireo SUVs are built at Falkenrath's plant in Halle, in the state of Saxony.")?.verdict,
      'conflicting',
    );
  });
  it('a common noun before "in" places nothing ("Hospitals in Prayagraj district")', () => {
    assert.deepEqual(placementsIn('Hospitals in Prayagraj district said they were full.', 0, []), []);
  });
});

describe('a force is a body', () => {
  const { library, remove } = writtenStory([
    {
      id: 'slide-2025-07-09',
      date: '2025-07-09',
      body: 'MYAGDI, Nepal, July 9 (Test Wire) - Inspector Kamal Pun, who leads an Armed Police Force disaster response team at the site, said sniffer dogs were helping rescuers. "Every hour the mud gets harder. We are still searching," he said.',
    },
  ]);
  after(remove);
  it('"Armed Police Force" is learned as a body, not read as a person named Force', () => {
    assert.ok(library.lexicon.orgs.has('armed-police-force'));
  });
  it('a changed word in his quote, with his body named, conflicts', () => {
    const f = judgeIn(library, '"Every day the mud gets harder," said Inspector Kamal Pun of the Armed Police Force.');
    assert.equal(f?.verdict, 'conflicting');
  });
  it('his words as the source gives them are supported', () => {
    assert.equal(
      judgeIn(library, '"Every hour the mud gets harder," said Inspector Kamal Pun of the Armed Police Force.')?.verdict,
      'supported',
    );
  });
});

describe('a body named after a place, and a figure the draft gives as its', () => {
  const story = () =>
    writtenStory([
      {
        id: 'offer',
        date: '2025-10-22',
        body:
          'CONCEPCIÓN, Chile, Oct 22 (PCN) - Phenol from a resin plant has fouled the river in the Laja district, officials said.\n\n' +
          'Resinas del Laja said on Friday it would pay 150,000 pesos (about $160) to each household that had lost its water supply.\n\n' +
          'Laja Mayor Claudio Sepúlveda called the offer "an insult".\n',
      },
    ]);
  it('"Resinas del Laja said" is the body speaking (not the district), and "the company\'s offer of N" is its figure', () => {
    using(story(), (library) => {
      const rec = library.records.find((r) => r.text.startsWith('Resinas del Laja said'));
      assert.ok(
        rec?.actors.some((a) => a.text === 'Resinas del Laja'),
        JSON.stringify(rec?.actors),
      );
      const f = judgeIn(library, "Mayor Claudio Sepúlveda called the company's offer of 150,000 pesos per household “an insult”.");
      assert.equal(f?.verdict, 'supported', f?.message);
      // ... while the mayor giving the figure as his own is not backed.
      const g = judgeIn(library, 'Mayor Claudio Sepúlveda said the company would pay 150,000 pesos per household.');
      assert.notEqual(g?.verdict, 'supported', g?.message);
    });
  });
});

describe('a name no source has', () => {
  it('history a superlative is measured from ("the biggest conflict since the Second World War") is no element', () => {
    const f = judgeIn(
      bundled,
      "Some 11,000 North Korean soldiers now find themselves far from home at the centre of Europe's biggest conflict since the Second World War.",
      '2024-12-17',
    );
    assert.equal(f?.verdict, 'supported', f?.message);
    // ... but a name the claim states is one: the same name said otherwise.
    const g = judgeIn(bundled, 'Some 11,000 North Korean soldiers fought alongside veterans of the Second World War.', '2024-12-17');
    assert.equal(g?.verdict, 'unsupported', g?.message);
  });
  it('a general the library never names makes a backed figure only partly backed', () => {
    const f = judgeIn(
      bundled,
      "Ukraine's military intelligence said some 12,000 North Korean soldiers, led by Col. Gen. Kim Yong Bok, were in Russia.",
      '2024-10-25',
    );
    assert.equal(f?.verdict, 'unsupported');
    assert.match(f?.message ?? '', /No source record names “Kim Yong Bok”/);
  });
  it('a name with another point of the compass ("Tigania West" for the sources\' "Tigania East") is another place', () => {
    const story = writtenStory([
      {
        id: 'crops',
        date: '2026-01-23',
        body: 'In Tigania East sub-county of Meru, county agriculture officers estimated that about 30 percent of the sorghum crop had been destroyed.\n',
      },
    ]);
    using(story, (library) => {
      const said = (place: string) =>
        judgeIn(
          library,
          `In ${place} sub-county, officials estimate that about 30 percent of the sorghum crop has been destroyed.`,
          '2026-01-24',
        );
      // (Since session 21 a contradiction: the record that backs the rest has the other point.)
      assert.equal(said('Tigania West')?.verdict, 'conflicting');
      assert.match(said('Tigania West')?.message ?? '', /gives “Tigania East” where the draft has “Tigania West”/);
      assert.equal(said('Tigania East')?.verdict, 'supported');
    });
  });
  it('the same figure without the name is supported', () => {
    assert.equal(
      judgeIn(bundled, "Ukraine's military intelligence said some 12,000 North Korean soldiers were in Russia.", '2024-10-25')?.verdict,
      'supported',
    );
  });
  it('another spelling of a name, a compound of a demonym or an opening word is no unknown name', () => {
    const plant = storyLibrary('plantfire');
    assert.equal(
      judgeIn(
        plant,
        "Around 160 firefighters and 42 fire engines were sent to the plant, according to Brigadier Marek Sobczak, Pomerania's regional fire commander.",
      )?.verdict,
      'supported',
    );
    assert.equal(
      judgeIn(
        bundled,
        "Nearly 11,000 North Korean soldiers are training in eastern Russia, according to Ukraine's military intelligence.",
        '2024-11-13',
      )?.verdict,
      'supported',
    );
  });
});

describe('a verb of saying with its particle', () => {
  it('"called off the search" names no speaker', () => {
    const volcano = storyLibrary('volcano');
    const claims = checkText('Basarnas called off the search on Wednesday.\n', volcano).findings;
    assert.ok(!claims.some((f) => /no record of this actor/.test(f.message)));
  });
});

describe("a place named as a word of something else in the record's sentence", () => {
  const { library, remove } = writtenStory([
    {
      id: 'rain-2025-07-15',
      date: '2025-07-15',
      body: "BENI, Nepal, July 15 (Test Wire) - The Department of Hydrology and Meteorology said its Beni station recorded 634 mm of rain in the first 14 days of July, more than the station's average of 520 mm for the whole month.",
    },
  ]);
  after(remove);
  it('"Beni received 634 mm" is backed by "its Beni station recorded 634 mm"', () => {
    assert.equal(judgeIn(library, 'Beni received 634 mm of rain in the first two weeks of July.')?.verdict, 'supported');
  });
  it('another town is not named there', () => {
    assert.notEqual(judgeIn(library, 'Pokhara received 634 mm of rain in the first two weeks of July.')?.verdict, 'supported');
  });
});

describe('"ruled out" denies what follows it', () => {
  const strike = storyLibrary('strike');
  it('"has ruled out appealing" is the source\'s "would not appeal"', () => {
    assert.equal(
      judgeIn(strike, "Tasman has ruled out appealing against the Federal Court's Sept. 15 ruling.", '2025-09-24')?.verdict,
      'supported',
    );
  });
  it('"will appeal" against the source\'s "would not appeal" is the opposite', () => {
    assert.equal(
      judgeIn(strike, "Tasman said it will appeal against the Federal Court's Sept. 15 ruling.", '2025-09-24')?.verdict,
      'conflicting',
    );
  });
});

describe('an office of several words names its holder', () => {
  const { library, remove } = writtenStory([
    {
      id: 'slide-2025-07-07',
      date: '2025-07-07',
      body: 'MYAGDI, Nepal, July 7 (Test Wire) - The slide struck Sallidanda at about 3:30 a.m., when most residents were asleep, said Shanta Raj Adhikari, the chief district officer of Myagdi. At least 11 people were killed, he said.',
    },
  ]);
  after(remove);
  it('"the chief district officer said" is Adhikari speaking', () => {
    assert.equal(judgeIn(library, 'At least 11 people were killed, the chief district officer said.')?.verdict, 'supported');
    assert.equal(judgeIn(library, 'At least 15 people were killed, the chief district officer said.')?.verdict, 'conflicting');
  });
  it('an office no record gives anyone is no one the library knows', () => {
    assert.equal(judgeIn(library, 'At least 11 people were killed, the deputy prime minister said.')?.verdict, 'unsupported');
  });
});

describe("another person's office of several words ending in a generic word", () => {
  const slide = storyLibrary('landslide');
  it('"Binod Kharel, the chief district officer" for the police spokesman conflicts (the office is Adhikari\'s)', () => {
    assert.equal(
      judgeIn(slide, 'Binod Kharel, the chief district officer of Myagdi, said about 150 rescuers were taking part in the search.')
        ?.verdict,
      'conflicting',
    );
  });
  it('the office the sources give him is supported', () => {
    assert.equal(
      judgeIn(slide, 'Deputy Superintendent Binod Kharel said about 150 rescuers were taking part in the search.')?.verdict,
      'supported',
    );
  });
});
