// The command line's arguments (commands, options, dates, the gate's verdicts, usage errors) and how
// it reads drafts (files, standard input, encodings), in process. Its output formats:
// test/cli-format.test.ts.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isValidDate, parseArgs, UsageError } from '../server/src/cli/args';
import { readDraft } from '../server/src/cli/input';
import { main } from '../server/src/cli/main';

describe('cli: arguments', () => {
  it('parses check and records', () => {
    const a = parseArgs([
      'check',
      'a.md',
      '--sources',
      's1',
      'b.md',
      '--sources=s2',
      '--no-bundled',
      '--aliases',
      'al.yaml',
      '--date',
      '2024-02-29',
      '--format',
      'sarif',
    ]);
    const gate = { failOn: ['conflicting', 'outdated'], quiet: false, ignore: [] };
    assert.deepEqual(a, {
      command: 'check',
      files: ['a.md', 'b.md'],
      sources: ['s1', 's2'],
      bundled: false,
      aliases: ['al.yaml'],
      date: '2024-02-29',
      format: 'sarif',
      ...gate,
    });
    assert.deepEqual(parseArgs(['records', '--format', 'json']), {
      command: 'records',
      files: [],
      sources: [],
      bundled: true,
      aliases: [],
      format: 'json',
      ...gate,
    });
    assert.deepEqual(parseArgs(['check', 'a.md', '--fail-on', 'unsupported,conflicting', '--quiet', '--ignore', '*.tmp.md']).failOn, [
      'unsupported',
      'conflicting',
    ]);
    assert.deepEqual(parseArgs(['check', '--', '-odd.md']).files, ['-odd.md']);
    assert.equal(parseArgs(['--help']).command, 'help');
    assert.equal(parseArgs(['check', '-h']).command, 'help');
    assert.equal(parseArgs(['--version']).command, 'version');
  });

  for (const [argv, pattern] of [
    [['check', 'a.md', '--format', 'xml'], /invalid --format 'xml'/],
    [['check', 'a.md', '--date', '2024-02-30'], /invalid --date '2024-02-30'/],
    [['check', 'a.md', '--date', '24-1-1'], /invalid --date/],
    [['check'], /missing FILE/],
    [['check', '--no-bundled'], /missing FILE/],
    [[], /missing command/],
    [['verify', 'a.md'], /unknown command 'verify'/],
    [['check', 'a.md', '--strict'], /unknown option '--strict'/],
    [['check', 'a.md', '--date'], /'--date' needs a value/],
    [['check', 'a.md', '--sources', '--no-bundled'], /'--sources' needs a value/],
    [['check', 'a.md', '--no-bundled=yes'], /takes no value/],
    [['records', 'a.md'], /unexpected argument/],
    [['records', '--format', 'sarif'], /only for 'check'/],
    [['records', '--date', '2024-01-01'], /only for 'check'/],
  ] as [string[], RegExp][]) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      assert.throws(
        () => parseArgs(argv),
        (e: unknown) => e instanceof UsageError && pattern.test(e.message) && !e.message.includes('\n'),
      );
    });
  }

  it('validates calendar dates', () => {
    assert.ok(isValidDate('2024-02-29'));
    assert.ok(!isValidDate('2023-02-29'));
    assert.ok(!isValidDate('2024-13-01'));
    assert.ok(!isValidDate('2024-00-10'));
  });

  it('main: help, version and usage errors need no library', async () => {
    const io = () => {
      const o = { out: '', err: '', stdout: (t: string) => void (o.out += t), stderr: (t: string) => void (o.err += t) };
      return o;
    };
    const h = io();
    assert.equal(await main(['--help'], h), 0);
    assert.match(h.out, /^Usage:/);
    const v = io();
    assert.equal(await main(['--version'], v), 0);
    assert.match(v.out, /^factcheck \d+\.\d+\.\d+/);
    const u = io();
    assert.equal(await main(['check', 'a.md', '--format', 'xml'], u), 2);
    assert.match(u.err, /^factcheck: invalid --format 'xml'/);
    const s = io();
    assert.equal(await main(['check', '--format', 'sarif'], s), 2);
    assert.equal(JSON.parse(s.out).runs[0].invocations[0].executionSuccessful, false);
  });
});

describe('cli: reading drafts', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-cli-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, data: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, data);
    return p;
  };

  it('reads UTF-8 and keeps a leading BOM', () => {
    assert.deepEqual(readDraft(write('bom.md', '\uFEFFHello')), { text: '\uFEFFHello' });
    assert.deepEqual(readDraft(write('empty.md', '')), { text: '' });
  });
  it('reports missing files and directories as errors naming them', () => {
    const missing = path.join(dir, 'missing.md');
    const r = readDraft(missing);
    assert.equal(r.text, undefined);
    assert.equal(r.problem?.severity, 'error');
    assert.ok(r.problem?.message.includes(missing));
    assert.equal(readDraft(dir).problem?.severity, 'error');
  });
  it('refuses binary files', () => {
    const r = readDraft(write('bin.md', Buffer.from([0x41, 0x00, 0x42])));
    assert.equal(r.text, undefined);
    assert.match(r.problem?.message ?? '', /binary file/);
  });
  it('warns about invalid UTF-8 and decodes leniently', () => {
    const p = write('latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
    const r = readDraft(p);
    assert.equal(r.text, 'caf\uFFFD.');
    assert.equal(r.problem?.severity, 'warning');
    assert.ok(r.problem?.message.includes(p));
  });
});
