// End to end in a real VS Code: builds and packages the .vsix, installs it into code-server
// (VS Code 1.100 for the web, installed offline by scripts/install-code-server.sh), opens a copy of
// examples/draft.md and drives the workbench with Chromium: the Problems view lists the findings,
// the status bar counts them, a hover on a conflicting claim names the source's outlet, and the
// "Insert source reference" quick fix adds a footnote, typing `[^` after a claim offers the library
// (the source backing the claim first) and picking one adds the reference and its definition, the
// citation grammar scopes it, and Go to Definition leads to the definition and on to the source
// (read-only), and the claims report opens in a webview beside the draft (its timeline drawn, a
// claim's button reveals it in the draft, typing updates it). Screenshots go to test/e2e/screenshots/.
// Run: npm run test:e2e (FACTCHECK_E2E_KEEP=1 keeps the temp workspace and code-server log).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { ROOT, pidsWith, poll, run, startCodeServer, type CodeServer } from './harness';

const SHOTS = path.join(ROOT, 'test', 'e2e', 'screenshots');
const DRAFT = path.join(ROOT, 'examples', 'draft.md');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Outlets named in the bundled sources' front matter. */
const OUTLETS = fs
  .readdirSync(path.join(ROOT, 'sources'))
  .map((f) => /^outlet:\s*(.+)$/m.exec(fs.readFileSync(path.join(ROOT, 'sources', f), 'utf8'))?.[1].trim())
  .filter((o): o is string => !!o);

