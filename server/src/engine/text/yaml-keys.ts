// The yaml package's own duplicate-key check compares every key with every other one (quadratic:
// 32,000 keys of front matter took 31 s). Documents are parsed with it off and checked here in
// linear time: the first repeated key of any mapping, and how many keys there are in all.
import { isMap, isScalar, isSeq, type Node, type ParsedNode } from 'yaml';

export interface KeyReport {
  /** The first key repeated within one mapping, and the 0-based offset where it repeats. */
  duplicate?: { key: string; offset: number };
  /** Keys in all mappings of the document. */
  keys: number;
}

export function checkKeys(root: ParsedNode | Node | null | undefined): KeyReport {
  const report: KeyReport = { keys: 0 };
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const item of node.items) {
        report.keys++;
        const key = isScalar(item.key) ? String(item.key.value) : JSON.stringify(item.key);
        if (seen.has(key) && !report.duplicate)
          report.duplicate = { key, offset: (item.key as { range?: number[] } | null)?.range?.[0] ?? 0 };
        seen.add(key);
        stack.push(item.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return report;
}
