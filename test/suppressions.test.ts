// Silencing with a reason, as prose linters do: `<!-- factcheck-disable [verdicts] -->` ...
// `<!-- factcheck-enable -->` and `<!-- factcheck-disable-next-line [verdicts] -->`. The engine marks
// the findings (full and incremental checks alike); the CLI says "silenced" and SARIF reports them
// as suppressions in source; the exit status ignores them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { IncrementalChecker } from '../server/src/engine/incremental';
import { loadLibrary } from '../server/src/engine/library';

const K = (n: string) => `Kirby said at least ${n} North Korean soldiers had arrived in eastern Russia.`;
const DRAFT = [
  K('5,000'),
  '',
  '<!-- factcheck-disable conflicting -->',
  K('6,000'),
  '',
  'North Korea has also sent 200 tanks to Russia.',
  '<!-- factcheck-enable -->',
  '',
  K('7,000'),
  '',
  '<!-- factcheck-disable-next-line -->',
  K('8,000'),
  K('9,000'),
  '',
].join('\n');

describe('suppression comments', () => {
  const library = loadLibrary({ folders: [], bundled: true });
  const silenced = (findings: { claim: string; checked?: string }[]) =>
    findings.map((f) => [f.claim.match(/\d,000|200 tanks/)?.[0], f.checked ?? null]);

  it('a region per verdict, enable ends it, next-line covers one line; the reason is the comment', () => {
    assert.deepEqual(silenced(checkText(DRAFT, library).findings), [
      ['5,000', null],
      ['6,000', '<!-- factcheck-disable conflicting -->'],
      ['200 tanks', null], // unsupported: not the verdict disabled
      ['7,000', null],
      ['8,000', '<!-- factcheck-disable-next-line -->'],
      ['9,000', null],
    ]);
  });

  it('the incremental checker (the editor’s) silences the same findings, across paragraphs', () => {
    const inc = new IncrementalChecker(library);
    assert.deepEqual(silenced(inc.check(DRAFT).findings), silenced(checkText(DRAFT, library).findings));
    // Re-checked after an edit in another paragraph: still silenced.
    assert.deepEqual(silenced(inc.check(DRAFT.replace('9,000', '9,500')).findings).slice(0, 2), [
      ['5,000', null],
      ['6,000', '<!-- factcheck-disable conflicting -->'],
    ]);
  });

  it('the CLI says "silenced", SARIF has suppressions in source, the exit status ignores them', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-supp-')), 'draft.md');
    fs.writeFileSync(file, `<!-- factcheck-disable -->\n${K('5,000')}\n`);
    const bin = path.join(__dirname, '..', 'bin', 'factcheck.js');
    const text = spawnSync('node', [bin, 'check', file], { encoding: 'utf8' });
    assert.equal(text.status, 0);
    assert.match(text.stdout, /note conflicting \(silenced by <!-- factcheck-disable -->\)/);
    const sarif = JSON.parse(spawnSync('node', [bin, 'check', file, '--format', 'sarif'], { encoding: 'utf8' }).stdout);
    assert.deepEqual(sarif.runs[0].results[0].suppressions, [{ kind: 'inSource', justification: '<!-- factcheck-disable -->' }]);
  });

  it('a claim reviewed for the project (.factcheck-reviewed.json) stays silent when re-flowed, and comes back when its words change', () => {
    const claim = K('5,000');
    const reviewed = [
      { claim, verdict: 'conflicting' as const, reason: 'the NSC confirmed 5,000 by phone', who: 'ana', when: '2024-11-25' },
    ];
    const at = (text: string) => checkText(text, library, { reviewed }).findings[0].checked;
    assert.equal(at(`${claim}\n`), 'reviewed by ana on 2024-11-25: the NSC confirmed 5,000 by phone');
    assert.equal(
      at(`Intro line.\n\n${claim.replace('at least 5,000', 'at least\n5,000')}\n`),
      'reviewed by ana on 2024-11-25: the NSC confirmed 5,000 by phone',
    );
    assert.equal(at(`${claim.replace('eastern Russia', 'Russia’s east')}\n`), undefined);
    // The CLI reads the file nearest above the draft.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-reviewed-'));
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.writeFileSync(path.join(dir, '.factcheck-reviewed.json'), JSON.stringify(reviewed));
    fs.writeFileSync(path.join(dir, 'drafts', 'draft.md'), `${claim}\n`);
    const r = spawnSync('node', [path.join(__dirname, '..', 'bin', 'factcheck.js'), 'check', path.join(dir, 'drafts', 'draft.md')], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /checked by hand: reviewed by ana on 2024-11-25/);
  });
});
