// Distances and speeds (found on the blind derail story of 2026-12-06; its articles, our own words
// in drafts): "10 km south of Estcourt" is the source's distance the other way; "118 km/h" is a
// speed, no distance of 118 km.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

const derail = loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', 'derail', 'sources')], bundled: false });
const finding = (text: string) => checkText(`---\ndate: 2025-10-17\n---\n\n${text}\n`, derail).findings[0];

describe('verdicts: a distance and its direction', () => {
  it('the same distance from the same place the other way conflicts, and the message names both directions', () => {
    const f = finding('The derailment happened near Frere station, about 10 km south of Estcourt.');
    assert.equal(f?.verdict, 'conflicting');
    assert.match(f.message, /gives “north”, not “south”/);
  });
  it("the source's own direction is backed", () => {
    assert.equal(finding('The derailment happened near Frere station, about 10 km north of Estcourt.')?.verdict, 'supported');
  });
});

describe('verdicts: a speed', () => {
  it('"118 km/h" is a speed: the speed the report gives is backed, another conflicts', () => {
    assert.equal(finding('The train was doing 107 km/h as it entered the curve, the NRAIB found.')?.verdict, 'supported');
    assert.equal(finding('The train was doing 170 km/h as it entered the curve, the NRAIB found.')?.verdict, 'conflicting');
  });
});
