import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { draftDate, parseFrontMatter, readSourceMeta, splitFrontMatter } from '../server/src/engine/sources/frontmatter';
import { loadSources } from '../server/src/engine/sources/load';
import type { Problem } from '../server/src/engine/types';

const repo = path.resolve(__dirname, '..');
const bundledDir = path.join(repo, 'sources');
const seedsDir = path.resolve(repo, '..', 'shared', 'seeds');

const BUNDLED: Record<string, { published: string; seed: string }> = {
  'newsweek-2024-11-23': { published: '2024-11-23', seed: '000_a070c63f3b256ddc.txt' },
  'viewus-2024-10-25': { published: '2024-10-25', seed: '001_758ec0573360c858.txt' },
  'kursk-combat-2024-11-13': { published: '2024-11-13', seed: '002_0f827ea2ce340606.txt' },
  'border-zone-2024-10-24': { published: '2024-10-24', seed: '003_42fc694e5a38e64f.txt' },
  'cnn-2024-10-24': { published: '2024-10-24', seed: '004_1379b8f685d6ab53.txt' },
};

const GOOD = '---\nid: good\ntitle: Good\npublished: 2024-10-24\n---\nNorth Korean troops were seen.\n';

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-sources-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

function load(files: Record<string, string | Buffer>) {
  const dir = tempDir(files);
  return { dir, ...loadSources([{ dir, bundled: false }]) };
}

function about(problems: Problem[], file: string, field?: string): Problem[] {
  return problems.filter((p) => p.file.endsWith(file) && (field === undefined || p.field === field));
}

describe('sources: bundled library', () => {
  it('loads the five bundled sources with their ids and dates and no problems', () => {
    const { sources, problems } = loadSources([{ dir: bundledDir, bundled: true }]);
    assert.deepEqual(problems, []);
    assert.deepEqual(sources.map((s) => s.meta.id).sort(), Object.keys(BUNDLED).sort());
    for (const s of sources) {
      assert.equal(s.meta.published, BUNDLED[s.meta.id].published);
      assert.ok(s.meta.title, `${s.meta.id} has a title`);
      assert.equal(s.bundled, true);
      assert.ok(path.isAbsolute(s.path));
      assert.equal(s.text, fs.readFileSync(s.path, 'utf8'));
    }
    const viewus = sources.find((s) => s.meta.id === 'viewus-2024-10-25')!;
    assert.equal(viewus.meta.author, 'Daniel Kim');
    assert.equal(viewus.meta.outlet, 'Viewus');
    const cnn = sources.find((s) => s.meta.id === 'cnn-2024-10-24')!;
    assert.equal(cnn.meta.url, undefined);
    const kursk = sources.find((s) => s.meta.id === 'kursk-combat-2024-11-13')!;
    assert.equal(kursk.meta.outlet, undefined);
  });

  it('keeps each article body byte for byte as in the seed file', function () {
    // The seeds live outside this repository (../shared/seeds) and exist only where the library
    // was imported; the project's tests must not depend on them, so skip when they are absent.
    if (!fs.existsSync(seedsDir)) this.skip();
    const { sources } = loadSources([{ dir: bundledDir, bundled: true }]);
    for (const s of sources) {
      const seed = fs.readFileSync(path.join(seedsDir, BUNDLED[s.meta.id].seed));
      const file = fs.readFileSync(s.path);
      const bodyBytes = Buffer.byteLength(s.text.slice(0, s.bodyStart), 'utf8');
      assert.ok(file.subarray(bodyBytes).equals(seed), `${s.meta.id}: body differs from the seed`);
      assert.equal(s.text.slice(s.bodyStart), seed.toString('utf8'));
    }
  });
});

