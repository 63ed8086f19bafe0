// Page furniture in source articles (issue 13): found by its shape (a short label line ending in a
// colon and the list under it, a run of headline-like list items, a stub line), never by the words
// of particular pages; records are not made from it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadLibrary } from '../server/src/engine';
import { furnitureSpans } from '../server/src/engine/sources/furniture';

const PAGE = `Floodwaters recede in Sindh as aid arrives
By Sana Rehman
KARACHI, Aug 30 (Wire) - Floodwaters began to recede in Sindh on Sunday, officials said, as the first aid convoys reached the worst-hit districts.
The provincial disaster authority said 41 people were still missing.
Most Read
Related coverage:
- Why the valleys flood so fast
- Barrages under strain as the river swells
The authority said schools would reopen next week.
- Cotton farmers count their losses
- Donors pledge help for rebuilding
- Health workers warn of disease in camps
`;

describe('page furniture in sources', () => {
  const furniture = () => furnitureSpans(PAGE).map((s) => PAGE.slice(s.start, s.end));

  it('finds a byline, a stub box, a labelled link list and an unlabelled run of headlines', () => {
    assert.deepEqual(furniture(), [
      'By Sana Rehman',
      'Most Read',
      'Related coverage:',
      '- Why the valleys flood so fast',
      '- Barrages under strain as the river swells',
      '- Cotton farmers count their losses',
      '- Donors pledge help for rebuilding',
      '- Health workers warn of disease in camps',
    ]);
  });

  it('leaves the headline, the story and a list of sentences alone', () => {
    const story = `Heading of the story
- The authority said 41 people were missing.
- Schools will reopen next week.
- Aid reached three districts on Sunday.
`;
    assert.deepEqual(furnitureSpans(story), []);
    assert.ok(!furniture().some((l) => /41 people|schools would reopen|Floodwaters recede/.test(l)));
  });

  it('makes no records from furniture', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-furniture-'));
    fs.writeFileSync(
      path.join(dir, 'page.md'),
      `---\nid: sindh-2026-08-30\ntitle: Floodwaters recede\noutlet: Wire\npublished: 2026-08-30\n---\n${PAGE}`,
    );
    const library = loadLibrary({ folders: [dir], bundled: false });
    const texts = library.records.map((r) => r.text);
    assert.ok(texts.some((t) => t.includes('41 people were still missing')));
    assert.ok(!texts.some((t) => /valleys flood|Cotton farmers|disease in camps/.test(t)), texts.join('\n'));
  });
});
