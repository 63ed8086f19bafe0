// End-to-end tests of the built `factcheck` command: runs `node bin/factcheck.js` as a child process
// against examples/draft.md, the bundled sources and throwaway drafts (source folders of its own:
// test/cli-sources.test.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FM, KIRBY_WRONG, SINGH, TANKS } from './sample-texts';
import { BIN, ROOT, assertSlicesClaims, buildOnce, byClaim, json, run, slice, writerIn, type Fnd } from './cli-harness';

const DRAFT = 'examples/draft.md';
const LINE = /^examples\/draft\.md:\d+:\d+: (warning|info|note) (conflicting|outdated|unsupported|supported): /;
const KOVALENKO = 'On Friday, Andrii Kovalenko wrote on Telegram that some North Korean troops had moved into the Belgorod region.';

let tmp: string;
/** Writes a file under the temp dir and returns its absolute path. */
const write = writerIn(() => tmp);

describe('factcheck CLI (built, child process)', function () {
  this.timeout(60000);

  before(function () {
    this.timeout(120000);
    buildOnce();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-cli-'));
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('examples/draft.md', () => {
    it('text output: finding lines, indented evidence, a count line; exit 1', () => {
      const r = run(['check', DRAFT]);
      assert.equal(r.status, 1, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      const count = lines.pop()!;
      assert.match(count, /^examples\/draft\.md: \d+ conflicting, \d+ outdated, \d+ unsupported, \d+ supported$/);
      assert.ok(lines.length > 0);
      let findings = 0;
      for (const l of lines) {
        if (/^\s/.test(l)) assert.match(l, /^ {4}\S/, `evidence line: ${l}`);
        else {
          assert.match(l, LINE);
          findings++;
        }
      }
      assert.match(lines[0], LINE);
      const verdicts = new Set(lines.filter((l) => LINE.test(l)).map((l) => LINE.exec(l)![2]));
      assert.deepEqual([...verdicts].sort(), ['conflicting', 'outdated', 'supported', 'unsupported']);
      const n = count
        .match(/\d+/g)!
        .map(Number)
        .reduce((a, b) => a + b, 0);
      assert.equal(n, findings);
      assert.ok(lines.some((l) => l.startsWith('    ') && /\[sources\/[\w.-]+\.md:\d+:\d+\]$/.test(l)));
    });

    it('--format json: shape, ranges slice the claims, excerpts lie in their sources', () => {
      const { r, out } = json(['check', DRAFT]);
      assert.equal(r.status, 1);
      assert.equal(out.files.length, 1);
      assert.equal(out.files[0].path, DRAFT);
      const text = fs.readFileSync(path.join(ROOT, DRAFT), 'utf8');
      const findings = out.files[0].findings;
      assert.ok(findings.length >= 4);
      for (const f of findings) {
        for (const p of [f.range.start, f.range.end]) assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character));
        assert.equal(typeof f.claim, 'string');
        assert.ok(['conflicting', 'outdated', 'unsupported', 'supported'].includes(f.verdict));
        assert.ok(Array.isArray(f.aspects) && typeof f.message === 'string' && Array.isArray(f.evidence));
        for (const ev of f.evidence) {
          assert.equal(typeof ev.relation, 'string');
          assert.ok(ev.range, `evidence from ${ev.source} has a range`);
          const src = fs.readFileSync(path.join(ROOT, 'sources', `${ev.source}.md`), 'utf8');
          assert.equal(slice(src, ev.range), ev.excerpt, `excerpt of ${ev.source} at ${JSON.stringify(ev.range)}`);
        }
      }
      assertSlicesClaims(text, findings);
      assert.equal(byClaim(out, KIRBY_WRONG)?.verdict, 'conflicting');
      assert.equal(byClaim(out, TANKS)?.verdict, 'unsupported');
      const hur = findings.find((f) => f.claim.includes('12,000'));
      assert.equal(hur?.verdict, 'supported');
      assert.ok(hur.evidence.some((e) => e.relation === 'supports'));
      assert.ok(!findings.some((f) => f.claim.startsWith('It is hard to see')), 'the opinion is not a claim');
      const quote = findings.find((f) => f.claim.includes('"moving toward Kursk'));
      assert.equal(quote?.verdict, 'conflicting');
      assert.deepEqual((quote as Fnd & { quoteDiff?: unknown }).quoteDiff, { draft: 'toward', source: 'into' });
    });

    it('a misquote whose last word is changed names both words', () => {
      const claim = 'Singh said the troops were "moving into Kursk for a purpose."';
      const { out } = json(['check', write('quote/last-word.md', `${FM}${claim}\n`)]);
      const f = byClaim(out, claim) as Fnd & { quoteDiff?: unknown };
      assert.equal(f?.verdict, 'conflicting');
      assert.deepEqual(f.quoteDiff, { draft: 'purpose', source: 'reason' }, f.message);
    });

    it('--format sarif: 2.1.0 with results, rule ids and 1-based regions', () => {
      const r = run(['check', DRAFT, '--format', 'sarif']);
      assert.equal(r.status, 1);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { region: Record<string, number> } }[] }[];
      assert.ok(results.length > 0);
      for (const res of results) {
        assert.match(res.ruleId, /\S/);
        const reg = res.locations[0].physicalLocation.region;
        assert.ok(reg.startLine >= 1 && reg.startColumn >= 1 && reg.endLine >= reg.startLine && reg.endColumn >= 1);
      }
      const { out } = json(['check', DRAFT]);
      const first = out.files[0].findings[0].range.start;
      assert.deepEqual(
        [results[0].locations[0].physicalLocation.region.startLine, results[0].locations[0].physicalLocation.region.startColumn],
        [first.line + 1, first.character + 1],
      );
    });
  });

  describe('exit status and options', () => {
    it('0 with only supported and unsupported claims, 1 with a conflict', () => {
      const ok = write('exit/ok.md', `${FM}${SINGH}\n\n${TANKS}\n`);
      const r0 = run(['check', ok]);
      assert.equal(r0.status, 0, r0.stdout);
      assert.match(r0.stdout, /1 unsupported, 1 supported/);
      const bad = write('exit/bad.md', `${FM}${KIRBY_WRONG}\n`);
      assert.equal(run(['check', bad]).status, 1);
    });

    it('2 for a missing file, naming it', () => {
      const r = run(['check', 'no-such-draft.md']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no-such-draft\.md/);
    });

    it('2 for a bad option or a bad --date; --help exits 0', () => {
      const o = run(['check', DRAFT, '--frobnicate']);
      assert.equal(o.status, 2);
      assert.match(o.stderr, /--frobnicate/);
      for (const d of ['2024-02-30', 'yesterday', '2024-13-01']) {
        const r = run(['check', DRAFT, '--date', d]);
        assert.equal(r.status, 2, `--date ${d}`);
        assert.match(r.stderr, /--date/);
      }
      const h = run(['--help']);
      assert.equal(h.status, 0);
      assert.match(h.stdout, /Usage:/);
    });

    it('--date overrides the date weekdays are resolved against', () => {
      const p = write('date/kovalenko.md', `${KOVALENKO}\n`);
      const a = json(['check', p, '--date', '2024-11-25']);
      assert.equal(a.r.status, 0);
      assert.equal(byClaim(a.out, KOVALENKO)?.verdict, 'supported');
      const b = json(['check', p, '--date', '2024-11-30']);
      assert.equal(b.r.status, 1);
      assert.equal(byClaim(b.out, KOVALENKO)?.verdict, 'conflicting');
    });

    it('a weekday written with its date ("Thursday 24 October") is that date', () => {
      const claim =
        "Ukraine's military intelligence said on Thursday 24 October that roughly 12,000 North Korean soldiers had been deployed to Russia.";
      const { out } = json(['check', write('date/weekday.md', `${FM}${claim}\n`)]);
      assert.equal(byClaim(out, claim)?.verdict, 'supported', byClaim(out, claim)?.message);
    });
  });

  describe('positions', () => {
    it('CRLF line endings: ranges slice the claims exactly', () => {
      const text = `${FM}# Update\n\nIntro line.\n${SINGH}\n${TANKS}\n`.replace(/\n/g, '\r\n');
      const { out } = json(['check', write('pos/crlf.md', text)]);
      assert.equal(byClaim(out, SINGH)?.verdict, 'supported');
      assert.ok(byClaim(out, TANKS));
      assertSlicesClaims(text, out.files[0].findings);
      assert.equal(slice(text, byClaim(out, SINGH)!.range), SINGH);
    });

    it('emoji and non-BMP characters before a claim: ranges count UTF-16 units', () => {
      const text = `${FM}# Live 🇺🇦 updates 🚀\n\nOur 😀 reporter in 𝒦yiv filed this 🚀. ${SINGH} ${TANKS}\n`;
      const { out } = json(['check', write('pos/emoji.md', text)]);
      const f = byClaim(out, SINGH);
      assert.equal(f?.verdict, 'supported');
      assert.equal(slice(text, f.range), SINGH);
      assertSlicesClaims(text, out.files[0].findings);
    });

    it('an emoji between two sentences does not merge them', () => {
      const text = `${FM}${SINGH} 😀 ${TANKS}\n`;
      const { out } = json(['check', write('pos/emoji-between.md', text)]);
      assertSlicesClaims(text, out.files[0].findings);
      assert.equal(byClaim(out, SINGH)?.verdict, 'supported', JSON.stringify(out.files[0].findings.map((x) => x.claim)));
    });
  });

  describe('bad input', () => {
    it('an empty file: no findings, exit 0', () => {
      const { r, out } = json(['check', write('bad/empty.md', '')]);
      assert.equal(r.status, 0);
      assert.deepEqual(out.files[0].findings, []);
    });

    it('a binary file: a message naming it, exit 2, the other files still checked', () => {
      const binary = write('bad/image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0]));
      const ok = write('bad/ok.md', `${FM}${SINGH}\n`);
      const r = run(['check', binary, ok]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /image\.md.*binary/);
      assert.match(r.stdout, /ok\.md:4:1: note supported: /);
    });

    it('invalid UTF-8: a warning naming the file, still checked', () => {
      const p = write(
        'bad/latin1.md',
        Buffer.concat([Buffer.from(`${FM}Caf`), Buffer.from([0xe9, 0xff]), Buffer.from(` news.\n\n${SINGH}\n`)]),
      );
      const r = run(['check', p]);
      assert.equal(r.status, 0);
      assert.match(r.stderr, /latin1\.md.*warning.*UTF-8/);
      assert.match(r.stdout, /latin1\.md:\d+:1: note supported: /);
    });

    it('a 20 MB draft of repeated real sentences completes (with the size limit raised)', function () {
      this.timeout(120000);
      const unit = `${SINGH} ${TANKS} It is hard to see how this ends.\n\n`;
      const p = path.join(tmp, 'bad', 'big.md');
      fs.writeFileSync(p, FM + unit.repeat(Math.ceil((20 * 1024 * 1024) / unit.length)));
      const outFile = path.join(tmp, 'bad', 'big.out');
      const fd = fs.openSync(outFile, 'w');
      let r;
      try {
        r = spawnSync('node', [BIN, 'check', p, '--max-chars', '25000000'], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      } finally {
        fs.closeSync(fd);
      }
      assert.equal(r.status, 0, r.stderr);
      const out = fs.readFileSync(outFile, 'utf8');
      const last = out.trimEnd().split('\n').pop()!;
      const m = /: 0 conflicting, 0 outdated, (\d+) unsupported, (\d+) supported$/.exec(last);
      assert.ok(m, last);
      assert.ok(Number(m[1]) > 1000 && Number(m[2]) > 1000, last);
    });

    it('malformed front matter: a warning, still checked', () => {
      const p = write('bad/fm.md', `---\ndate: [2024-11-25\ntitle: "x\n---\n${SINGH}\n`);
      const { r, out } = json(['check', p]);
      assert.ok(out.files[0].problems.some((x) => x.severity === 'warning' && /front matter/.test(`${x.field} ${x.message}`)));
      assert.ok(byClaim(out, SINGH));
      assert.match(run(['check', p]).stderr, /fm\.md: warning: /);
      assert.notEqual(r.status, 2);
    });

    it('front matter never closed: a warning, still checked', () => {
      const p = write('bad/unclosed.md', `---\ndate: 2024-11-25\n\n${SINGH}\n`);
      const { out } = json(['check', p]);
      assert.ok(out.files[0].findings.some((f) => f.claim.includes('roughly 11,000')));
      assert.ok(
        out.files[0].problems.some((x) => x.severity === 'warning'),
        JSON.stringify(out.files[0]),
      );
    });
  });
});
