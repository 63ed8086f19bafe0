// Which newer figure an outdated finding cites and offers as the fix: the newest of those that tell
// what the draft says, the older figure's own speaker first, not another measure's newer number
// (found on the blind story sets of 2026-12-06: "newer records give 4.3%" (RPI) for CPI's 3.6%).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';
import { judgeIn, using, writtenStory } from './story-library';

const stories = path.join(__dirname, 'fixtures', 'stories');
const check = (story: string, date: string, text: string) =>
  checkText(`---\ndate: ${date}\n---\n\n${text}\n`, loadLibrary({ folders: [path.join(stories, story, 'sources')], bundled: false }))
    .findings[0];

describe('verdicts: the newer figure an outdated one is told', () => {
  it("inflation at 3.6% is outdated by the ONS's 3.3%, not by another index's 4.3%", () => {
    const f = check('ratecut', '2025-11-20', 'Inflation is running at 3.6%.');
    assert.equal(f?.verdict, 'outdated');
    assert.match(f.message, /newer records give “3\.3%”/);
  });
  it("63 homes destroyed is outdated by the fire service's 71, not by the homes without power", () => {
    const f = check('wildfire', '2025-11-26', 'Sixty-three homes have been destroyed.');
    assert.equal(f?.verdict, 'outdated');
    assert.match(f.message, /newer records give “71 homes”/);
  });
  it("a newer record giving the draft's own figure too revises it with none of its other figures", () => {
    const written = writtenStory([
      {
        id: 'first',
        date: '2032-11-02',
        body: 'LUSAKA, Nov 2 (MRW) - Women made up 51.1% of the population, and 44.2% of Zambians were younger than 15, the agency said.\n',
      },
      {
        id: 'final',
        date: '2032-11-23',
        body: 'LUSAKA, Nov 23 (ENW) - ZamStats said women made up 51.1% of the final count, unchanged from the preliminary results, and that 44.1% of the population was under 15.\n',
      },
    ]);
    using(written, (library) => {
      assert.equal(judgeIn(library, 'Women make up 51.1% of the population.', '2032-11-25')?.verdict, 'supported');
    });
  });
});

describe('outdated: a past-tense count of what happened', () => {
  const story = () =>
    writtenStory([
      {
        id: 'storm-1',
        date: '2025-05-14',
        body: 'Fourteen people were killed and 640 houses were flooded when the storm hit the valley on Tuesday.\n',
      },
      {
        id: 'storm-3',
        date: '2025-05-17',
        body: 'The death toll from the storm has risen to 21.\n\nThe number of flooded houses has risen to 870.\n',
      },
    ]);
  it('"Fourteen people were killed in the storm", written after the toll rose to 21, is outdated', () => {
    using(story(), (library) =>
      assert.equal(judgeIn(library, 'Fourteen people were killed in the storm.', '2025-05-20')?.verdict, 'outdated'),
    );
  });
  it('not when the draft marks it as earlier ("Initially, ..."), nor a count of a noun nothing is said to have happened to', () => {
    using(story(), (library) => {
      assert.equal(judgeIn(library, 'Initially, fourteen people were killed in the storm.', '2025-05-20')?.verdict, 'supported');
      assert.equal(judgeIn(library, 'Some 640 houses were flooded.', '2025-05-20')?.verdict, 'supported');
      // ... nor a report of what was said then (found on the session's never-read bus-crash set).
      assert.equal(
        judgeIn(library, 'On the day of the storm, police said fourteen people were killed.', '2025-05-20')?.verdict,
        'supported',
      );
    });
  });
});
