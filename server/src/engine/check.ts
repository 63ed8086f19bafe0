// A draft -> findings: its date, its paragraphs' claims, each judged (paragraphs.ts, findings.ts).
import type { CheckOptions, CheckResult, Library } from './api';
import { checkParagraphs } from './paragraphs';

export { applyDirectives, CHECKED_MARKER, draftSetup, findCheckedMarkers, judgeClaims, type CheckedMarker } from './findings';

/** A draft's findings, read paragraph by paragraph as the editor's incremental checker reads it
 *  (paragraphs.ts): the command line and the editor give the same findings. */
export function checkText(text: string, library: Library, opts: CheckOptions = {}): CheckResult {
  return checkParagraphs(text, library, opts);
}
