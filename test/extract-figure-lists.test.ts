// Figures in lists and revisions as wire copy writes them (real sentences of the test stories):
// "14 killed and 86 injured", "revised up to 112 from 86", "Seventeen of them remained in a
// critical condition", "of the network's servers", "Of the 143 dead, 97 were in Khyber
// Pakhtunkhwa, 31 in Punjab", and a place name WordNet knows only as a name ("in Punjab").
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { properOnly } from '../server/src/engine/data/wordnet';

const lex = loadLexicon();
const figures = (text: string) => extractClaims(text, lex).flatMap((c) => c.quantities);
const story = (name: string) => loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', name, 'sources')], bundled: false });
const verdict = (lib: ReturnType<typeof story>, text: string, date?: string) =>
  checkText(date ? `---\ndate: ${date}\n---\n\n${text}\n` : `${text}\n`, lib).findings[0]?.verdict ?? 'none';

describe('figures: what happened, right after the number', () => {
  it('"At least 14 people were killed and 86 injured": 86 injured', () => {
    const q = figures('At least 14 people were killed and 86 injured when a passenger train derailed.');
    assert.deepEqual(
      q.map((x) => [x.value, x.counted, x.event]),
      [
        [14, 'people', 'death'],
        [86, 'people', 'injury'],
      ],
    );
  });
  it('"The quake left 14 dead and 37 missing": the dead and the missing', () => {
    assert.deepEqual(
      figures('The quake left 14 dead and 37 missing.').map((x) => x.event),
      ['death', 'missing'],
    );
  });
  it('no finding: "86 injured passengers" counts passengers, and "86 voted" names no event', () => {
    assert.deepEqual(
      figures('Rescuers reached 86 injured passengers.').map((x) => x.countedText),
      ['injured passengers'],
    );
    assert.deepEqual(figures('In the end 86 voted against the bill.'), []);
  });
});

describe('figures: a revision "up to 112 from 86"', () => {
  it('112 is the figure reached and 86 the earlier one, both of the injured', () => {
    const q = figures('The number of injured was revised up to 112 from 86 after hospitals added passengers.');
    assert.deepEqual(
      q.map((x) => [x.value, x.qualifier, x.former ?? false, x.event]),
      [
        [112, undefined, false, 'injury'],
        [86, undefined, true, 'injury'],
      ],
    );
  });
  it('no finding: "up to 112" with no verb of change before it is still a ceiling', () => {
    assert.equal(figures('The hall holds up to 112 people.')[0].qualifier, 'up to');
  });
  it('a draft giving the earlier figure is outdated, not conflicting (derail story)', () => {
    assert.equal(verdict(story('derail'), 'The number of injured stands at 86.', '2025-10-09'), 'outdated');
  });
});

describe('figures: a part and what is said of it', () => {
  it('"Seventeen of them remained in a critical condition": a part in a critical condition', () => {
    const [q] = figures('Seventeen of them remained in a critical condition, he said.');
    assert.deepEqual([q.value, q.kind, q.event], [17, 'part', 'part:critical']);
  });
  it('"41 people remained in hospital, 11 of them in a critical condition": the 11 are critical', () => {
    const q = figures('The department said 41 people remained in hospital, 11 of them in a critical condition.');
    assert.deepEqual(q[1].event, 'part:critical');
  });
  it('no finding: "3,000 of them are in Kursk" stays the force\'s part (a name is no state)', () => {
    const q = figures('About 12,000 soldiers were sent, and 3,000 of them are in Kursk.');
    assert.deepEqual([q[1].counted, q[1].event], ['soldiers', 'presence']);
  });
  it('a superseded critical count is outdated (derail story)', () => {
    assert.equal(verdict(story('derail'), 'Seventeen of the injured are in a critical condition.', '2025-10-12'), 'outdated');
  });
});

