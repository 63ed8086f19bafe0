// 3. Typing: over a real stdio LSP connection to dist/server.js, keystrokes in the middle of a
// 10,000-word draft (a sentence typed character by character at the end of a middle paragraph, then
// deleted with backspaces), each timed from sending its didChange to receiving the diagnostics for
// that version. The debounce is set to 0 through the workspace/configuration answer, so the figure
// is the server's work and the transport, not the wait for typing to pause.
import type { Library } from '../../server/src/engine/api';
import { makeDraft, wordCount } from './drafts';
import { BenchClient, positionAt } from './lsp-client';
import { now, summarize, type Summary } from './stats';

const TYPED = ' North Korea has sent about 3,000 more troops to the Kursk region, officials said.';

export interface TypingResult {
  words: number;
  keystrokes: Summary & { p95: number };
  diagnostics: number;
  bytes: number;
  firstCheckMs: number;
}

export async function typing(library: Library, opts: { words?: number; samples: number; warmup: number }): Promise<TypingResult> {
  const words = opts.words ?? 10000;
  const text = makeDraft(library, { words, seed: 31337 });
  const client = new BenchClient({ settings: { debounce: 0 } });
  const uri = 'file:///bench/typing-draft.md';
  try {
    await client.initialize();
    let version = 1;
    const t0 = now();
    const first = client.diagnostics(uri, version);
    await client.open(uri, text, version);
    const published = await first;
    const firstCheckMs = now() - t0;
    // The end of the paragraph that ends nearest the middle of the draft.
    const mid = text.indexOf('\n\n', Math.floor(text.length / 2));
    const at = positionAt(text, mid);
    const times: number[] = [];
    let typed = 0; // characters of TYPED currently in the document
    let deleting = false;
    for (let k = 0; k < opts.warmup + opts.samples; k++) {
      if (!deleting && typed === TYPED.length) deleting = true;
      if (deleting && typed === 0) deleting = false;
      version++;
      const wait = client.diagnostics(uri, version);
      const t = now();
      if (deleting) {
        await client.edit(uri, version, at.line, at.character + typed, '', 1);
        typed--;
      } else {
        await client.edit(uri, version, at.line, at.character + typed, TYPED[typed]);
        typed++;
      }
      await wait;
      if (k >= opts.warmup) times.push(now() - t);
    }
    return {
      words: wordCount(text),
      keystrokes: summarize(times, true) as Summary & { p95: number },
      diagnostics: published.diagnostics.length,
      bytes: JSON.stringify(published).length,
      firstCheckMs: Math.round(firstCheckMs),
    };
  } finally {
    await client.close();
  }
}
