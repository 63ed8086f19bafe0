// End-to-end tests of the built `factcheck` command with source folders of its own (--sources,
// --no-bundled, a folder's alias file, broken front matter, duplicate ids) and `factcheck records`.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KHARKIV } from './sample-texts';
import { ROOT, buildOnce, byClaim, json, run, slice, writerIn, type Rng } from './cli-harness';

const CREWS = 'Repair crews from Kharkivoblenergo said they had restored electricity to 1,200 homes by the evening.';

let tmp: string;
const write = writerIn(() => tmp);

describe('factcheck CLI (built, child process): source folders and records', function () {
  this.timeout(60000);

  before(function () {
    this.timeout(120000);
    buildOnce();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-cli-sources-'));
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('source folders', () => {
    const ARTICLE = `---\nid: kharkiv-power-2024-11-19\ntitle: Strikes leave thousands without power in Kharkiv\noutlet: Example Wire\npublished: 2024-11-19\n---\nStrikes leave thousands without power in Kharkiv\n\n${KHARKIV}\n\n${CREWS}\n`;
    const DFM = '---\ndate: 2024-11-20\n---\n';

    it('--sources DIR --no-bundled: a repeated figure is supported, a changed one conflicting', () => {
      const dir = path.dirname(write('src1/kharkiv-power.md', ARTICLE));
      const changed = KHARKIV.replace('4,500', '7,000');
      const draft = write('src1-draft.md', `${DFM}${KHARKIV}\n\n${changed}\n`);
      const { r, out } = json(['check', draft, '--sources', dir, '--no-bundled']);
      assert.equal(r.status, 1);
      const ok = byClaim(out, KHARKIV);
      assert.equal(ok?.verdict, 'supported');
      assert.ok(ok.evidence.some((e) => e.relation === 'supports' && e.source === 'kharkiv-power-2024-11-19'));
      const bad = byClaim(out, changed);
      assert.equal(bad?.verdict, 'conflicting');
      assert.ok(bad.evidence.some((e) => e.source === 'kharkiv-power-2024-11-19'));
      const text = run(['check', draft, '--sources', dir, '--no-bundled']).stdout;
      assert.doesNotMatch(text, /newsweek|cnn-2024/);
    });

    it('a source without front matter: warnings naming the file and field; its records still work', () => {
      const dir = path.dirname(write('src2/no-front-matter.md', `${KHARKIV}\n`));
      const draft = write('src2-draft.md', `${DFM}${KHARKIV}\n`);
      const r = run(['check', draft, '--sources', dir, '--no-bundled']);
      assert.match(r.stderr, /no-front-matter\.md: warning: id: /);
      assert.match(r.stderr, /no-front-matter\.md: warning: published: /);
      assert.match(r.stdout, /note supported: .*no-front-matter/);
      assert.equal(r.status, 0);
    });

    it('two sources with one id: an error naming both files', () => {
      const head = '---\nid: same-id\ntitle: T\npublished: 2024-11-19\n---\n';
      write('src3/first.md', `${head}${KHARKIV}\n`);
      const dir = path.dirname(write('src3/second.md', `${head}${CREWS}\n`));
      const r = run(['records', '--sources', dir, '--no-bundled']);
      assert.match(r.stderr, /error: .*same-id/);
      const err = r.stderr.split('\n').find((l) => /error/.test(l))!;
      assert.match(err, /first\.md/);
      assert.match(err, /second\.md/);
    });

    it('a *.aliases.yaml file in the folder joins two names of one organisation', () => {
      const dir = path.dirname(write('src4/kharkiv-power.md', ARTICLE));
      const claim = CREWS.replace('Kharkivoblenergo', 'the Kharkiv Regional Power Company');
      const draft = write('src4-draft.md', `${DFM}${claim}\n`);
      const before = json(['check', draft, '--sources', dir, '--no-bundled']).out;
      assert.notEqual(byClaim(before, claim)?.verdict, 'supported', 'without the alias file the names differ');
      write(
        'src4/power.aliases.yaml',
        'orgs:\n  kharkivoblenergo:\n    names: [Kharkivoblenergo, Kharkiv Regional Power Company]\n    country: ukraine\n',
      );
      const { r, out } = json(['check', draft, '--sources', dir, '--no-bundled']);
      assert.equal(r.status, 0);
      const f = byClaim(out, claim);
      assert.equal(f?.verdict, 'supported', f?.message);
      assert.ok(f.evidence.some((e) => e.source === 'kharkiv-power-2024-11-19'));
    });
  });

  describe('records', () => {
    const IDS = ['border-zone-2024-10-24', 'cnn-2024-10-24', 'kursk-combat-2024-11-13', 'newsweek-2024-11-23', 'viewus-2024-10-25'];

    it('--format json lists the bundled sources with records pointing into the files', () => {
      const r = run(['records', '--format', 'json']);
      assert.equal(r.status, 0);
      const out = JSON.parse(r.stdout) as { sources: { id: string; file: string; records: { range: Rng; text: string }[] }[] };
      assert.deepEqual(out.sources.map((s) => s.id).sort(), IDS);
      for (const s of out.sources) {
        assert.ok(s.records.length > 0, s.id);
        const text = fs.readFileSync(path.resolve(ROOT, s.file), 'utf8');
        for (const rec of s.records) assert.equal(slice(text, rec.range), rec.text, `${s.id} ${JSON.stringify(rec.range)}`);
      }
    });

    it("a story folder's learned offices are listed, in text and in JSON", () => {
      const dir = path.join(ROOT, 'test', 'fixtures', 'stories', 'derail', 'sources');
      const text = run(['records', '--sources', dir, '--no-bundled']);
      assert.equal(text.status, 0);
      assert.match(text.stdout, /^ +learned offices: .*\bchief investigator\b/m);
      const json = JSON.parse(run(['records', '--sources', dir, '--no-bundled', '--format', 'json']).stdout) as {
        sources: { learned: { offices: string[] } }[];
      };
      assert.ok(json.sources.some((s) => s.learned.offices.includes('chief investigator')));
    });

    it("who holds which office, and its seat, are listed (the ferry story's Oriental Mindoro governor)", () => {
      const dir = path.join(ROOT, 'test', 'fixtures', 'stories', 'ferry', 'sources');
      const text = run(['records', '--sources', dir, '--no-bundled']);
      assert.match(text.stdout, /^ +offices held: .*\bpaglinawan: governor \(of oriental-mindoro\)/m);
      const json = JSON.parse(run(['records', '--sources', dir, '--no-bundled', '--format', 'json']).stdout) as {
        sources: { learned: { held: { person: string; titles: string[]; seats: string[] }[] } }[];
      };
      const held = json.sources.flatMap((s) => s.learned.held).filter((h) => h.person === 'paglinawan');
      assert.ok(held.some((h) => h.titles.includes('governor') && h.seats.includes('oriental-mindoro')));
      // (A person named with no office holds none: the survivor Dizon is no office holder.)
      assert.ok(!json.sources.flatMap((s) => s.learned.held).some((h) => h.person === 'dizon'));
    });

    it('text output names each source and its record count', () => {
      const r = run(['records']);
      assert.equal(r.status, 0);
      for (const id of IDS) assert.match(r.stdout, new RegExp(`^${id}  .*\\(\\d+ records?\\)$`, 'm'));
    });
  });
});
