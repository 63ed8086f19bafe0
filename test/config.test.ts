// The project configuration file (.factcheck.yaml): found by walking up from the draft (the nearest
// wins), read by the CLI, its keys the same as the shipped JSON Schema's (registered for editors
// with the YAML language server), and a bad key one message naming the file and the key.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findConfig, loadConfig } from '../server/src/engine/config';
import { TANKS } from './sample-texts';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'factcheck.js');
const KIRBY = 'Kirby said at least 5,000 North Korean soldiers had arrived in eastern Russia.';

describe('project configuration (.factcheck.yaml)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-config-'));
    fs.mkdirSync(path.join(dir, 'newsroom', 'sources'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'newsroom', 'drafts', 'deep'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'newsroom', 'sources', 'tanks.md'),
      `---\nid: tanks\ntitle: Tanks\noutlet: Wire\npublished: 2024-11-01\n---\nNorth Korea has also sent 200 tanks to Russia, officials said.\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'newsroom', '.factcheck.yaml'),
      'sources: sources\nfailOn: [conflicting]\nseverity:\n  supported: off\ncolour: blue\n',
    );
    fs.writeFileSync(path.join(dir, 'newsroom', 'drafts', 'deep', 'draft.md'), `${TANKS}\n\n${KIRBY}\n`);
  });

  it('is found by walking up from the draft; the nearest wins', () => {
    const deep = path.join(dir, 'newsroom', 'drafts', 'deep');
    assert.equal(findConfig(deep), path.join(dir, 'newsroom', '.factcheck.yaml'));
    fs.writeFileSync(path.join(dir, 'newsroom', 'drafts', '.factcheck.yaml'), 'bundled: true\n');
    assert.equal(findConfig(deep), path.join(dir, 'newsroom', 'drafts', '.factcheck.yaml'));
    fs.rmSync(path.join(dir, 'newsroom', 'drafts', '.factcheck.yaml'));
  });

  it('the CLI uses it: its sources, its failOn, a verdict turned off; a bad key is one message naming file and key', () => {
    const draft = path.join(dir, 'newsroom', 'drafts', 'deep', 'draft.md');
    const r = spawnSync('node', [BIN, 'check', draft], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr); // the conflicting Kirby figure fails (failOn: conflicting)
    assert.ok(!/ supported: /.test(r.stdout), 'supported is off');
    assert.match(r.stderr, /\.factcheck\.yaml: warning: colour: unknown key/);
    const json = JSON.parse(spawnSync('node', [BIN, 'check', draft, '--format', 'json'], { cwd: dir, encoding: 'utf8' }).stdout);
    const tanks = json.files[0].findings.find((f: { claim: string }) => f.claim.includes('tanks'));
    assert.ok(!tanks, 'the tanks claim is supported by the configured source, and supported is off');
    // --no-config: the bundled library alone, the default gate.
    const bare = spawnSync('node', [BIN, 'check', draft, '--no-config', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(
      JSON.parse(bare.stdout).files[0].findings.find((f: { claim: string }) => f.claim.includes('tanks')).verdict,
      'unsupported',
    );
  });

  it('the shipped JSON Schema has the keys the loader reads, and package.json registers it', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'factcheck.schema.json'), 'utf8'));
    const f = path.join(dir, 'every-key.yaml');
    fs.writeFileSync(
      f,
      Object.keys(schema.properties)
        .map(
          (k) =>
            `${k}: ${k === 'bundled' ? 'true' : k === 'severity' ? '{}' : k === 'date' ? '2024-11-25' : k === 'failOn' ? '[conflicting]' : 'x'}`,
        )
        .join('\n'),
    );
    assert.deepEqual(loadConfig(f).problems, [], 'every schema key is one the loader knows');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.yamlValidation[0].fileMatch, ['.factcheck.yaml', '.factcheck.yml']);
    assert.ok(fs.existsSync(path.join(ROOT, pkg.contributes.yamlValidation[0].url)));
  });
});
