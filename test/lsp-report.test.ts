// The language server's `factcheck/report` request: the claims report of an open draft as of its
// current version, saying what the diagnostics say; bad parameters are an error, a closed draft null.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Harness, fileUri, serverSuite } from './lsp-harness';
import { REPORT_REQUEST, type ReportResult } from '../server/src/lsp/report-protocol';

const DRAFT = fs.readFileSync(path.join(__dirname, '..', 'examples', 'draft.md'), 'utf8');

describe('language server: the claims report request', function () {
  this.timeout(30000);
  let tmp = '';
  serverSuite('factcheck-lsp-report-', (dir) => (tmp = dir));

  it('reports an open draft as of its current version, with the counts of its diagnostics', async () => {
    const h = await Harness.start();
    const uri = fileUri(path.join(tmp, 'draft.md'));
    await h.open(uri, DRAFT, 3);
    const diagnostics = await h.diagnosticsOf(uri, 3);
    const r = await h.request<ReportResult>(REPORT_REQUEST, { uri });
    assert.ok(r);
    assert.equal(r.version, 3);
    assert.equal(r.report.draft, 'draft.md');
    assert.equal(r.report.date, '2024-11-25');
    assert.deepEqual(r.report.totals.verdicts, { conflicting: 2, outdated: 1, unsupported: 1, supported: 5 });
    const claims = diagnostics.filter((d) => !String(d.code ?? '').startsWith('citation/'));
    assert.equal(r.report.claims.length, claims.length);
    assert.deepEqual(
      r.report.timelines.map((t) => [t.measure.label, t.points.length, t.draft.length]),
      [
        ['North Korean soldiers', 7, 4],
        ['tanks', 0, 1],
      ],
    );

    // An edit: the next request describes the new version (checked now if need be).
    await h.change(uri, 4, DRAFT.replace('at least **5,000**', 'at least **3,000**'));
    const after = await h.request<ReportResult>(REPORT_REQUEST, { uri });
    assert.equal(after?.version, 4);
    assert.deepEqual(after?.report.totals.verdicts, { conflicting: 1, outdated: 1, unsupported: 1, supported: 6 });
    const kirby = after?.report.timelines[0].draft.find((d) => /3,000/.test(d.text));
    assert.equal(kirby?.verdict, 'supported');
  });

  it('answers null for a draft that is not open, and an error without a uri', async () => {
    const h = await Harness.start();
    assert.equal(await h.request<ReportResult>(REPORT_REQUEST, { uri: fileUri(path.join(tmp, 'closed.md')) }), null);
    await assert.rejects(h.request(REPORT_REQUEST, {}), /needs the URI of an open draft/);
    await assert.rejects(h.request(REPORT_REQUEST, { uri: 42 }), /needs the URI of an open draft/);
  });
});
