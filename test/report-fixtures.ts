// Fixtures for the claims report tests: a source that tries to inject markup, script and links
// through its text, front matter and url, and a draft that cites it and gives its measure's figures.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadLibrary, type Library } from '../server/src/engine';

/** A source that tries everything: markup in its text, front matter and url. */
export const HOSTILE_SOURCE = `---
id: hostile-2024-11-01
title: "<script>window.__pwned = 1</script><img src=x onerror=\\"window.__pwned = 2\\">"
outlet: "Evil <b>Outlet</b> \u202eesrever"
published: 2024-11-01
url: "javascript:window.__pwned = 3"
---

The ministry spokesman <a href="javascript:window.__pwned=4">Ivan Petrov</a> said on Friday that 7,000 North Korean soldiers </script><script>window.__pwned = 5</script> had arrived in the Kursk region.

Petrov said that at least 9,000 North Korean soldiers were in the Kursk region on 3 November <img src=x onerror="window.__pwned=6">.
`;

/** A draft that cites the hostile source and gives the same measure's figures. */
export const HOSTILE_DRAFT = `---
date: 2024-11-25
---

Ivan Petrov said on 1 November that 7,000 North Korean soldiers had arrived in the Kursk region.[^hostile-2024-11-01]

[^hostile-2024-11-01]: <script>window.__pwned = 7</script>
`;

export function hostileLibrary(): { dir: string; library: Library } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-hostile-'));
  fs.writeFileSync(path.join(dir, 'hostile-2024-11-01.md'), HOSTILE_SOURCE);
  return { dir, library: loadLibrary({ folders: [dir], bundled: false }) };
}