describe('sources: splitFrontMatter', () => {
  it('finds the block, with LF, CRLF, a BOM and a "..." terminator', () => {
    const lf = splitFrontMatter('---\nid: a\n---\nbody');
    assert.deepEqual(lf, { raw: 'id: a\n', bodyStart: 14, span: { start: 4, end: 10 } });
    const crlf = splitFrontMatter('---\r\nid: a\r\n---\r\nbody')!;
    assert.equal(crlf.raw, 'id: a\r\n');
    assert.equal('---\r\nid: a\r\n---\r\nbody'.slice(crlf.bodyStart), 'body');
    const bom = splitFrontMatter('\uFEFF---\nid: a\n...\nbody')!;
    assert.equal(bom.raw, 'id: a\n');
    assert.equal(bom.span.start, 5);
    assert.equal(splitFrontMatter('---\nid: a\n---')!.bodyStart, 13); // no line break: end of text
    assert.equal(splitFrontMatter('---\n---\nbody')!.raw, '');
  });

  it('finds nothing without a first-line "---" or a closing line', () => {
    assert.equal(splitFrontMatter('body\n---\nid: a\n---\n'), undefined);
    assert.equal(splitFrontMatter('--- \nid: a\n---\n'), undefined);
    assert.equal(splitFrontMatter('---\nid: a\nno end\n'), undefined);
    assert.equal(splitFrontMatter(''), undefined);
  });

  it('is fast on a long unterminated block', () => {
    const text = '---\n' + 'x: 1\n'.repeat(200_000);
    const t = Date.now();
    assert.equal(splitFrontMatter(text), undefined);
    assert.ok(Date.now() - t < 1000);
  });
});

