// Who speaks for whom, and where they spoke: rules found on the real-news sets (sentences from
// them, or the bundled sources' own wording), each with a case where the rule must not fire.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';

const library = loadLibrary({ folders: [], bundled: true });
const check = (text: string, date?: string) => checkText(`${date ? `---\ndate: ${date}\n---\n\n` : ''}${text}\n`, library).findings[0];
const verdict = (text: string, date?: string) => check(text, date)?.verdict ?? 'none';
const lex = loadLexicon();
const actors = (text: string) => extractClaims(`${text}\n`, lex)[0].actors.filter((a) => a.role === 'primary');

describe('verdicts: speakers and where they spoke', () => {
  describe('a speaker is in one place on a day', () => {
    it('"At the BRICS summit in Kazan on Thursday, Putin blamed the West": Kazan from his press conference that day', () => {
      const f = check(
        'At the end of the BRICS summit in Kazan on Thursday, Putin blamed the West for the escalation of the war in Ukraine.',
        '2024-10-24',
      );
      assert.equal(f?.verdict, 'supported');
      assert.match(f.message, /the place by/);
    });
    it('the same sentence in another city is not backed', () => {
      assert.equal(
        verdict(
          'At the end of the BRICS summit in Moscow on Thursday, Putin blamed the West for the escalation of the war in Ukraine.',
          '2024-10-24',
        ),
        'unsupported',
      );
    });
    it('an opening phrase naming a gathering gives where it was said; one naming none stays a place', () => {
      const venue = extractClaims('At a briefing in Kazan on Monday, the defence minister said 12 soldiers had died.\n', lex)[0].places;
      assert.deepEqual(
        venue.map((p) => p.role),
        ['venue'],
      );
      const at = extractClaims('In Kursk on Monday, North Korean troops came under fire, Kovalenko said.\n', lex)[0].places;
      assert.ok(at.some((p) => p.role === 'at'));
    });
  });

  describe('a body the data does not name speaks for its country', () => {
    it('"South Korea\'s secret services said": a South Korean speaker, not an unattributed claim', () => {
      const a = actors("South Korea's secret services said 1,500 North Korean soldiers were training in the Russian Far East.");
      assert.deepEqual(
        a.map((x) => x.countries),
        [['south-korea']],
      );
      // Ukraine's 12,000 is another speaker's count: no contradiction.
      assert.equal(
        verdict("South Korea's secret services said 1,500 North Korean soldiers were already training in the Russian Far East."),
        'unsupported',
      );
    });
    it('a clause after the country is no body ("Russia\'s war on Ukraine has cost ...")', () => {
      assert.deepEqual(
        actors("Russia's war on Ukraine has cost thousands of lives, he said.").filter((a) => a.countries.length),
        [],
      );
    });
  });

  describe("a person the library names as a body's own speaks for it", () => {
    it('"Budanov said 11,000": Ukraine\'s military intelligence, whose head he is, gives 11,000', () => {
      assert.equal(
        verdict('Budanov said this week that about 11,000 North Korean infantrymen are being trained in eastern Russia.', '2024-11-13'),
        'supported',
      );
    });
    it("the person's own record on another date outweighs the body's backing", () => {
      assert.equal(verdict('Vedant Patel said on 13 November that over 10,000 North Korean troops had moved to Kursk.'), 'conflicting');
    });
    it('"The White House said": the National Security Council\'s spokesman speaks for it', () => {
      assert.equal(
        verdict(
          'The White House said on Wednesday that at least 3,000 North Korean soldiers had reached eastern Russia this month.',
          '2024-10-23',
        ),
        'supported',
      );
    });
  });

  describe('"the source" is the source named before it', () => {
    it('"a senior Ukrainian military source ... The source added": a Ukrainian army source\'s 800 square kilometres', () => {
      assert.equal(
        verdict('Ukraine holds about 800 square kilometres of the Kursk region, a Ukrainian army source said last month.', '2024-12-20'),
        'supported',
      );
    });
  });
});