describe("figures: a share of a possessor's things", () => {
  it('"45 percent of the network\'s servers" is a share of servers', () => {
    assert.equal(figures("About 45 percent of the network's servers had been restored, she added.")[0].of, 'server');
  });
  it('no finding: "45 percent of the network" is a share of the network', () => {
    assert.equal(figures('About 45 percent of the network had been restored.')[0].of, 'network');
  });
});

describe('figures given for places of their own', () => {
  it('"Of the 143 dead, 97 were in Khyber Pakhtunkhwa, 31 in Punjab": the total is for neither', () => {
    const lib = story('flood');
    const q = extractClaims('Of the 143 dead, 97 were in Khyber Pakhtunkhwa, 31 in Punjab and 15 in Gilgit-Baltistan.', lib.lexicon)[0]
      .quantities;
    assert.equal(q[0].value, 143);
    assert.ok((q[0].notAt?.length ?? 0) >= 2);
    assert.equal(verdict(lib, '143 people have been killed in Khyber Pakhtunkhwa, officials said.'), 'unsupported');
  });
  it('no finding: one figure with its place is left as it is; the total still backs the national toll', () => {
    assert.equal(figures('Floods killed 40 people in Swat.')[0].notAt, undefined);
    assert.equal(
      verdict(story('flood'), "By Tuesday the NDMA's count of the dead had reached 143, with 97 of them in Khyber Pakhtunkhwa."),
      'supported',
    );
  });
  it("a toll for a province is another measure than the nation's, not a contradiction of it", () => {
    assert.notEqual(
      verdict(story('flood'), 'More than 300 people have been killed across Khyber Pakhtunkhwa, officials said.'),
      'conflicting',
    );
  });
});

describe('figures: parts of a total placed nowhere in particular', () => {
  it('"12 people had died in the outbreak, 11 in Zamboanga del Norte": the 11 are dead, a part', () => {
    const [total, part] = figures(
      'The DOH said 12 people had died in the outbreak, 11 in Zamboanga del Norte and one in Zamboanga Sibugay.\n',
    );
    assert.equal(total.event, 'death');
    assert.equal(part?.value, 11);
    assert.equal(part?.event, 'death');
    assert.equal(part?.kind, 'part');
  });
  it('no finding: "arrived on Monday, 11 in trucks" names no place, and stays unread', () => {
    const qs = figures('Some 40 people were evacuated on Monday, and 11 in small boats.\n');
    assert.notEqual(qs[1]?.kind, 'part');
  });
});

describe('places: names WordNet writes only with a capital', () => {
  it('"in Punjab" is a place; WordNet knows punjab only as a name', () => {
    assert.equal(properOnly('punjab'), true);
    const c = extractClaims('Floods killed 31 people in Punjab.', lex)[0];
    assert.ok(c.places.some((p) => p.text === 'Punjab'));
  });
  it('no finding: "in Reading" stays a large town\'s rule, and "china" is an English word', () => {
    assert.equal(properOnly('china'), false);
    assert.equal(properOnly('reading'), false);
  });
});

describe('nationality: a demonym is written with a capital', () => {
  it('"the western edge of Wauchope ... 5,100 people" gives the people no nationality', () => {
    const q = figures('Orders for the western edge of Wauchope were lifted, and about 5,100 people remained under orders on Friday.');
    assert.equal(q[0].nationality, undefined);
  });
  it('no finding: "Western officials said 5,000 soldiers" still reads the capitalised word', () => {
    const c = extractClaims('Western officials said 5,000 North Korean soldiers were in Kursk.', lex)[0];
    assert.ok(c.entities.includes('west') || c.entities.includes('western-officials'));
  });
});

