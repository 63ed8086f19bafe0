// The claims report as HTML (server/src/report): what it shows of the example draft, and that
// nothing from a source (text, title, outlet, url) can inject markup, script or links into it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildReport, loadLibrary, type ClaimsReport, type Library } from '../server/src/engine';
import { chartData } from '../server/src/report/chart-data';
import { fileUrl, html, scriptJson } from '../server/src/report/escape';
import { reportBody, reportPage } from '../server/src/report/page';
import { HOSTILE_DRAFT, hostileLibrary } from './report-fixtures';

const ROOT = path.join(__dirname, '..');
const DRAFT = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
const SCRIPT = '/* the page script */';

describe('claims report HTML', function () {
  this.timeout(60_000);
  let bundled: Library;
  let example: ClaimsReport;
  before(() => {
    bundled = loadLibrary({ folders: [], bundled: true });
    example = buildReport(DRAFT, bundled, { file: 'examples/draft.md' });
  });

  it('shows the totals, the claims grouped by verdict and a figure per timeline', () => {
    const page = reportPage(example, { mode: 'file', nonce: 'abc', script: SCRIPT });
    assert.match(page, /<span class="n">2<\/span> <span class="badge verdict-conflicting">conflicting<\/span>/);
    const groups = [...page.matchAll(/<section class="verdict-group" data-verdict="(\w+)"/g)].map((m) => m[1]);
    assert.deepEqual(groups, ['conflicting', 'outdated', 'unsupported', 'supported']);
    assert.equal([...page.matchAll(/<li class="claim /g)].length, example.claims.length);
    assert.match(page, /<figure class="chart" id="timeline-0-chart"/);
    assert.match(page, /John Kirby, National Security Council/);
    // The page script inlined once, with the nonce the policy names; nothing else may run.
    assert.match(page, /script-src &#39;nonce-abc&#39;;/);
    assert.equal(page.split(SCRIPT).length, 2);
    assert.match(page, /<a class="source-file" href="file:\/\/\/[^"]+\/sources\/cnn-2024-10-24\.md">/);
  });

  it('makes claims and source positions buttons in the webview, links in the file', () => {
    const body = reportBody(example, { mode: 'webview' });
    assert.match(body, /<button type="button" class="claim-text reveal" data-claim="\d+"/);
    assert.match(body, /<button type="button" class="open-source" data-claim="\d+" data-evidence="0"/);
    assert.doesNotMatch(body, /href="file:/);
  });

  it('escapes everything a hostile source says: no markup, script or link of its own', () => {
    const { dir, library } = hostileLibrary();
    try {
      const report = buildReport(HOSTILE_DRAFT, library, { file: 'draft.md' });
      // The hostile text did reach the report (else this test would prove nothing).
      const json = JSON.stringify(report);
      assert.match(json, /window\.__pwned = 5/);
      assert.ok(report.timelines[0]?.points.length, 'the hostile source gives figures for the timeline');
      const page = reportPage(report, { mode: 'file', nonce: 'n0nce', script: SCRIPT });
      // Exactly two script elements: the JSON data and the page script; one img: none.
      assert.equal([...page.matchAll(/<script/gi)].length, 2, 'script elements');
      assert.doesNotMatch(page, /<img|<b>|<a href="javascript/i);
      assert.doesNotMatch(page, /href="javascript:/i);
      assert.doesNotMatch(page, /\u202e/, 'no bidirectional override');
      assert.match(page, /&lt;script&gt;window.__pwned = 7&lt;\/script&gt;/);
      // The data element: no "<" at all, so it cannot be closed early.
      const data = /<script type="application\/json" id="fc-data">([^]*?)<\/script>/.exec(page)![1];
      assert.doesNotMatch(data, /</);
      assert.match(JSON.parse(data).timelines[0].points[0].label, /Evil <b>Outlet<\/b>/);
      // Every href is a file: link, an in-page anchor or an http(s) article link.
      for (const [, href] of page.matchAll(/href="([^"]*)"/g)) assert.match(href, /^(file:\/\/\/|#|https?:\/\/)/, href);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('escapes for elements, attributes and script data', () => {
    assert.equal(html(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    assert.equal(html('a\u202eb\u2066c\u0000d'), 'abcd');
    const tricky = { s: '</script><!--\u2028\u2029&' };
    const out = scriptJson(tricky);
    assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(out), tricky);
    assert.equal(fileUrl('/tmp/a b/#c?.md'), 'file:///tmp/a%20b/%23c%3F.md');
    assert.equal(fileUrl('C:\\news\\src.md'), 'file:///C:/news/src.md');
  });

  it('gives the chart each point’s label: who, what, when, where from, what superseded it', () => {
    const data = chartData(example);
    const t = data.timelines[0];
    assert.equal(t.points.length, example.timelines[0].points.length);
    const kirby = t.points.find((p) => p.label.startsWith('John Kirby'))!;
    assert.equal(
      kirby.label,
      'John Kirby, National Security Council: at least 3,000 North Korean soldiers (3,000 or more), 2024-10-23; border-zone-2024-10-24 2024-10-24; ' +
        'CNN 2024-10-24; superseded by roughly 11,000 North Korean troops (Sabrina Singh, Pentagon, 2024-11-18)',
    );
    assert.deepEqual(
      t.draft.map((d) => d.short),
      ['draft: roughly 12,000', 'draft: at least 5,000', 'draft: roughly 11,000', 'draft: Around 2,000'],
    );
    assert.match(t.description, /7 figures from 6 actors, 2024-10-23 to 2024-11-18, 5 superseded/);
  });
});