describe('verdicts: measures too loose for one figure to stand for them', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-loose-'));
  fs.writeFileSync(
    path.join(dir, 'count.md'),
    `---\nid: count-2025-06-09\ntitle: Count\noutlet: Wire\npublished: 2025-06-09\n---\nSome 1,186,402 people were registered to elect a governor.\n\nThe government said compensation cheques had reached 190 families of people killed in the floods.\n`,
  );
  const lib = loadLibrary({ folders: [dir], bundled: false });
  const v = (text: string) => checkText(`${text}\n`, lib).findings[0]?.verdict ?? 'none';
  it('"3,400 voters were turned away" is not about the registered voters', () => {
    assert.equal(v('About 3,400 voters were turned away from polling stations on Sunday.'), 'unsupported');
  });
  it('the registered voters told with another figure still conflict', () => {
    assert.equal(v('Some 1,200,000 people were registered to elect a governor.'), 'conflicting');
  });
  it('families are not people: "190 families" says nothing of 300 people killed', () => {
    assert.equal(v('More than 300 people have been killed in the floods, officials said.'), 'unsupported');
    assert.equal(v('Compensation cheques have reached 150 families of people killed in the floods.'), 'conflicting');
  });
});

describe('verdicts: a body named for a person the library affiliates with it; quoted words and their day', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-fire-'));
  fs.writeFileSync(
    path.join(dir, 'fire.md'),
    `---\nid: fire-2025-11-17\ntitle: Fire\noutlet: Wire\npublished: 2025-11-17\n---\nRural Fire Service (RFS) incident controller Mark Tennant said on Monday the fire was advancing at up to 5 kilometres an hour.\n\nBureau of Meteorology (BoM) senior meteorologist Priya Raman said Wauchope would reach 39 degrees on Tuesday.\n\n"Yesterday the fire made its own weather," Tennant said on Wednesday.\n`,
  );
  const lib = loadLibrary({ folders: [dir], bundled: false });
  const v = (text: string) => checkText(`${text}\n`, lib).findings[0]?.verdict ?? 'none';
  it('"The RFS incident controller said" is Tennant, the RFS\'s incident controller', () => {
    assert.equal(v('The RFS incident controller said on Monday the fire was advancing at up to 5 kilometres an hour.'), 'supported');
  });
  it('another body, whose man he is not, is not backed by him', () => {
    assert.equal(v('The Bureau of Meteorology said on Monday the fire was advancing at up to 5 kilometres an hour.'), 'unsupported');
  });
  it('a day the quoted words are about is not the day they were said', () => {
    assert.equal(v('Tennant said that on Tuesday "the fire made its own weather".'), 'supported');
  });
  it('the words given to another day of saying them still conflict', () => {
    assert.equal(v('"Yesterday the fire made its own weather," Tennant said on Friday, November 14.'), 'conflicting');
  });
});

describe('verdicts: a share contradicted only by the sentence that gives it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-rate-'));
  fs.writeFileSync(
    path.join(dir, 'rate.md'),
    `---\nid: rate-2025-11-06\ntitle: Rate\noutlet: Wire\npublished: 2025-11-06\n---\nThe Bank revised down its forecast for inflation in the final quarter of this year to 3.4%, from 3.8% three months ago. The opposition blamed the government for a rise in unemployment.\n`,
  );
  const lib = loadLibrary({ folders: [dir], bundled: false });
  const v = (text: string) => checkText(`---\ndate: 2025-11-20\n---\n\n${text}\n`, lib).findings[0]?.verdict ?? 'none';
  it('youth unemployment at 15.1% is not the inflation forecast its neighbour sentence sits by', () => {
    assert.equal(v('Unemployment among 16- to 24-year-olds rose to 15.1%.'), 'unsupported');
  });
  it('the inflation forecast told with another figure conflicts', () => {
    assert.equal(v('The Bank revised down its forecast for inflation in the final quarter to 3.6%.'), 'conflicting');
  });
});

