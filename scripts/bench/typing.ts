// 3. Typing: over a real stdio LSP connection to dist/server.js, keystrokes in the middle of a
// 10,000-word draft (a sentence typed character by character at the end of a middle paragraph, then
// deleted with backspaces), each timed from sending its didChange to receiving the diagnostics for
// that version. The debounce is set to 0 through the workspace/configuration answer, so the figure
// is the server's work and the transport, not the wait for typing to pause. Two ways to get them:
// pushed (publishDiagnostics: every diagnostic of the draft on every keystroke, as a client without
// pull diagnostics gets them) and pulled (a textDocument/diagnostic request after each didChange
// with the last result id, as VS Code's client sends it: "unchanged" while nothing moved). With
// `load`, a parallel build runs all the while (load.ts).
import type { Library } from '../../server/src/engine/api';
import { makeDraft, wordCount } from './drafts';
import { startLoad } from './load';
import { BenchClient, positionAt } from './lsp-client';
import { now, round, summarize, type Summary } from './stats';

const TYPED = ' North Korea has sent about 3,000 more troops to the Kursk region, officials said.';

export interface TypingResult {
  /** How the client gets diagnostics; `load`: measured with a parallel build running. */
  mode?: 'push' | 'pull';
  load?: { builds: number };
  words: number;
  keystrokes: Summary & { p95: number };
  diagnostics: number;
  /** The first publish (push) or full report (pull), bytes of JSON. */
  bytes: number;
  /** Pull: the share of answers that were "unchanged", and the bytes received per keystroke (mean). */
  unchanged?: number;
  bytesPerKeystroke?: number;
  firstCheckMs: number;
}

export async function typing(
  library: Library,
  opts: { words?: number; samples: number; warmup: number; pull?: boolean; load?: boolean },
): Promise<TypingResult> {
  const words = opts.words ?? 10000;
  const text = makeDraft(library, { words, seed: 31337 });
  const pull = !!opts.pull;
  const client = new BenchClient({ settings: { debounce: 0 }, pull });
  const uri = 'file:///bench/typing-draft.md';
  const load = opts.load ? startLoad() : undefined;
  try {
    await load?.ready;
    await client.initialize();
    let version = 1;
    const t0 = now();
    let first: { diagnostics: unknown[]; bytes: number };
    if (pull) {
      await client.open(uri, text, version);
      const r = await client.pull(uri);
      first = { diagnostics: r.items ?? [], bytes: r.bytes };
    } else {
      const published = client.diagnostics(uri, version);
      await client.open(uri, text, version);
      const p = await published;
      first = { diagnostics: p.diagnostics, bytes: JSON.stringify(p).length };
    }
    const firstCheckMs = now() - t0;
    // The end of the paragraph that ends nearest the middle of the draft.
    const mid = text.indexOf('\n\n', Math.floor(text.length / 2));
    const at = positionAt(text, mid);
    const times: number[] = [];
    let unchanged = 0;
    let received = 0;
    let typed = 0; // characters of TYPED currently in the document
    let deleting = false;
    for (let k = 0; k < opts.warmup + opts.samples; k++) {
      if (!deleting && typed === TYPED.length) deleting = true;
      if (deleting && typed === 0) deleting = false;
      version++;
      const wait = pull ? undefined : client.diagnostics(uri, version);
      const t = now();
      if (deleting) {
        await client.edit(uri, version, at.line, at.character + typed, '', 1);
        typed--;
      } else {
        await client.edit(uri, version, at.line, at.character + typed, TYPED[typed]);
        typed++;
      }
      let bytes = 0;
      if (pull) {
        const r = await client.pull(uri);
        bytes = r.bytes;
        if (r.kind === 'unchanged' && k >= opts.warmup) unchanged++;
      } else bytes = JSON.stringify(await wait).length;
      if (k >= opts.warmup) {
        times.push(now() - t);
        received += bytes;
      }
    }
    return {
      mode: pull ? 'pull' : 'push',
      ...(load ? { load: { builds: load.builds() } } : {}),
      words: wordCount(text),
      keystrokes: summarize(times, true) as Summary & { p95: number },
      diagnostics: first.diagnostics.length,
      bytes: first.bytes,
      ...(pull ? { unchanged: round(unchanged / times.length, 3) } : {}),
      bytesPerKeystroke: Math.round(received / times.length),
      firstCheckMs: Math.round(firstCheckMs),
    };
  } finally {
    await client.close();
    await load?.stop();
  }
}
