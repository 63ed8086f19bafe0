// Draft sentences the editor and command-line tests share (test/lsp-harness.ts, test/cli.test.ts):
// against the bundled library, a figure it backs (SINGH), one it contradicts (KIRBY_WRONG) and one
// it does not know (TANKS); KHARKIV is the sentence of the tests' own source article.
export const FM = '---\ndate: 2024-11-25\n---\n';
export const KIRBY_WRONG =
  'On 23 October, U.S. National Security Council spokesman John Kirby told reporters that at least 5,000 North Korean soldiers had arrived in eastern Russia.';
export const SINGH =
  "On 18 November, Deputy Pentagon press secretary Sabrina Singh told reporters that roughly 11,000 North Korean troops had entered Russia's Kursk region.";
export const TANKS = 'North Korea has also sent 200 tanks to Russia.';
export const KHARKIV = 'The ministry said on Tuesday that 4,500 households had lost power in the city of Kharkiv.';
