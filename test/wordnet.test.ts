import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { conceptsOf, lemmaOf, senseCount } from '../server/src/engine/data/wordnet';
import { loadLibrary } from '../server/src/engine/library';

const ROOT = path.join(__dirname, '..');
const akin = (a: string, b: string) => conceptsOf(lemmaOf(a)!).some((c) => conceptsOf(lemmaOf(b)!).includes(c));

describe('WordNet', () => {
  it('gives irregular and inflected forms their lemma, a verb reading first', () => {
    assert.equal(lemmaOf('held'), 'hold');
    assert.equal(lemmaOf('sent'), 'send');
    assert.equal(lemmaOf('fought'), 'fight');
    assert.equal(lemmaOf('escalated'), 'escalate');
    assert.equal(lemmaOf('finished'), 'finish');
    assert.equal(lemmaOf('rumours'), 'rumour');
    assert.equal(lemmaOf('deployments'), 'deployment');
    assert.equal(lemmaOf('geolocated'), undefined, 'a word WordNet does not know has no lemma');
  });

  it('relates words that share a sense or a derivation, and not unrelated ones', () => {
    assert.ok(akin('escalation', 'escalated'), 'a noun and the verb it derives from');
    assert.ok(akin('rumours', 'rumors'), 'spellings');
    assert.ok(akin('faulted', 'blamed'));
    assert.ok(akin('stopped', 'halted'));
    assert.ok(akin('killed', 'slain'));
    assert.ok(!akin('blamed', 'praised'));
    assert.ok(!akin('deny', 'confirm'));
  });

  it('counts senses: general words have many, specific ones few', () => {
    assert.ok(senseCount('meet') > 10);
    assert.ok(senseCount('escalate') <= 3);
    assert.equal(senseCount('sergeevka'), 0);
  });

  it('server/data/wordnet.json is what scripts/build-wordnet.mjs makes', function () {
    this.timeout(60_000);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-wn-')), 'wordnet.json');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-wordnet.mjs'), out], { stdio: 'pipe' });
    assert.ok(
      fs.readFileSync(out).equals(fs.readFileSync(path.join(ROOT, 'server', 'data', 'wordnet.json'))),
      'regenerate it: node scripts/build-wordnet.mjs',
    );
  });
});

describe('the event judge compares what happened through WordNet', () => {
  const library = loadLibrary({ folders: [], bundled: true });
  const verdict = (text: string) => checkText(`${text}\n`, library).findings[0]?.verdict ?? 'none';

  it('supports a paraphrase with other words for the same predicate (real-news sentence)', () => {
    // CNN: "Moscow has assigned Russian Deputy Defense Minister Yunus-Bek Yevkurov to oversee the
    // 'training and adaptation' of the North Korean troops" (via Viewus).
    assert.equal(
      verdict(
        'Moscow has put Deputy Defense Minister Yunus-Bek Yevkurov in charge of overseeing the training and adaptation of the North Korean soldiers.',
      ),
      'supported',
    );
  });

  it('does not support an event the sources do not report, even with the same names', () => {
    assert.equal(
      verdict('Moscow has dismissed Deputy Defense Minister Yunus-Bek Yevkurov over a bribery scandal in the navy.'),
      'unsupported',
    );
  });
});
