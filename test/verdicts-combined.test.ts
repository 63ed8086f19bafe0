// Elements combined from sentences that report the same event (POLICY.md): rules found on the
// tuning sets, each with a case where the rule must not fire. Sentences from the story fixtures.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

const story = (name: string) => loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', name, 'sources')], bundled: false });
const wildfire = story('wildfire');
const check = (library: ReturnType<typeof story>, text: string, date?: string) =>
  checkText(`${date ? `---\ndate: ${date}\n---\n\n` : ''}${text}\n`, library).findings[0];

describe('verdicts: elements combined from reports of the same event', () => {
  describe('the date of an event from another sentence of the same article', () => {
    it('the lead says police "have arrested" a man; a later sentence says he was arrested on Thursday', () => {
      const f = check(
        wildfire,
        'Police arrested a 34-year-old Beechwood man yesterday on suspicion of deliberately lighting the fire.',
        '2025-11-21',
      );
      assert.equal(f?.verdict, 'supported');
      assert.match(f.message, /the date by/);
    });
    it('a date no sentence of that article gives for the arrest is not backed', () => {
      const f = check(
        wildfire,
        'Police arrested a 34-year-old Beechwood man on Wednesday on suspicion of deliberately lighting the fire.',
        '2025-11-21',
      );
      assert.equal(f?.verdict, 'unsupported');
    });
    it('nor is the date another article gives for another event that names the arrest ("charged on Saturday")', () => {
      const f = check(
        wildfire,
        'Police arrested a 34-year-old Beechwood man on Saturday on suspicion of deliberately lighting the fire.',
        '2025-11-25',
      );
      assert.notEqual(f?.verdict, 'supported');
    });
  });
});