describe('figures: parts listed after "including" and after a comma', () => {
  it('"96 deaths ..., including 27 in Banda district and 21 in Prayagraj district": both parts', () => {
    const q = figures(
      'Varshney said 96 deaths had been confirmed since June 5, including 27 in Banda district and 21 in Prayagraj district.',
    );
    assert.deepEqual(
      q.map((x) => [x.value, x.kind ?? '', x.event]),
      [
        [96, '', 'death'],
        [27, 'part', 'death'],
        [21, 'part', 'death'],
      ],
    );
  });
  it('no finding: "including 27 of its members" is no part placed anywhere', () => {
    const q = figures('The union said 300 workers walked out, including 27 engineers.');
    assert.equal(q[1].countedText, 'engineers');
  });
});

describe('times: a number after a date and a comma', () => {
  it('"since June 5, 19 of them in Banda district": 19 is a figure, not the year', () => {
    const c = extractClaims('Varshney said on Tuesday that 68 people had died since June 5, 19 of them in Banda district.', lex, {
      refDate: '2025-06-17',
    })[0];
    assert.ok(c.quantities.some((x) => x.value === 19));
    assert.ok(c.times.some((t) => t.text === 'June 5' && t.role === 'event'));
  });
  it('no finding: "June 5, 2025" keeps its year', () => {
    const c = extractClaims('The fund was set up on June 5, 2025, officials said.', lex)[0];
    assert.equal(c.times[0].start, '2025-06-05');
  });
});

describe('figures of another time frame', () => {
  it('"In September, 1,300 square kilometres were still under Ukrainian control": no conflict with November\'s 800', () => {
    const lib = loadLibrary({ folders: [], bundled: true });
    assert.notEqual(verdict(lib, 'In September, 1,300 square kilometres were still under Ukrainian control.'), 'conflicting');
    assert.equal(verdict(lib, 'Ukraine now controls about 1,300 square kilometres of the Kursk region.', '2024-11-25'), 'conflicting');
  });
});

describe('measures: temperatures and power', () => {
  it('"48.2 degrees Celsius" and "46°C" are temperatures; "30.6 gigawatts" is power', () => {
    assert.deepEqual(
      figures('Prayagraj reached 48.2 degrees Celsius on Wednesday, and Banda 46°C.').map((x) => x.counted),
      ['temperature', 'temperature'],
    );
    assert.equal(figures('Demand hit a record 30.6 gigawatts on Tuesday night.')[0].counted, 'power');
  });
  it('no finding: Fahrenheit is never compared with Celsius', () => {
    assert.equal(figures('It was 104 degrees Fahrenheit in Phoenix.')[0].counted, 'temperature-f');
  });
  it('a temperature the source gives is backed; another one for the same city and day contradicts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temps-'));
    fs.writeFileSync(
      path.join(dir, 'heat.md'),
      '---\nid: heat-2025-06-12\ntitle: Heat grips the plains\noutlet: Test Wire\npublished: 2025-06-12\n---\nPrayagraj reached 48.2 degrees Celsius on Wednesday, the weather office said.\n',
    );
    const lib = loadLibrary({ folders: [dir], bundled: false });
    assert.equal(verdict(lib, 'Prayagraj sweltered at 48.2 degrees Celsius on Wednesday.'), 'supported');
    assert.equal(verdict(lib, 'Prayagraj sweltered at 46.1 degrees Celsius on Wednesday.'), 'conflicting');
    fs.rmSync(dir, { recursive: true });
  });
});

describe('places: a name set beside a place noun, and "are from"', () => {
  it('"in India\'s most populous state, Uttar Pradesh,": Uttar Pradesh is where', () => {
    const c = extractClaims("The toll from a heatwave in India's most populous state, Uttar Pradesh, rose to 41 on Thursday.", lex)[0];
    assert.ok(c.places.some((p) => p.text === 'Uttar Pradesh'));
    assert.deepEqual([c.quantities[0].value, c.quantities[0].event], [41, 'death']);
  });
  it('no finding: "the company, Uttar Holdings," names no place', () => {
    const c = extractClaims('The company, Uttar Holdings, said sales rose.', lex)[0];
    assert.equal(c.places.length, 0);
  });
  it('"Nineteen of the dead are from Banda district": the dead are in Banda (from after a copula)', () => {
    const c = extractClaims('Nineteen of the dead are from Banda district.', lex)[0];
    assert.ok(c.places.every((p) => p.role === 'at'));
    const d = extractClaims('Troops from Banda district arrived.', lex)[0];
    assert.ok(d.places.every((p) => p.role === 'from'));
  });
});

