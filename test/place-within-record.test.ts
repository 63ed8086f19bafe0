// Where a record places what the draft tells, on real sentences of the story libraries (a finding
// and a no-finding case each): a record naming a town and its country ("a supplier based in Ostrava,
// Czech Republic") places it in the town, so another town of that country ("based in Brno") is
// another place, not one the country backs; and where a record says something was said ("said Dr.
// Pramod Lal, chief medical officer (CMO) of Banda district"), a draft's place for it that lies
// apart ("chief medical officer of Prayagraj district") is another place.
import assert from 'node:assert/strict';
import { loadLibrary } from '../server/src/engine/library';
import { judgeIn, storyLibrary, using, writtenStory } from './story-library';

const bundled = loadLibrary({ folders: [], bundled: true, aliasFiles: [] });

const recall = storyLibrary('recall');
const heatwave = storyLibrary('heatwave');
const cyclone = storyLibrary('cyclone');
const closure = storyLibrary('closure');
const cyberattack = storyLibrary('cyberattack');

describe('a record naming a town and its country', () => {
  it('places it in the town: another town of the country is another place', () => {
    const f = judgeIn(recall, 'Moravia Brake Systems, a supplier based in Brno, makes the control units.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f?.message ?? '', /another place/);
  });
  it('backs the town it names', () => {
    assert.equal(judgeIn(recall, 'Moravia Brake Systems, a supplier based in Ostrava, makes the control units.')?.verdict, 'supported');
  });
});

describe("a record's place for where something was said", () => {
  const said = (district: string) =>
    `Dr. Pramod Lal, chief medical officer of ${district} district, said most patients were outdoor labourers and elderly people living alone.`;
  it('contradicts a place apart from it', () => {
    assert.equal(judgeIn(heatwave, said('Prayagraj'))?.verdict, 'conflicting');
  });
  it('backs its own place', () => {
    assert.equal(judgeIn(heatwave, said('Banda'))?.verdict, 'supported');
  });
});

describe('a record naming a country and a province the sources taught', () => {
  // ("... over the Mozambique Channel that could bring heavy rain to Inhambane province": the
  // country contains the province, so the province is where the record places it.)
  const warned = (province: string) =>
    `INAM warned that a low-pressure area over the Mozambique Channel could bring heavy rain to ${province} province from Thursday.`;
  it('places it in the province: another province is another place', () => {
    assert.equal(judgeIn(cyclone, warned('Zambezia'))?.verdict, 'conflicting');
  });
  it('backs the province it names', () => {
    assert.equal(judgeIn(cyclone, warned('Inhambane'))?.verdict, 'supported');
  });
});

describe('a place named as the first word of a thing there', () => {
  // ("Shares in MDS fell 6.4% on the Prague Stock Exchange": the figure is of Prague.)
  const shares = (n: string) => `Shares in MDS dropped ${n} in Prague on the day the closure was announced.`;
  it('places the figure: another figure there is a conflict', () => {
    assert.equal(judgeIn(closure, shares('4.6%'))?.verdict, 'conflicting');
  });
  it('backs the same figure', () => {
    assert.equal(judgeIn(closure, shares('6.4%'))?.verdict, 'supported');
  });
});

describe('a claim naming more places than the record', () => {
  // ("had trained in Russia's far east and been seen in the Kursk region": the record names the
  // Kursk region; the far east is added, not another place for it.)
  it('adds places without contradicting the one the record names', () => {
    const f = judgeIn(
      bundled,
      "Kyiv's military intelligence said on Thursday that a group of North Korean soldiers who had trained in Russia's far east had been seen in the Kursk region on Wednesday.",
      '2024-10-24',
    );
    assert.notEqual(f?.verdict, 'conflicting');
  });
  it("still contradicts a list that replaces one of the record's places", () => {
    assert.equal(
      judgeIn(cyberattack, 'Europol said the suspects were picked up in raids in Ukraine, Poland and Romania.')?.verdict,
      'conflicting',
    );
  });
});

describe('a place set beside "capital" ("the provincial capital, Palu")', () => {
  const prison = storyLibrary('prison-escape');
  it('is where the record places it: the distance from it is backed', () => {
    assert.equal(
      judgeIn(prison, 'Lembasada, the main town of Tanjung Bulu regency, lies roughly 87 miles south of Palu.', '2025-10-14')?.verdict,
      'supported',
    );
  });
  it('another distance from it is not backed', () => {
    assert.notEqual(
      judgeIn(prison, 'Lembasada, the main town of Tanjung Bulu regency, lies roughly 200 miles south of Palu.', '2025-10-14')?.verdict,
      'supported',
    );
  });
});

describe('a record naming no place, after a sentence of its paragraph that names one', () => {
  const story = () =>
    writtenStory([
      {
        id: 'twister-2',
        date: '2025-05-16',
        body: 'OKLAHOMA CITY, May 16 (HPA) - The weather service upgraded the tornado to an EF4.\n\nRescuers recovered four bodies from the debris in Blackwell on Thursday, the sheriff said. Five people were still listed as missing on Friday morning.\n\nThe governor toured Tulsa. Crews restored power to 900 homes.',
      },
    ]);
  it('is set where that sentence is, not in the dateline city', () => {
    using(story(), (library) =>
      assert.equal(judgeIn(library, 'Five people were still missing in Blackwell on Friday morning.', '2025-05-16')?.verdict, 'supported'),
    );
  });
  it('another paragraph\'s place is not its place: "900 homes in Blackwell" is not backed by a paragraph on Tulsa', () => {
    using(story(), (library) =>
      assert.notEqual(judgeIn(library, 'Crews restored power to 900 homes in Blackwell.', '2025-05-16')?.verdict, 'supported'),
    );
  });
});
