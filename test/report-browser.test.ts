// The claims report in a real browser: Debian's Chromium, driven by playwright-core as the VS Code
// end-to-end test drives it, opens the HTML file `factcheck report` wrote for examples/draft.md and
// the chart library draws the timeline: the expected points where their dates and values put them,
// superseded ones hollow, the draft's figures as stars in their verdict's colour, with nothing
// fetched, no script error and no policy violation. A hostile source's report runs nothing of its
// own. The timeline's screenshot goes to test/e2e/screenshots/report-timeline.png
// (FACTCHECK_UPDATE_DOCS=1 also copies the page's to docs/report.png, the README's picture).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildReport } from '../server/src/engine';
import { reportPage } from '../server/src/report/page';
import { HOSTILE_DRAFT, hostileLibrary } from './report-fixtures';

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'test', 'e2e', 'screenshots');
const SCRIPT = path.join(ROOT, 'dist', 'report-chart.js');

interface Mark {
  label: string;
  x: number;
  y: number;
}

describe('claims report in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let tmp: string;
  let page: Page;
  const trouble: string[] = [];

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      console.warn(`      Chromium test skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)`);
      this.skip();
    }
    assert.ok(fs.existsSync(SCRIPT), `${SCRIPT} is missing: run npm run build`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-report-browser-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });

  after(async () => {
    await browser?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Opens a report file; every request but the file itself, every script error, every policy
   *  violation and every dialog goes into `trouble`. */
  async function open(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const p = await browser!.newPage({ viewport: { width: 1200, height: 1000 }, colorScheme });
    const url = `file://${file}`;
    await p.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      trouble.push(`request: ${route.request().url()}`);
      return route.abort();
    });
    p.on('pageerror', (e) => trouble.push(`page error: ${e.message}`));
    p.on('console', (m) => m.type() === 'error' && trouble.push(`console: ${m.text()}`));
    p.on('dialog', (d) => {
      trouble.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await p.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
    );
    await p.goto(url);
    await p.locator('#timeline-0-chart svg').first().waitFor({ timeout: 20_000 });
    return p;
  }

  const marks = (p: Page, selector: string): Promise<Mark[]> =>
    p.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { label: el.getAttribute('aria-label') ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    );

  it('draws the example draft’s troop counts: each figure at its date and value, by actor, the draft’s figures marked', async () => {
    const file = path.join(tmp, 'report.html');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'factcheck.js'), 'report', 'examples/draft.md', '--out', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    page = await open(file);

    const current = await marks(page, '#timeline-0-chart g.fc-points circle');
    const superseded = await marks(page, '#timeline-0-chart g.fc-points-superseded circle');
    const all = [...current, ...superseded];
    const who = (m: Mark) => m.label.split(':')[0];
    assert.deepEqual(current.map(who).sort(), ['Defense Intelligence of Ukraine', 'Sabrina Singh, Pentagon']);
    assert.equal(superseded.length, 5, superseded.map((m) => m.label).join('\n'));
    const find = (re: RegExp) => {
      const m = all.find((x) => re.test(x.label));
      assert.ok(m, `no point labelled ${re}: ${all.map((x) => x.label).join('\n')}`);
      return m;
    };
    const kirby = find(/^John Kirby, National Security Council: at least 3,000 .*2024-10-23/);
    const hur = find(/^Defense Intelligence of Ukraine: approximately 12,000 .*2024-10-24/);
    const kyodo = find(/^Kyodo News: approximately 2,000 .*2024-10-25/);
    const singh = find(/^Sabrina Singh, Pentagon: roughly 11,000 .*2024-11-18/);
    // Time runs left to right, values bottom to top.
    assert.ok(kirby.x < hur.x && hur.x < kyodo.x && kyodo.x < singh.x, 'dates order the points');
    assert.ok(kyodo.y > kirby.y && kirby.y > singh.y && singh.y > hur.y, 'values order the points');
    // Equal gaps in value are equal gaps on the axis (a linear scale from 0).
    const perThousand = kyodo.y - kirby.y; // 2,000 to 3,000
    assert.ok(Math.abs(kirby.y - singh.y - 8 * perThousand) < 2, 'a linear value axis');

    // "at least 3,000" is an open bar upwards, ending in an arrow.
    const arrows = await page.locator('#timeline-0-chart g.fc-ranges-superseded line[marker-end]').count();
    assert.ok(arrows >= 1, 'an open range with an arrow');

    // The draft's four figures: stars, in their verdicts' colours, where they stand.
    const stars = await marks(page, '#timeline-0-chart g[class^="fc-draft-"] path');
    assert.equal(stars.length, 4, stars.map((m) => m.label).join('\n'));
    const five = stars.find((s) => /at least 5,000/.test(s.label))!;
    assert.ok(Math.abs(five.x - kirby.x) < 1, 'the draft’s Kirby figure at the date it gives');
    assert.ok(five.y < kirby.y && five.y > singh.y, 'between 3,000 and 11,000');
    const color = await page
      .locator('#timeline-0-chart g.fc-draft-conflicting path')
      .first()
      .evaluate((el: any) => el.ownerDocument.defaultView.getComputedStyle(el).stroke as string);
    assert.equal(color, 'rgb(207, 34, 46)', 'the conflicting figure in the conflicting colour');
    const outdated = stars.find((s) => /Around 2,000/.test(s.label))!;
    // (A star’s box is not centred on its point: a few pixels.)
    assert.ok(outdated.x > singh.x && Math.abs(outdated.y - kyodo.y) < 4, 'the outdated figure at the draft’s date');

    fs.mkdirSync(SHOTS, { recursive: true });
    await page.locator('#timeline-0').screenshot({ path: path.join(SHOTS, 'report-timeline.png') });
    if (process.env.FACTCHECK_UPDATE_DOCS) await page.screenshot({ path: path.join(ROOT, 'docs', 'report.png') });
    assert.deepEqual(trouble, []);
  });

  it('filters the claims by verdict and by citation, from the keyboard', async () => {
    const conflicting = page.locator('.verdict-group[data-verdict="conflicting"]');
    assert.ok(await conflicting.isVisible());
    await page.locator('input.fc-filter[value="conflicting"]').focus();
    await page.keyboard.press('Space');
    await conflicting.waitFor({ state: 'hidden' });
    await page.locator('select.fc-citation-filter').selectOption('cited');
    // The one cited claim is conflicting, now hidden: nothing matches.
    await page.locator('.filtered-out').waitFor({ state: 'visible' });
    await page.locator('input.fc-filter[value="conflicting"]').check();
    assert.equal(await page.locator('li.claim:visible').count(), 1);
    assert.match(await page.locator('li.claim:visible').innerText(), /John Kirby/);
    assert.deepEqual(trouble, []);
  });

  it('follows a dark colour scheme', async () => {
    const dark = await open(path.join(tmp, 'report.html'), 'dark');
    const bg = await dark.evaluate('getComputedStyle(document.body).backgroundColor');
    assert.equal(bg, 'rgb(13, 17, 23)');
    await dark.close();
  });

  it('runs nothing a hostile source wrote, and still draws its figures as text', async () => {
    const { dir, library } = hostileLibrary();
    try {
      const report = buildReport(HOSTILE_DRAFT, library, { file: 'draft.md' });
      const file = path.join(tmp, 'hostile.html');
      const script = fs.readFileSync(SCRIPT, 'utf8');
      fs.writeFileSync(file, reportPage(report, { mode: 'file', nonce: randomBytes(18).toString('base64'), script }));
      const p = await open(file);
      assert.equal(await p.evaluate('typeof window.__pwned'), 'undefined');
      assert.equal(await p.locator('script').count(), 2);
      assert.equal(await p.locator('main img, main b, main iframe, a[href^="javascript"]').count(), 0);
      const labels = await p
        .locator('#timeline-0-chart g.fc-points circle, #timeline-0-chart g.fc-points-superseded circle')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      assert.ok(
        labels.some((l) => l.includes('Evil <b>Outlet</b>')),
        labels.join('\n'),
      );
      assert.match(await p.locator('#claims').innerText(), /<script>window.__pwned = 7<\/script>|Evil <b>Outlet<\/b>/);
      await p.close();
      assert.deepEqual(trouble, []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('inlines a page script that cannot end its own element', () => {
    const code = fs.readFileSync(SCRIPT, 'utf8');
    assert.doesNotMatch(code, /<\/script|<!--|<script/i);
  });
});