describe('sources: front matter problems', () => {
  it('warns about missing front matter, naming the file and the fields id and published', () => {
    const { sources, problems } = load({ 'no-front.md': 'Just an article.\n' });
    assert.equal(sources.length, 1);
    assert.equal(sources[0].meta.id, 'no-front');
    assert.equal(sources[0].meta.published, undefined);
    assert.equal(sources[0].bodyStart, 0);
    for (const field of ['id', 'published']) {
      const p = about(problems, 'no-front.md', field);
      assert.equal(p.length, 1, `one problem for ${field}`);
      assert.equal(p[0].severity, 'warning');
    }
  });

  it('warns about malformed YAML, naming the file and the line', () => {
    const { sources, problems } = load({
      'bad.md': '---\nid: bad\ntitle: [unclosed\npublished: 2024-10-24\n---\nText.\n',
      'good.md': GOOD,
    });
    const p = about(problems, 'bad.md', 'front matter');
    assert.equal(p.length, 1);
    assert.equal(p[0].severity, 'warning');
    assert.match(p[0].message, /line \d+/);
    assert.deepEqual(
      sources.map((s) => s.meta.id),
      ['bad', 'good'],
    );
  });

  it('stops a YAML alias bomb with a warning, quickly', () => {
    const names = 'abcdefghij'.split('');
    const lines = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < names.length; i++) {
      const prev = `*${names[i - 1]}`;
      lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(prev).join(',')}]`);
    }
    const t = Date.now();
    const direct = parseFrontMatter(lines.join('\n'), 'bomb.md');
    assert.deepEqual(direct.data, {});
    assert.equal(direct.problems.length, 1);
    assert.equal(direct.problems[0].severity, 'warning');
    const { problems } = load({ 'bomb.md': `---\n${lines.join('\n')}\n---\nText.\n` });
    assert.equal(about(problems, 'bomb.md', 'front matter').length, 1);
    assert.ok(Date.now() - t < 2000);
  });

  it('warns about front matter that is not a mapping, and about huge values', () => {
    assert.equal(parseFrontMatter('- a\n- b\n', 'x.md').problems.length, 1);
    assert.equal(parseFrontMatter('just text\n', 'x.md').problems.length, 1);
    assert.deepEqual(parseFrontMatter('', 'x.md'), { data: {}, problems: [] });
    const big = parseFrontMatter(`id: a\nnote: ${'x'.repeat(10_001)}\n`, 'x.md');
    assert.deepEqual(big.data, { id: 'a' });
    assert.equal(big.problems.length, 1);
    assert.equal(big.problems[0].field, 'note');
  });

  it('warns about wrong types, naming the fields', () => {
    const { sources, problems } = load({
      'types.md': '---\nid: types\ntitle: {a: 1}\npublished: [1, 2]\noutlet: [x]\n---\nText.\n',
    });
    assert.equal(sources.length, 1);
    assert.equal(sources[0].meta.title, undefined);
    assert.equal(sources[0].meta.published, undefined);
    for (const field of ['title', 'published', 'outlet']) {
      assert.equal(about(problems, 'types.md', field).length, 1, `a problem for ${field}`);
    }
  });

  it('validates ids, dates and urls', () => {
    const r = readSourceMeta({ id: 'bad id!', title: 'T', published: '2024-02-30', url: 'javascript:alert(1)' }, 'f.md', 'f');
    assert.equal(r.meta.id, 'f');
    assert.equal(r.meta.published, undefined);
    assert.equal(r.meta.url, undefined);
    assert.deepEqual(r.problems.map((p) => p.field).sort(), ['id', 'published', 'url']);
    const ok = readSourceMeta({ id: 'a.b_c-1', title: 'T', published: new Date('2024-10-24') }, 'f.md', 'f');
    assert.deepEqual(ok.meta, { id: 'a.b_c-1', title: 'T', published: '2024-10-24' });
    assert.deepEqual(ok.problems, []);
    const noTitle = readSourceMeta({ id: 'x', published: '2024-10-24' }, 'f.md', 'f');
    assert.deepEqual(
      noTitle.problems.map((p) => p.field),
      ['title'],
    );
  });

  it('reads CRLF front matter', () => {
    const text = '---\r\nid: crlf\r\ntitle: CRLF\r\npublished: 2024-11-13\r\n---\r\nBody line.\r\n';
    const { sources, problems } = load({ 'crlf.md': text });
    assert.deepEqual(problems, []);
    assert.equal(sources[0].meta.id, 'crlf');
    assert.equal(sources[0].meta.title, 'CRLF');
    assert.equal(sources[0].meta.published, '2024-11-13');
    assert.equal(sources[0].text.slice(sources[0].bodyStart), 'Body line.\r\n');
  });
});

describe('sources: loading folders', () => {
  it('reports a duplicate id as an error naming both files and keeps the first', () => {
    const { sources, problems } = load({
      'a.md': GOOD,
      'b.md': GOOD.replace('Good', 'Other'),
    });
    assert.equal(sources.length, 1);
    assert.equal(sources[0].meta.title, 'Good');
    const dup = problems.filter((p) => p.severity === 'error');
    assert.equal(dup.length, 1);
    assert.match(dup[0].message, /a\.md/);
    assert.match(dup[0].message, /b\.md/);
  });

  it('skips binary, empty and oversized files, reads invalid UTF-8 leniently, and loads the rest', () => {
    const { sources, problems } = load({
      'binary.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]),
      'empty.md': '',
      'blank.md': '---\nid: blank\npublished: 2024-10-24\n---\n  \n\n',
      'latin1.md': Buffer.concat([Buffer.from(GOOD.replace('good', 'latin')), Buffer.from([0xe9, 0x0a])]),
      'good.md': GOOD,
    });
    assert.deepEqual(sources.map((s) => s.meta.id).sort(), ['good', 'latin']);
    assert.match(about(problems, 'binary.md')[0].message, /binary/);
    assert.match(about(problems, 'empty.md')[0].message, /empty source/);
    assert.match(about(problems, 'blank.md')[0].message, /empty source/);
    const bad = about(problems, 'latin1.md');
    assert.equal(bad.length, 1);
    assert.equal(bad[0].severity, 'warning');
    assert.match(bad[0].message, /UTF-8/);
    assert.ok(sources.find((s) => s.meta.id === 'latin')!.text.includes('\uFFFD'));
  });

  it('skips files over 5 MB', () => {
    const dir = tempDir({ 'good.md': GOOD });
    fs.writeFileSync(path.join(dir, 'huge.md'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    const { sources, problems } = loadSources([{ dir, bundled: false }]);
    assert.deepEqual(
      sources.map((s) => s.meta.id),
      ['good'],
    );
    assert.match(about(problems, 'huge.md')[0].message, /too large \(5\.0 MB\)/);
  });

  it('reports a missing folder and an unreadable file, and still loads the others', () => {
    const dir = tempDir({ 'good.md': GOOD });
    fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
    const missing = path.join(dir, 'no-such-folder');
    const { sources, problems } = loadSources([
      { dir: missing, bundled: false },
      { dir, bundled: false },
    ]);
    assert.deepEqual(
      sources.map((s) => s.meta.id),
      ['good'],
    );
    const folder = problems.filter((p) => p.file === missing);
    assert.equal(folder.length, 1);
    assert.equal(folder[0].severity, 'error');
    assert.equal(about(problems, 'dangling.md')[0].severity, 'error');
  });

  it('recurses into sub-folders but not dot-folders or node_modules, and skips READMEs', () => {
    const { sources, problems } = load({
      'README.md': '# About these sources\n',
      'notes.aliases.yaml': 'a: b\n',
      'sub/deep/one.markdown': GOOD.replace('good', 'one'),
      'sub/two.txt': GOOD.replace('good', 'two'),
      '.git/three.md': GOOD.replace('good', 'three'),
      'node_modules/four.md': GOOD.replace('good', 'four'),
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      sources.map((s) => s.meta.id),
      ['one', 'two'],
    );
  });

  it('is deterministic and marks bundled sources', () => {
    const files = { 'b.md': GOOD.replace('good', 'b'), 'a.md': GOOD.replace('good', 'a') };
    const first = load(files);
    assert.deepEqual(
      first.sources.map((s) => s.meta.id),
      ['a', 'b'],
    );
    const again = loadSources([{ dir: first.dir, bundled: true }]);
    assert.ok(again.sources.every((s) => s.bundled));
  });
});

describe('sources: draftDate', () => {
  it('reads a date or the date part of a datetime', () => {
    assert.deepEqual(draftDate('---\ndate: 2024-11-23\n---\nDraft.', 'd.md'), { date: '2024-11-23', problems: [] });
    assert.equal(draftDate('---\r\ndate: 2024-11-23T09:30:00Z\r\n---\r\nDraft.', 'd.md').date, '2024-11-23');
    assert.deepEqual(draftDate('No front matter.', 'd.md'), { problems: [] });
    assert.deepEqual(draftDate('---\ntitle: x\n---\n', 'd.md'), { problems: [] });
  });

  it('warns about an invalid date', () => {
    for (const bad of ['date: yesterday', 'date: 2024-13-01', 'date: [1]']) {
      const r = draftDate(`---\n${bad}\n---\nDraft.`, 'd.md');
      assert.equal(r.date, undefined);
      assert.equal(r.problems.length, 1);
      assert.equal(r.problems[0].field, 'date');
      assert.equal(r.problems[0].file, 'd.md');
    }
  });
});

describe('source folders: links', () => {
  it('no link is followed out of the folder (a link to / is not walked; a file outside is not read)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-links-'));
    const src = path.join(dir, 'src');
    fs.mkdirSync(src);
    fs.writeFileSync(path.join(src, 'a.md'), '---\nid: a\ntitle: A\npublished: 2024-01-01\n---\nNorth Korea sent troops.\n');
    fs.writeFileSync(path.join(dir, 'private.md'), '---\nid: private\n---\nA secret.\n');
    fs.symlinkSync('/', path.join(src, 'root'));
    fs.symlinkSync(path.join(dir, 'private.md'), path.join(src, 'private.md'));
    fs.mkdirSync(path.join(src, 'inner'));
    fs.symlinkSync(src, path.join(src, 'inner', 'loop')); // a cycle inside: read once
    const { sources, problems } = loadSources([{ dir: src, bundled: false }]);
    assert.deepEqual(
      sources.map((s) => s.meta.id),
      ['a'],
    );
    assert.equal(problems.filter((p) => /link to outside the source folder/.test(p.message)).length, 2);
  });
});

describe('source folders: re-loading', () => {
  it('a re-load reads again only the files that changed (the others are the same sources, records reused)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-reload-'));
    for (let i = 0; i < 50; i++)
      fs.writeFileSync(
        path.join(dir, `s${i}.md`),
        `---\nid: s${i}\ntitle: S${i}\npublished: 2024-01-01\n---\nNorth Korea sent ${i + 10} troops.\n`,
      );
    const first = loadSources([{ dir, bundled: false }]).sources;
    const changed = path.join(dir, 's7.md');
    fs.writeFileSync(changed, `---\nid: s7\ntitle: S7\npublished: 2024-01-01\n---\nNorth Korea sent 999 troops.\n`);
    fs.utimesSync(changed, new Date(), new Date(Date.now() + 5000)); // a modification time that surely differs
    const second = loadSources([{ dir, bundled: false }]).sources;
    const same = second.filter((s, i) => s === first[i]).length;
    assert.equal(same, 49, 'every unchanged file is the source read before');
    assert.ok(second.find((s) => s.meta.id === 's7')!.text.includes('999'));
  });
});
