// Workspace trust, without a server: which setting paths an untrusted workspace keeps.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { DEFAULTS } from '../server/src/lsp/settings';
import { Workspace } from '../server/src/lsp/workspace';

const fileUri = (p: string) => URI.file(p).toString();

describe('workspace trust', () => {
  it('untrusted: restricted paths outside the workspace are dropped, the bibliography falls back to its default', () => {
    const ws = new Workspace();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-trust-ws-'));
    ws.setFolders([fileUri(folder)]);
    const doc = fileUri(path.join(folder, 'draft.md'));
    const settings = {
      ...DEFAULTS,
      sources: ['inside', '../elsewhere', '/etc'],
      aliases: ['a.aliases.yaml', '/tmp/x.yaml'],
      bibliography: '../refs.json',
    };
    assert.deepEqual(ws.restrict(doc, settings).ignored, []); // trusted by default
    ws.setTrusted(false);
    const { settings: s, ignored } = ws.restrict(doc, settings);
    assert.deepEqual(s.sources, ['inside']);
    assert.deepEqual(s.aliases, ['a.aliases.yaml']);
    assert.equal(s.bibliography, DEFAULTS.bibliography);
    assert.deepEqual(ignored.map((i) => i.key).sort(), ['aliases', 'bibliography', 'sources']);
    assert.equal(ws.resolvePath(doc, 'inside'), path.join(folder, 'inside'));
    // A link inside the workspace that points outside it counts as outside.
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-outside-'));
    fs.symlinkSync(outside, path.join(folder, 'link-out'));
    assert.ok(!ws.inside(path.join(folder, 'link-out')));
    assert.deepEqual(ws.restrict(doc, { ...DEFAULTS, sources: ['link-out', 'inside'] }).settings.sources, ['inside']);
    fs.rmSync(outside, { recursive: true, force: true });
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
