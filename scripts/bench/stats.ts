// Timing helpers shared by the benchmark modules: summaries (median, min, max), a clock, the
// machine the run is on, and the garbage collector when node runs with --expose-gc.
import * as os from 'os';

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** 95th percentile, for latency series. */
  p95?: number;
  n: number;
}

export function summarize(xs: number[], withP95 = false): Summary {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const median = s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: round(median), min: round(s[0]), max: round(s[s.length - 1]), ...(withP95 ? { p95: round(q(0.95)) } : {}), n: s.length };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Milliseconds since an arbitrary start, sub-millisecond. */
export const now = () => performance.now();

/** Runs `f` `warmup` times unmeasured, then `runs` times measured; `f(i)` gets the run number. */
export async function repeat(runs: number, warmup: number, f: (i: number) => unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await f(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await f(i);
    out.push(now() - t);
  }
  return out;
}

/** A full collection, when node runs with --expose-gc (several passes settle weak references). */
export function gc(): boolean {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) return false;
  for (let i = 0; i < 3; i++) g();
  return true;
}

export const MB = 1024 * 1024;

export interface Machine {
  cpus: number;
  cpu: string;
  memoryGB: number;
  node: string;
  platform: string;
  /** 1-minute load average at the start and at the end of the run. */
  loadStart: number;
  loadEnd?: number;
  date: string;
}

export function machine(): Machine {
  return {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadStart: round(os.loadavg()[0]),
    date: new Date().toISOString(),
  };
}

export const load1 = () => round(os.loadavg()[0]);
