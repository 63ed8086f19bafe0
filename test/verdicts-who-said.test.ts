// Who said it, read from how news names people and bodies, and what is no claim at all: rules found
// on the blind sets of 2026-12-06 (sentences from their tune halves and these libraries' articles),
// each with a case where the rule must not fire.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { resolveActors } from '../server/src/engine/extract/coreference';
import { loadLibrary } from '../server/src/engine/library';

const STORIES = path.join(__dirname, 'fixtures', 'stories');
const flood = loadLibrary({ folders: [path.join(STORIES, 'flood', 'sources')], bundled: false });
const trial = loadLibrary({ folders: [path.join(STORIES, 'trial', 'sources')], bundled: false });
const lex = loadLexicon();
const claims = (text: string, lexicon = lex) => {
  const cs = extractClaims(`${text}\n`, lexicon);
  resolveActors(cs, text);
  return cs;
};
const finding = (library: typeof flood, text: string) => checkText(`${text}\n`, library).findings[0];

describe('verdicts: who said it, and what is no claim', () => {
  describe('a question the draft asks is no claim', () => {
    it('"Will Pyongyang send more soldiers ...?" gives no finding', () => {
      assert.equal(claims('Will Pyongyang send more soldiers if the fighting drags on and casualties mount?')[0]?.hedged, 'question');
      assert.equal(
        checkText('Is this the first step toward a world war, as Kyiv keeps warning?\n', loadLibrary({ folders: [], bundled: true }))
          .findings.length,
        0,
      );
    });
    it("a speaker's question in quotation marks, then who asked, is still read", () => {
      assert.notEqual(claims('"Where will these troops go next?" Kirby asked reporters on Wednesday.')[0]?.hedged, 'question');
    });
  });

  describe('"the commission said": the body the text named before', () => {
    it('a source\'s "The commission said" is the anti-graft commission it named, so a draft naming it is backed', () => {
      const record = trial.records.find((r) => r.text.startsWith('The commission said on Monday'));
      assert.ok(record?.actors.some((a) => a.orgs.length === 1 && !a.person));
      const f = finding(trial, 'PIAC said on Monday it had opened investigations into 17 other water projects.');
      assert.equal(f?.verdict, 'supported');
    });
    it('with no such body named before, it is a speaker of its own, unless the speaker before holds its office', () => {
      // The trial library's lexicon knows a body whose name ends in "Commission".
      const cs = claims('Justice Esther Maina said 12 witnesses had been heard. The commission said more would follow.', trial.lexicon);
      assert.ok(cs[0].actors[0].person);
      assert.ok(!cs[1].actors.some((a) => a.person === cs[0].actors[0].person));
      assert.equal(cs[1].actors[0]?.anonymous, 'commission');
      const office = claims(
        'Commissioner Esther Maina said 12 witnesses had been heard. The commission said more would follow.',
        trial.lexicon,
      );
      assert.ok(office[1].actors.some((a) => a.person === office[0].actors[0].person && a.inherited));
      const named = claims(
        'The Public Integrity and Anti-Graft Commission said it would appeal. Justice Esther Maina said 12 witnesses had been heard. The commission said 3,000 documents had been seized.',
        trial.lexicon,
      );
      assert.ok(named[0].actors[0].orgs.length);
      assert.deepEqual(named[2].actors[0].orgs, named[0].actors[0].orgs);
    });
  });

  describe('a name, then an apposition, then the verb', () => {
    it('"Gul Zaman, a 63-year-old farmer from Dherai Banda, said": Gul Zaman speaks, not the village', () => {
      const a = claims('Gul Zaman, a 63-year-old farmer from Dherai Banda, said the flood "came down the mountain like a wall."')[0].actors;
      assert.match(a[0].text, /^Gul Zaman$/);
      assert.equal(
        finding(flood, 'Gul Zaman, a 63-year-old farmer from Dherai Banda, said the flood "came down the mountain like a wall."')?.verdict,
        'supported',
      );
    });
    it('"Deputy Pentagon press secretary, Sabrina Singh, told": the name after the title still speaks', () => {
      const a = claims('Deputy Pentagon press secretary, Sabrina Singh, told reporters that 10,000 troops were in Kursk.')[0].actors;
      assert.match(a[0].text, /Sabrina Singh/);
    });
  });

  describe('"the United Nations in New York said": a place after "in" before the cue', () => {
    it('New York is where, and no one who speaks', () => {
      const [c] = claims(
        'A North Korean representative to the United Nations in New York said on Thursday that the claims were "groundless rumors."',
      );
      assert.equal(c.actors[0]?.person, undefined);
      assert.deepEqual(c.actors[0]?.orgs, ['un']);
    });
    it('"Amir Khan said": a name before the cue still speaks', () => {
      assert.equal(claims('Amir Khan said the water came at night.')[0].actors[0]?.person, 'khan');
    });
  });

  describe('quoted words given to another named person', () => {
    it("Gul Zaman's words said by someone else conflict, naming whose they are", () => {
      const f = finding(flood, '"The water came down the mountain like a wall," said Amir Khan, a shopkeeper in Mingora.');
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f.message, /These words are from Gul Zaman/);
    });
    it('the same words from an unnamed villager are backed', () => {
      assert.equal(finding(flood, '"The water came down the mountain like a wall," said a farmer from Buner.')?.verdict, 'supported');
    });
  });

  describe('an office the sources give someone else', () => {
    it('"the NDMA\'s director general" for its chairman, when the sources name another director general, conflicts', () => {
      const f = finding(flood, "Inam-ul-Haq Mirza, the NDMA's director general, warned on Monday that the number of dead would rise.");
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f.message, /another office \(chairman\), not director general/);
    });
    it('his own office is backed', () => {
      assert.equal(
        finding(flood, "Inam-ul-Haq Mirza, the NDMA's chairman, warned on Monday that the number of dead would rise.")?.verdict,
        'supported',
      );
    });
  });

  describe('"Another 689 people were injured": an increment that is also a figure of its own', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-increment-'));
    fs.writeFileSync(
      path.join(dir, 'quake-2025-03-11.md'),
      '---\nid: quake-2025-03-11\ntitle: Toll rises\noutlet: Test Wire\npublished: 2025-03-11\n---\n' +
        'The death toll from the earthquake rose to 214 on Tuesday, the Home Ministry said. ' +
        'Another 689 people were injured, and 17 remain unaccounted for, Home Ministry spokesman Durga Prasad Bhandari said.\n',
    );
    const library = loadLibrary({ folders: [dir], bundled: false });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    it('backs the same number of injured', () => {
      assert.equal(finding(library, 'The quake left 689 people injured, Bhandari said.')?.verdict, 'supported');
    });
    it('contradicts no other number of injured', () => {
      assert.notEqual(finding(library, 'The quake left 650 people injured, Bhandari said.')?.verdict, 'conflicting');
    });
  });

  describe('two figures of one measure in a sentence', () => {
    it('"The 38 counts include 12 counts of forgery": the 12 is not contradicted by the 38 the draft gives itself', () => {
      assert.equal(finding(trial, 'The 38 counts include 12 counts of forgery.')?.verdict, 'unsupported');
    });
    it('alone, another number of counts conflicts', () => {
      assert.equal(finding(trial, 'The nine defendants face 12 counts.')?.verdict, 'conflicting');
    });
  });

  describe('"down from 42,500 a week ago": the figure a change started from', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-down-from-'));
    fs.writeFileSync(
      path.join(dir, 'camps-2025-03-18.md'),
      '---\nid: camps-2025-03-18\ntitle: Camps empty\noutlet: Test Wire\npublished: 2025-03-18\n---\n' +
        'About 36,800 people remain in relief camps, down from 42,500 a week ago, as families returned home.\n',
    );
    const library = loadLibrary({ folders: [dir], bundled: false });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const dated = (text: string) => checkText(`---\ndate: 2025-03-19\n---\n\n${text}\n`, library).findings[0];
    it('counts what the figure before it counts, so the old figure given as current is outdated', () => {
      const f = dated('42,500 people are living in relief camps.');
      assert.equal(f?.verdict, 'outdated');
      assert.match(f.message, /About 36,800 people/);
    });
    it('the current figure is backed', () => {
      assert.equal(dated('About 36,800 people are living in relief camps.')?.verdict, 'supported');
    });
    it('"72% of Kenyans ..., up from 64%": the earlier share is of Kenyans too, so it is outdated, not another share', () => {
      fs.writeFileSync(
        path.join(dir, 'survey-2025-03-12.md'),
        '---\nid: survey-2025-03-12\ntitle: Survey\noutlet: Test Wire\npublished: 2025-03-12\n---\n' +
          'A survey found that 72% of Kenyans believed senior officials accused of corruption were rarely punished, up from 64% in 2021.\n',
      );
      const withSurvey = loadLibrary({ folders: [dir], bundled: false });
      const f = checkText(
        '---\ndate: 2025-03-19\n---\n\n64% of Kenyans believe senior officials accused of corruption are rarely punished.\n',
        withSurvey,
      ).findings[0];
      assert.equal(f?.verdict, 'outdated');
    });
  });

  describe("a person's age", () => {
    it('"Ndegwa, 67, insisted ..." when the sources give "Ndegwa, 61," conflicts, naming the age', () => {
      const f = finding(trial, 'Ndegwa, 67, insisted he had never received money from the contractor.');
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f.message, /age as 61, not 67/);
      assert.ok(f.parts?.some((p) => p.text === 'Ndegwa, 67' && p.verdict === 'conflicting'));
    });
    it('the same age, or a year on, is no conflict; nor is the age of someone the sources give none', () => {
      assert.equal(finding(trial, 'Ndegwa, 62, insisted he had never received money from the contractor.')?.verdict, 'supported');
      assert.notEqual(finding(trial, 'Farah, 58, insisted he had never paid the minister.')?.verdict, 'conflicting');
    });
  });
});