describe('extraction: "put the number of North Korean troops at 12,000"', () => {
  const q = (text: string) => extractClaims(`${text}\n`, lex)[0].quantities.map((x) => [x.counted, x.nationality ?? null]);
  it("a total of a nationality's soldiers counts them, with the nationality", () => {
    assert.deepEqual(q('Kyiv put the number of North Korean troops training in Russia at around 12,000.'), [['soldiers', 'north-korea']]);
  });
  it('with no nationality the counted noun alone', () => {
    assert.deepEqual(q('Officials put the number of troops training in the region at around 12,000.'), [['soldiers', null]]);
  });
  it('a long subject before the figure: "The number of sheets referred to the electoral jury for review stood at 412"', () => {
    assert.deepEqual(q('The number of sheets referred to the electoral jury for review stood at 412, Benavides said.'), [
      ['other:sheet', null],
    ]);
    // The total ends at its clause: a comma between keeps it out.
    assert.deepEqual(q('The number of sheets was unclear, and officials reported 412 complaints.'), [['other:complaint', null]]);
  });
});

describe('attribution: "by Ukraine\'s count"', () => {
  it("whose reckoning a figure is names its speaker: another speaker's 11,000 does not back it", () => {
    assert.deepEqual(
      actors("By Ukraine's count, about 11,000 North Korean soldiers are already in the Kursk border area.").map((a) => a.countries),
      [['ukraine']],
    );
    assert.equal(
      verdict("By Ukraine's count, about 11,000 North Korean soldiers are already in the Kursk border area.", '2024-11-04'),
      'unsupported',
    );
  });
  it('"by" with no reckoning word names no speaker', () => {
    assert.deepEqual(actors("The bridge was built by Russia's engineers."), []);
  });
});

describe("verdicts: a speaker's office in other words", () => {
  const flood = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'flood', 'sources')], bundled: false });
  const inFlood = (text: string) => checkText(`---\ndate: 2026-08-18\n---\n\n${text}\n`, flood).findings[0];
  it('his own office, or another word for it, is no conflict ("the NDMA\'s chairman", "chairperson")', () => {
    for (const title of ['chairman', 'chairperson'])
      assert.notEqual(
        inFlood(
          `Inam-ul-Haq Mirza, the NDMA's ${title}, told reporters in Islamabad that rescue teams were struggling to reach the upper Buner valley.`,
        )?.verdict,
        'conflicting',
      );
  });
  it('"spokesman" for a "spokesperson", and a rank word ("deputy"), name no other office', () => {
    assert.notEqual(
      verdict(
        'State Department spokesman Vedant Patel said more than 10,000 North Korean soldiers had been sent to eastern Russia.',
        '2024-11-13',
      ),
      'conflicting',
    );
    assert.notEqual(
      verdict(
        'Deputy State Department spokesperson Vedant Patel said more than 10,000 North Korean soldiers had been sent to eastern Russia.',
        '2024-11-13',
      ),
      'conflicting',
    );
  });
});

describe('verdicts: countries speaking together', () => {
  it('"According to Washington, Seoul and Kyiv" names three speakers; "according to Ukraine, Russia has" one', () => {
    assert.deepEqual(
      actors('According to Washington, Seoul and Kyiv, Pyongyang dispatched over 10,000 soldiers to Russia in October.')[0].countries,
      ['united-states', 'south-korea', 'ukraine'],
    );
    assert.deepEqual(actors('According to Ukraine, Russia has sent 10,000 troops to the front.')[0].countries, ['ukraine']);
  });
  it('a figure one of them gave and another did not is backed only in part: unsupported', () => {
    const f = check('South Korea and the U.S. have said some 3,000 North Korean troops have been sent to Russia.', '2024-10-24');
    assert.equal(f?.verdict, 'unsupported');
    assert.match(f.message, /no source gives it for South Korea/);
  });
  it('the same figure from the one country that gave it is supported', () => {
    assert.equal(verdict('The U.S. has said some 3,000 North Korean troops have been sent to Russia.', '2024-10-24'), 'supported');
  });
});
