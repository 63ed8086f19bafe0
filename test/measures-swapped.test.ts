// A number the library gives for another state of the same people ("112 killed" for the 112
// injured: match/counted-otherwise.ts measureSwapped), and a total's figure far after the total
// ("The number of people killed when ... has risen to 27": extract/bare-figures.ts). Sentences from
// the derailment library's articles and drafts; each with a case where the rule must not fire.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { extractClaims } from '../server/src/engine/extract/claims';
import { loadLibrary } from '../server/src/engine/library';

const derail = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'derail', 'sources')], bundled: false });
const finding = (text: string, date?: string) => checkText(date ? `---\ndate: ${date}\n---\n\n${text}\n` : `${text}\n`, derail).findings[0];
const quantities = (text: string) => extractClaims(`${text}\n`, derail.lexicon).flatMap((c) => c.quantities);

describe('measures swapped and far totals', () => {
  describe("the speaker's number for another state of the same people", () => {
    it('"Zungu said on Monday that 112 people had been killed", when his 112 were the injured, conflicts', () => {
      const f = finding('Zungu said on Monday that 112 people had been killed.', '2025-10-06');
      assert.equal(f?.verdict, 'conflicting');
      assert.match(f.message, /for the injured, not for the dead/);
    });
    it('the same number for the injured is backed', () => {
      assert.equal(finding('Zungu said on Monday that 112 people had been injured.', '2025-10-06')?.verdict, 'supported');
    });
  });

  describe('a sum per item the record words otherwise', () => {
    it('"250,000 rand each" is backed by "250,000 rand ... to the family of each person killed"', () => {
      assert.equal(
        finding('Families of those killed will receive 250,000 rand each from the government, Sithole announced on Monday.', '2025-10-06')
          ?.verdict,
        'supported',
      );
    });
    it('a sum the record gives as a whole is not backed as one for each', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-each-'));
      fs.writeFileSync(
        path.join(dir, 'fund-2025-10-06.md'),
        '---\nid: fund-2025-10-06\ntitle: Fund\noutlet: Test Wire\npublished: 2025-10-06\n---\nThe government set aside 250,000 rand for the families of the dead, Transport Minister Bongani Sithole said.\n',
      );
      try {
        const library = loadLibrary({ folders: [dir], bundled: false });
        const f = checkText('Families of the dead will receive 250,000 rand each, Sithole said.\n', library).findings[0];
        assert.notEqual(f?.verdict, 'supported');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('"The number of people killed when ... has risen to 27"', () => {
    it('the figure after "risen to" is the total of the dead, twenty words on', () => {
      const [q] = quantities(
        "The number of people killed when a passenger train derailed in South Africa's KwaZulu-Natal province late on Friday has risen to 27, officials said on Monday.",
      );
      assert.equal(q?.value, 27);
      assert.equal(q?.event, 'death');
    });
    it('a figure far from the total without a verb of the total counts its own noun', () => {
      const [q] = quantities(
        "The number of people killed when a passenger train derailed in South Africa's KwaZulu-Natal province late on Friday was not given, but the line will reopen to 27 trains a day.",
      );
      assert.equal(q?.counted, 'other:train');
    });
  });
});
