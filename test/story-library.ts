// Libraries for the verdict tests: a story of test/fixtures/stories by name, and a small story
// written by a test into a temporary folder (removed by the caller with `remove`).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkText } from '../server/src/engine/check';
import { loadLibrary } from '../server/src/engine/library';

export type StoryLibrary = ReturnType<typeof loadLibrary>;

/** A fixture story's sources, alone (no bundled library, no alias file). */
export function storyLibrary(name: string): StoryLibrary {
  return loadLibrary({ folders: [path.join(__dirname, 'fixtures', 'stories', name, 'sources')], bundled: false, aliasFiles: [] });
}

/** Articles written for a test (id, publication date, text), loaded alone. */
export function writtenStory(articles: { id: string; date: string; body: string; title?: string; outlet?: string }[]): {
  library: StoryLibrary;
  remove: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-story-'));
  for (const a of articles)
    fs.writeFileSync(
      path.join(dir, `${a.id}.md`),
      `---\nid: ${a.id}\ntitle: "${a.title ?? a.id}"\noutlet: ${a.outlet ?? 'Test Wire'}\npublished: ${a.date}\n---\n${a.body}\n`,
    );
  return {
    library: loadLibrary({ folders: [dir], bundled: false, aliasFiles: [] }),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs a test on a written story's library, and removes the story's folder after it. */
export function using<T>(story: { library: StoryLibrary; remove: () => void }, test: (library: StoryLibrary) => T): T {
  try {
    return test(story.library);
  } finally {
    story.remove();
  }
}

/** The first finding on a sentence, with the draft's date when given. */
export function judgeIn(library: StoryLibrary, text: string, date?: string) {
  return checkText(date ? `---\ndate: ${date}\n---\n\n${text}\n` : `${text}\n`, library).findings[0];
}
