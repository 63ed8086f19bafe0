// Rules found on the port-strike story's tuning half (test/fixtures/stories/strike/drafts.jsonl), each
// with a finding and a no-finding (or other-verdict) case on sentences of our own in wire style.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText, loadLibrary, type Library } from '../server/src/engine';
import { extractClaims } from '../server/src/engine/extract/claims';

const SOURCE = `---
id: docks-2025-09-03
title: Dock strike strands containers
outlet: Harbour Wire
published: 2025-09-03
---
SYDNEY, Sept 3 (Harbour Wire) - A strike at Coral Stevedoring's three container terminals entered its third day on Wednesday, leaving about 9,000 containers stranded on the wharves and 12 ships waiting at anchor, the company said.

The Shipping Council estimated that the stoppage was costing the economy A$20 million ($13 million) a day.

"Every day this goes on, exporters lose buyers they may never win back," said Lena Park, the council's chief executive.
`;

describe('verdicts: the strike story rules', () => {
  let library: Library;
  before(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-strike-'));
    fs.writeFileSync(path.join(dir, 'docks.md'), SOURCE);
    library = loadLibrary({ folders: [dir], bundled: false });
  });
  const verdictOf = (text: string) => checkText(text, library).findings[0]?.verdict ?? 'none';
  const countedOf = (text: string) => extractClaims(text, library.lexicon)[0]?.quantities.map((q) => q.counted);

  it('a singular noun before a plural one modifies it: "three container terminals" counts terminals', () => {
    assert.deepEqual(countedOf("Coral Stevedoring's three container terminals were idle."), ['other:terminal']);
    assert.deepEqual(countedOf('About 9,000 containers were stranded.'), ['containers']);
  });

  it('a plural noun ends the counted phrase: "12 ships waiting" counts ships', () => {
    assert.deepEqual(countedOf('Some 12 ships waiting at anchor were turned away.'), ['other:ship']);
    assert.equal(verdictOf('Twelve ships were waiting at anchor on Wednesday.'), 'supported');
    assert.equal(verdictOf('Fifteen ships were waiting at anchor on Wednesday.'), 'conflicting');
  });

  it('a possibility denied ("may never") is no denial of the report', () => {
    assert.equal(verdictOf('Lena Park said exporters were losing buyers.'), 'supported');
    assert.equal(verdictOf('Lena Park said exporters were not losing buyers.'), 'conflicting');
  });

  it('an event reported without the draft’s figure is only partly backed: unsupported', () => {
    assert.equal(verdictOf('Lena Park said exporters had lost A$90 million worth of buyers.'), 'unsupported');
    assert.equal(verdictOf('The Shipping Council estimated the stoppage was costing the economy A$20 million a day.'), 'supported');
  });

  it('a date conflict names both dates, not the figure', () => {
    const f = checkText('About 9,000 containers were stranded on the wharves on Friday, Sept. 5.', library, { date: '2025-09-06' })
      .findings[0];
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /gives “Wednesday \(3 September 2025\)”, not “Friday, Sept\. 5” \(for “About 9,000 containers”\)/);
    const same = checkText('About 9,000 containers were stranded on the wharves on Wednesday, Sept. 3.', library, { date: '2025-09-06' })
      .findings[0];
    assert.equal(same?.verdict, 'supported');
  });

  it('speculation of likelihood and commentators who doubt are no claims', () => {
    assert.equal(verdictOf('Further strikes look increasingly likely.'), 'none');
    assert.equal(verdictOf('Experts, however, doubt how long the union can hold out.'), 'none');
    assert.equal(verdictOf('The strike entered its third day on Wednesday.'), 'supported');
  });
});