/** 1-based line and column of the first occurrence of a phrase in the draft. */
function positionOf(text: string, phrase: string): { line: number; column: number } {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `examples/draft.md no longer contains ${JSON.stringify(phrase)}; update the e2e test`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const timings: Record<string, number> = {};
async function timed<T>(step: string, f: () => Promise<T> | T): Promise<T> {
  const t = Date.now();
  try {
    return await f();
  } finally {
    timings[step] = Date.now() - t;
  }
}

describe('Fact Check in VS Code (code-server + Chromium)', function () {
  this.timeout(20 * 60 * 1000);
  let server: CodeServer | undefined;
  let browserServer: BrowserServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let draftText: string;
  let failed = false;

  const shot = async (name: string) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  };

  /** Runs a command from the command palette (the fallback when a keybinding is taken). */
  const palette = async (title: string) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  };

  /** Puts the cursor at a 1-based line:column with Go to Line. */
  const goTo = async (line: number, column: number) => {
    // Focus in the editor first: a key pressed while a widget or notification holds focus is lost.
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    await poll(
      `the cursor at Ln ${line}, Col ${column}`,
      async () => {
        const text = await page
          .locator('.statusbar-item[id$="status.editor.selection"]')
          .innerText()
          .catch(() => '');
        return text.includes(`Ln ${line}, Col ${column}`) ? true : undefined;
      },
      10_000,
      200,
    );
  };

  before(async function () {
    draftText = fs.readFileSync(DRAFT, 'utf8');
    await timed('build + package', () => {
      run('node', ['scripts/build.mjs']);
      assert.ok(
        fs.existsSync(path.join(ROOT, 'dist', 'server.js')),
        'dist/server.js (the language server bundle) was not built: is server/src/lsp/main.ts there?',
      );
      run('npm', ['run', '--silent', 'package']);
    });
    const vsix = path.join(ROOT, 'factcheck.vsix');
    const listing = run('unzip', ['-l', vsix]);
    for (const f of [
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/dist/server-bundle.js',
      'extension/server/data/entities.yaml',
      'extension/package.json',
    ]) {
      assert.ok(listing.includes(f), `factcheck.vsix lacks ${f}:\n${listing}`);
    }
    // The script writes the executable's path to a file we name (its output, npm's cold-install
    // warnings included, is only for the failure message).
    const pathFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-cs-')), 'code-server.path');
    const installLog = await timed('install code-server', () =>
      run('bash', ['scripts/install-code-server.sh'], { timeoutMs: 30 * 60 * 1000, env: { FACTCHECK_CODE_SERVER_PATH_FILE: pathFile } }),
    );
    const bin = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
    assert.ok(
      bin && fs.existsSync(bin),
      `scripts/install-code-server.sh did not write the code-server path to ${pathFile} (got ${JSON.stringify(bin)}); its output:\n${installLog.slice(-2000)}`,
    );
    assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing (scripts/install-code-server.sh installs Debian's chromium)`);

    server = await timed('start code-server', () => startCodeServer(bin, vsix, [DRAFT]));
    // launchServer, so the browser process can be killed by its pid whatever happens.
    browserServer = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    browser = await chromium.connect(browserServer.wsEndpoint());
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await timed('load workbench', async () => {
      await page.goto(server!.url);
      await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 90_000 });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' }).waitFor({ timeout: 60_000 });
    });
  });

  beforeEach(function () {
    if (failed) this.skip();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      failed = true;
      if (page) await shot(`failure-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
    }
  });

  after(async function () {
    await browser?.close().catch(() => undefined);
    await browserServer?.kill().catch(() => undefined);
    await server?.stop();
    console.log('    timings (ms):', JSON.stringify(timings));
  });

  it('opens the draft with Quick Open', async () => {
    await timed('open draft', async () => {
      await page
        .locator('.monaco-workbench')
        .click({ position: { x: 700, y: 400 } })
        .catch(() => undefined);
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill('draft.md');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'draft.md' }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'draft.md' }).waitFor({ timeout: 15_000 });
      await page.locator('.editor-instance .view-lines', { hasText: 'North Korean' }).first().waitFor({ timeout: 15_000 });
    });
  });

  it('lists the findings in the Problems view and counts them in the status bar', async () => {
    await timed('diagnostics', async () => {
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => palette('View: Focus Problems'));
      await poll(
        'a "Conflicting" warning from Fact Check in the Problems view',
        async () => {
          const text = await panel.innerText().catch(() => '');
          return /Conflicting/.test(text) ? text : undefined;
        },
        120_000,
      ).catch((e) => {
        throw new Error(`${e.message}. Is the language server running? code-server log tail:\n${server!.log().slice(-3000)}`);
      });
      const status = await poll(
        'the Fact Check counts in the status bar',
        async () => {
          const items = await page.locator('.statusbar-item').allInnerTexts();
          return items.find((t) => /\d+ conflicting · \d+ outdated · \d+ unsupported · \d+ supported/.test(t));
        },
        30_000,
      );
      assert.match(status, /2 conflicting · 1 outdated · 1 unsupported · 5 supported/, `status bar: ${status}`);
    });
    await shot('01-problems');
  });

  it('shows the source outlet when hovering a conflicting claim', async () => {
    const at = positionOf(draftText, '"moving toward Kursk');
    const hoverText = await timed('hover', async () => {
      await page.locator('.editor-instance .view-lines').first().click();
      await goTo(at.line, at.column + 10); // inside “toward”
      const hover = page.locator('.monaco-hover:not(.hidden)');
      return poll(
        'the hover on the misquote',
        async () => {
          if (
            !(await hover
              .first()
              .isVisible()
              .catch(() => false))
          ) {
            await page.keyboard.press('Control+K');
            await page.keyboard.press('Control+I'); // Show or Focus Hover
            await page.waitForTimeout(700);
          }
          const text = (await hover.allInnerTexts()).join('\n');
          return /Conflicting|differs/i.test(text) ? text : undefined;
        },
        30_000,
        300,
      );
    });
    await shot('02-hover');
    const named = OUTLETS.filter((o) => hoverText.includes(o));
    assert.ok(named.length > 0, `the hover names none of the outlets ${OUTLETS.join(', ')}:\n${hoverText}`);
    assert.match(hoverText, /Newsweek/, `the misquote's source is Newsweek's article:\n${hoverText}`);
    // The client turns the hover's links to bundled sources into read-only "Open Source" links.
    const links = await page.locator('.monaco-hover a[data-href]').evaluateAll((as) => as.map((a) => a.getAttribute('data-href') ?? ''));
    assert.ok(
      links.some((h) => h.startsWith('command:factcheck.openSource')),
      `no factcheck.openSource link in the hover: ${JSON.stringify(links)}`,
    );
    // The README's screenshot: draft, hover, Problems view and status bar in one.
    fs.copyFileSync(path.join(SHOTS, '02-hover.png'), path.join(ROOT, 'docs', 'screenshot.png'));
    await page.keyboard.press('Escape');
  });

  it('inserts a footnote with the "Insert source reference" quick fix', async () => {
    const at = positionOf(draftText, 'roughly **12,000**');
    const before = draftText;
    await timed('quick fix', async () => {
      await goTo(at.line, at.column);
      const rows = page.locator('.action-widget .monaco-list-row');
      const offered = await poll(
        'the quick fix menu',
        async () => {
          if (
            !(await rows
              .first()
              .isVisible()
              .catch(() => false))
          ) {
            await page.keyboard.press('Control+.');
            await page.waitForTimeout(800);
          }
          const texts = await rows.allInnerTexts();
          return texts.length ? texts : undefined;
        },
        30_000,
        300,
      ).catch(async (e) => {
        const none = await page.locator('text=No code actions available').count();
        throw new Error(
          none ? 'Ctrl+. says "No code actions available" on a supported claim: the server offers no quick fixes there' : e.message,
        );
      });
      await shot('03-quick-fix');
      const item = rows.filter({ hasText: /^\s*Insert source reference(?!s)/ }).first();
      if (!(await item.count())) {
        throw new Error(
          `The "Insert source reference" quick fix is not offered on line ${at.line} (a supported claim). Offered: ${JSON.stringify(offered)}. The server's code actions may not be finished.`,
        );
      }
      // With the keyboard: the menu's pointer block swallows mouse clicks in the web workbench.
      const label = (await item.getAttribute('aria-label')) ?? (await item.innerText());
      await poll(
        `"${label}" focused in the quick fix menu`,
        async () => {
          const focused = await page
            .locator('.action-widget .monaco-list-row.focused')
            .getAttribute('aria-label')
            .catch(() => null);
          if (focused === label) return true;
          await page.keyboard.press('ArrowDown');
          return undefined;
        },
        10_000,
        150,
      );
      await page.keyboard.press('Enter');
      await page
        .locator('.action-widget')
        .waitFor({ state: 'hidden', timeout: 10_000 })
        .catch(() => undefined);
      await page.keyboard.press('Control+S');
    });
    const file = path.join(server!.workspace, 'draft.md');
    const after = await poll(
      'the saved draft to change',
      () => {
        const t = fs.readFileSync(file, 'utf8');
        return t !== before ? t : undefined;
      },
      15_000,
    );
    await shot('04-cited');
    const refs = (t: string) => [...t.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]);
    const defs = (t: string) => [...t.matchAll(/^\[\^([^\]\s]+)\]:\s*\S/gm)].map((m) => m[1]);
    const newRefs = refs(after).filter((id) => !refs(before).includes(id));
    assert.ok(newRefs.length > 0, `no new [^…] footnote reference in the draft:\n${after}`);
    for (const id of newRefs) assert.ok(defs(after).includes(id), `footnote [^${id}] has no definition line "[^${id}]: …":\n${after}`);
    const line = after.split('\n')[at.line - 1];
    assert.match(line, /\[\^[^\]]+\]/, `the reference is on the claim's line: ${line}`);
  });

  it('completes a footnote after [^ with a source from the library, adding its definition', async () => {
    const file = path.join(server!.workspace, 'draft.md');
    const before = fs.readFileSync(file, 'utf8');
    const claim = 'moved into the Belgorod region.';
    const at = positionOf(before, claim);
    const wanted = 'newsweek-2024-11-23'; // the source backing that claim: offered first
    await timed('completion', async () => {
      await page.locator('.tab', { hasText: 'draft.md' }).first().click();
      await goTo(at.line, at.column + claim.length);
      await page.keyboard.type('[^');
      const widget = page.locator('.editor-widget.suggest-widget.visible');
      const rows = widget.locator('.monaco-list-row');
      const offered = await poll(
        'the suggest widget listing the library after [^',
        async () => {
          if (!(await widget.isVisible().catch(() => false))) {
            await page.keyboard.press('Control+Space');
            await page.waitForTimeout(800);
          }
          const texts = await rows.allInnerTexts().catch(() => []);
          return texts.some((t) => t.includes(wanted)) ? texts : undefined;
        },
        30_000,
        300,
      ).catch(async (e) => {
        const text = await page
          .locator('.editor-instance .view-lines')
          .first()
          .innerText()
          .catch(() => '');
        throw new Error(
          `${e.message}. Nothing offered after typing [^ (is the server's completionProvider registered?). Editor:\n${text.slice(0, 2000)}`,
        );
      });
      await shot('07-completion');
      const focused = await page
        .locator('.suggest-widget .monaco-list-row.focused')
        .innerText()
        .catch(() => '');
      assert.ok(
        focused.includes(wanted),
        `the source backing the claim (${wanted}) should be offered first; focused: ${focused}; offered: ${JSON.stringify(offered)}`,
      );
      assert.ok(
        offered.some((t) => t.includes('CNN · 2024-10-24')),
        `the items show outlet and date: ${JSON.stringify(offered)}`,
      );
      await page.keyboard.press('Enter');
      await widget.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      await page.keyboard.press('Control+S');
    });
    const after = await poll(
      'the saved draft to change',
      () => {
        const t = fs.readFileSync(file, 'utf8');
        return t !== before ? t : undefined;
      },
      15_000,
    );
    await shot('08-completed');
    assert.ok(after.includes(`${claim}[^${wanted}]`), `the reference follows the claim:\n${after}`);
    assert.ok(!after.includes(`[^${wanted}]]`), `no doubled bracket:\n${after}`);
    assert.match(
      after,
      new RegExp(
        `^\\[\\^${wanted}\\]: Newsweek, "North Korean troops deployed to new Russian frontline region", 2024-11-23, https://\\S+\\.$`,
        'm',
      ),
      `its definition was added:\n${after}`,
    );
    assert.equal(after.split(`[^${wanted}]:`).length, 2, 'one definition');
  });

  it('scopes the footnote reference with the injected citation grammar', async () => {
    const text = fs.readFileSync(path.join(server!.workspace, 'draft.md'), 'utf8');
    const at = positionOf(text, '[^newsweek-2024-11-23]');
    const scopes = await timed('grammar', async () => {
      await goTo(at.line, at.column + 4); // inside the id
      await palette('Developer: Inspect Editor Tokens and Scopes');
      const widget = page.locator('.token-inspect-widget');
      return poll(
        'the token inspector',
        async () => {
          const t = await widget.innerText().catch(() => '');
          return /factcheck/.test(t) ? t : undefined;
        },
        20_000,
        300,
      ).catch(async (e) => {
        throw new Error(`${e.message}: no factcheck scope at the reference; inspector: ${await widget.innerText().catch(() => '(none)')}`);
      });
    });
    await shot('09-grammar');
    assert.match(scopes, /constant\.other\.reference\.footnote\.factcheck/, scopes);
    assert.match(scopes, /meta\.footnote\.reference\.factcheck/, scopes);
    // Coloured as a link is, by the default theme too (string.other.link, innermost).
    assert.match(scopes, /string\.other\.link\.footnote\.factcheck/, scopes);
    assert.ok(!/No theme selector/.test(scopes), `the default theme colours the reference:\n${scopes}`);
    await page.keyboard.press('Escape');
  });

  it('goes from a footnote to its definition, and from the definition to the source, read-only', async () => {
    const text = fs.readFileSync(path.join(server!.workspace, 'draft.md'), 'utf8');
    const ref = positionOf(text, '[^newsweek-2024-11-23]');
    const def = positionOf(text, '[^newsweek-2024-11-23]:');
    await timed('definition', async () => {
      await goTo(ref.line, ref.column + 4);
      await page.keyboard.press('F12');
      await poll(
        `the cursor on the definition (line ${def.line})`,
        async () => {
          const t = await page
            .locator('.statusbar-item[id$="status.editor.selection"]')
            .innerText()
            .catch(() => '');
          return t.includes(`Ln ${def.line},`) ? true : undefined;
        },
        15_000,
        300,
      );
      await goTo(def.line, def.column + 4);
      await page.keyboard.press('F12');
      await page.locator('.tab.active', { hasText: 'newsweek-2024-11-23.md' }).waitFor({ timeout: 15_000 });
      const editor = page.locator('.editor-group-container.active .monaco-editor').first();
      await editor.locator('.view-lines', { hasText: 'Kovalenko' }).first().waitFor({ timeout: 15_000 });
      await shot('10-definition');
      await page.keyboard.type('zzqq');
      await page.waitForTimeout(500);
      assert.ok(
        !(await editor.locator('.view-lines').first().innerText()).includes('zzqq'),
        'the bundled source opened from a definition must be read-only',
      );
      await page.keyboard.press('Control+W');
      await page.locator('.tab.active', { hasText: 'draft.md' }).waitFor({ timeout: 15_000 });
    });
  });

  it('shows the source library and opens a bundled source read-only', async () => {
    await timed('library', async () => {
      await palette('Fact Check: Show Source Library');
      const rows = page.locator('.quick-input-list .monaco-list-row');
      const cnn = rows.filter({ hasText: 'CNN' }).first();
      await cnn.waitFor({ timeout: 30_000 }).catch(async (e) => {
        throw new Error(`the library quick pick did not list the CNN source: ${e.message}\n${(await rows.allInnerTexts()).join('\n')}`);
      });
      const text = await cnn.innerText();
      assert.match(text, /CNN · 2024-10-24 · \d+ records?/, `the CNN item shows outlet, date and record count: ${text}`);
      await shot('05-library');
      await page.locator('.quick-input-widget input').fill('CNN');
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'cnn-2024-10-24.md' }).waitFor({ timeout: 15_000 });
      const editor = page.locator('.editor-group-container.active .monaco-editor').first();
      await editor.locator('.view-lines', { hasText: 'Kirby' }).first().waitFor({ timeout: 15_000 });
      await editor.locator('.view-lines').first().click();
      await page.keyboard.type('zzqq');
      await page.waitForTimeout(500);
      assert.ok(!(await editor.locator('.view-lines').first().innerText()).includes('zzqq'), 'a bundled source must not be editable');
    });
  });

  it('shows the claims report beside the draft: claims, a timeline; a click reveals the claim; typing updates it', async () => {
    const file = path.join(server!.workspace, 'draft.md');
    const text = fs.readFileSync(file, 'utf8');
    const singh = positionOf(text, 'On 18 November, Deputy Pentagon');
    const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await timed('report', async () => {
      await page.locator('.tab', { hasText: 'draft.md' }).first().click();
      await palette('Fact Check: Show Claims Report');
      await page.locator('.tab', { hasText: 'Claims: draft.md' }).waitFor({ timeout: 30_000 });
      await report
        .locator('#timeline-0-chart g.fc-points circle')
        .first()
        .waitFor({ timeout: 60_000 })
        .catch((e: Error) => {
          throw new Error(`the report webview drew no timeline: ${e.message}`);
        });
    });
    const points = await report.locator('#timeline-0-chart g.fc-points circle, #timeline-0-chart g.fc-points-superseded circle').count();
    assert.equal(points, 7, 'the troop counts timeline has the library’s seven figures (a figure per brigade is not one of them)');
    assert.equal(await report.locator('#timeline-0-chart g[class^="fc-draft-"] path').count(), 4, 'and the draft’s four');
    const claims = await report.locator('li.claim').count();
    assert.ok(claims >= 9, `the report lists the claims (${claims})`);
    // Themed: the webview's colours are VS Code's (the editor background), not the file's defaults.
    const bg = await report.locator('body').evaluate((b: any) => b.ownerDocument.defaultView.getComputedStyle(b).backgroundColor as string);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
    await shot('11-report');

    // A claim is a button: pressing it puts the draft's cursor on the claim.
    await timed('report reveal', async () => {
      await report.locator('button.reveal', { hasText: 'roughly 11,000 North Korean troops' }).click();
      await poll(
        `the draft's selection on the claim (line ${singh.line})`,
        async () => {
          const t = await page
            .locator('.statusbar-item[id$="status.editor.selection"]')
            .innerText()
            .catch(() => '');
          return t.includes(`Ln ${singh.line},`) ? t : undefined;
        },
        15_000,
        300,
      );
      await page.locator('.editor-group-container.active .tab.active[data-resource-name="draft.md"]').waitFor({ timeout: 10_000 });
    });

    // Typing a new claim in the draft updates the report.
    const unsupported = async () => Number(await report.locator('.totals li.verdict-unsupported .n').innerText());
    const before = await unsupported();
    await timed('report update', async () => {
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('North Korea has also sent 300 artillery systems to Russia.');
      // The report follows the typing: a count taken while the sentence was half typed can already
      // have grown, so wait for the whole claim to be listed and counted.
      await poll(
        'the report to list and count the new unsupported claim',
        async () => {
          const listed = await report.locator('li.claim', { hasText: '300 artillery systems' }).count();
          return listed > 0 && (await unsupported().catch(() => before)) > before ? true : undefined;
        },
        30_000,
        300,
      );
    });
    await shot('12-report-updated');
  });

  it('restarts a crashed language server and says so', async () => {
    await timed('restart', async () => {
      // Only the server started from this test's extensions dir, by pid.
      const pids = pidsWith(path.join(server!.extensions, ''));
      const lsp = pids.filter((p) => fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('dist/server.js'));
      assert.ok(lsp.length === 1, `expected one language server process under ${server!.extensions}, found ${lsp.length}`);
      process.kill(lsp[0], 'SIGKILL');
      await page.locator('.notification-toast', { hasText: 'stopped unexpectedly; restarting it' }).first().waitFor({ timeout: 30_000 });
      await shot('06-restarted');
      await poll(
        'a new language server process',
        () => {
          const now = pidsWith(path.join(server!.extensions, '')).filter(
            (p) => p !== lsp[0] && fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('dist/server.js'),
          );
          return now.length ? now : undefined;
        },
        30_000,
      );
      // Back on the draft, the restarted server checks it again.
      await page.locator('.tab', { hasText: 'draft.md' }).first().click();
      await poll(
        'the counts in the status bar again',
        async () => {
          const items = await page.locator('.statusbar-item').allInnerTexts();
          return items.find((t) => /\d+ conflicting · \d+ outdated/.test(t));
        },
        60_000,
      );
    });
  });
});