describe('places: a region named before the noun it qualifies', () => {
  it('"Uttar Pradesh heatwave toll rises to 41": Uttar Pradesh is where', () => {
    const c = extractClaims('The Uttar Pradesh heatwave toll rose to 41 on Thursday.', lex)[0];
    assert.ok(c.places.some((p) => p.text === 'Uttar Pradesh'));
  });
  it('no finding: a town\'s name before a noun ("the Reading festival") stays no place', () => {
    const c = extractClaims('Crowds came to the Reading festival on Friday.', lex)[0];
    assert.equal(c.places.length, 0);
  });
});

describe("hedges: a named speaker's expectation is a report of what they said", () => {
  it('"The monsoon is expected to reach Lucknow around June 26, said Sushma Bhatnagar" is her forecast, a claim', () => {
    const c = extractClaims(
      'The monsoon is expected to reach Lucknow around June 26, said Sushma Bhatnagar, director of the regional centre.',
      lex,
    )[0];
    assert.equal(c.hedged, undefined);
  });
  it('no finding: with no one named, "is expected to" still hedges', () => {
    assert.equal(extractClaims('The monsoon is expected to reach Lucknow around June 26.', lex)[0].hedged, 'speculation');
  });
});

describe('figures: people in a state', () => {
  it('"Eleven people are still in a critical condition" counts those in that state, as "11 of them in a critical condition" does', () => {
    const [q] = figures('Eleven people are still in a critical condition.');
    assert.deepEqual([q.kind, q.event], ['part', 'part:critical']);
    assert.equal(verdict(story('derail'), 'Eleven people are still in a critical condition.', '2025-10-17'), 'outdated');
  });
  it('no finding: "Eleven people were injured" stays the injured', () => {
    assert.equal(figures('Eleven people were injured.')[0].event, 'injury');
  });
});

describe('places: "in the state" is the state the article named last', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'state-'));
  fs.writeFileSync(
    path.join(dir, 'a.md'),
    "---\nid: heat-a-2025-06-12\ntitle: Heat\noutlet: Test Wire\npublished: 2025-06-12\n---\nPRAYAGRAJ, India, June 12 (Test Wire) - The toll from a heatwave in India's most populous state, Uttar Pradesh, rose to 41 on Thursday.\n\nElectricity demand in the state hit a record 30.6 gigawatts on Tuesday night, the utility said.\n\nSchools in the state of Bihar stayed open on Friday. The state government met on Friday.\n",
  );
  const lib = loadLibrary({ folders: [dir], bundled: false });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  it('a record "in the state" is placed in Uttar Pradesh; a draft naming Uttar Pradesh is backed', () => {
    const r = lib.index.records.find((x) => /in the state hit/.test(x.text))!;
    assert.ok(r.places.some((p) => p.text === 'Uttar Pradesh'));
    assert.equal(
      verdict(lib, 'Electricity demand in Uttar Pradesh hit a record 30.6 gigawatts on Tuesday night.', '2025-06-12'),
      'supported',
    );
  });
  it('no finding: "in the state of Bihar" names its own state, and "the state government" no place', () => {
    const bihar = lib.index.records.find((x) => /state of Bihar/.test(x.text))!;
    assert.ok(!bihar.places.some((p) => p.text === 'Uttar Pradesh'));
    const government = lib.index.records.find((x) => /state government met/.test(x.text))!;
    assert.ok(!government.places.some((p) => p.text === 'Uttar Pradesh'));
  });
});
