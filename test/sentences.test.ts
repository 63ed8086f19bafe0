import assert from 'node:assert/strict';
import { proseMask } from '../server/src/engine/text/markdown';
import { abbreviations, splitSentences } from '../server/src/engine/text/sentences';

/** The sentences of a Markdown draft, as text (spans checked to be trimmed and non-empty). */
function sentences(text: string): string[] {
  const prose = proseMask(text);
  return splitSentences(prose).map((s) => {
    const t = prose.slice(s.start, s.end);
    assert.ok(t.length > 0 && t.trim() === t, `untrimmed or empty span ${JSON.stringify(t)}`);
    return t;
  });
}

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks before a capital or a digit', () => {
    assert.deepEqual(sentences('Troops arrived. They moved on! Why? 3,000 more came.'), [
      'Troops arrived.',
      'They moved on!',
      'Why?',
      '3,000 more came.',
    ]);
    assert.deepEqual(sentences('  One.  Two.  '), ['One.', 'Two.']);
    assert.deepEqual(sentences(''), []);
    assert.deepEqual(sentences('\n\n   \n'), []);
    assert.deepEqual(sentences('No final stop'), ['No final stop']);
  });

  it('returns offsets into the original text', () => {
    const text = 'First **one**.\n\nSecond [link](https://x.y) here.';
    const spans = splitSentences(proseMask(text));
    assert.deepEqual(
      spans.map((s) => text.slice(s.start, s.end)),
      ['First **one**.', 'Second [link](https://x.y) here.'],
    );
  });

  it('does not split before a lowercase word or inside a number', () => {
    assert.deepEqual(sentences('It grew 12.5 percent. The rest is 0.5. ok then.'), ['It grew 12.5 percent.', 'The rest is 0.5. ok then.']);
    assert.deepEqual(sentences('Visit nato.int for more.'), ['Visit nato.int for more.']);
  });

  it('keeps abbreviations, initialisms and initials inside the sentence', () => {
    assert.deepEqual(sentences('U.S. officials confirmed on Oct. 23 that North Korea had sent troops to Russia.'), [
      'U.S. officials confirmed on Oct. 23 that North Korea had sent troops to Russia.',
    ]);
    for (const s of [
      'Gen. Kyrylo Budanov and Lt. Col. Ivan Petrov spoke to Mr. Smith and Dr. Jones.',
      'Sen. Smith met Gov. Brown, Rep. Lee and Sgt. Ross in St. Petersburg on Jan. 5 and Sept. 11.',
      'The talks involved the U.N., the E.U. and the U.K. at 5 p.m. Moscow time.',
      'President John F. Kennedy spoke.',
      'Acme Inc. and Foo Ltd. and Bar Co. and Baz Corp. All of them.',
      'Tanks, guns, etc. Many were lost, i.e. Most of them, e.g. Tanks.',
      'It was Kyiv vs. Moscow, with approx. 500 troops and est. 20 camps.',
      'He lives at No. 10 Downing Street.',
    ])
      assert.deepEqual(sentences(s), [s]);
    assert.deepEqual(sentences('He said No. The minister left.'), ['He said No.', 'The minister left.']);
  });

  it('reads the abbreviation list from the data file', () => {
    const set = abbreviations();
    for (const a of ['U.S.', 'Oct.', 'Gen.', 'Corp.', 'e.g.']) assert.ok(set.has(a), a);
  });

  it('splits real news sentences', () => {
    const text =
      'On Wednesday, US National Security Council spokesman John Kirby told reporters at least 3,000 North Korean ' +
      'soldiers arrived in eastern Russia this month. Ukrainian intelligence services said Thursday that “several ' +
      'weeks” have been allocated.';
    const s = sentences(text);
    assert.equal(s.length, 2);
    assert.ok(s[0].endsWith('this month.'));
    assert.ok(s[1].startsWith('Ukrainian intelligence'));
  });

  it('does not split a quotation at its comma, and splits after a closing quote', () => {
    const one =
      '"Part of the military from the DPRK was transferred to the border area of the Belgorod region," he wrote, ' +
      "using North Korea's official name.";
    assert.deepEqual(sentences(one), [one]);
    assert.deepEqual(sentences('“It is not our business,” he said. “Text.” Next one.'), [
      '“It is not our business,” he said.',
      '“Text.”',
      'Next one.',
    ]);
    assert.deepEqual(sentences('He said "yes." Then he left. "Now," she said.'), ['He said "yes."', 'Then he left.', '"Now," she said.']);
    assert.deepEqual(sentences('“Is it true?” he asked. (See below.) Next.'), ['“Is it true?” he asked.', '(See below.)', 'Next.']);
  });

  it('keeps an attributed multi-sentence quotation together', () => {
    const s = '“We will not allow that. It is our business,” the minister said.';
    assert.deepEqual(sentences(s), [s]);
    assert.deepEqual(sentences('“We will win. They will lose.” Then he left.'), ['“We will win.', 'They will lose.”', 'Then he left.']);
  });

  it('ends a sentence at a footnote marker', () => {
    assert.deepEqual(sentences('Troops arrived in Kursk.[^1] More came.[^2]\n\n[^1]: NATO.\n[^2]: Kyiv.'), [
      'Troops arrived in Kursk.',
      'More came.',
    ]);
  });

  it('continues across single newlines and ends at blank lines', () => {
    assert.deepEqual(sentences('A sentence that is\nhard-wrapped over\nthree lines. Next\none.\n\nNew paragraph without a stop\n\nLast.'), [
      'A sentence that is\nhard-wrapped over\nthree lines.',
      'Next\none.',
      'New paragraph without a stop',
      'Last.',
    ]);
    assert.deepEqual(sentences('One line\r\nand more.\r\n\r\nTwo.\r\n'), ['One line\r\nand more.', 'Two.']);
  });

  it('treats every line as a paragraph when lines are too long to be hard-wrapped', () => {
    const long =
      'A group of North Korean soldiers have been spotted in Russia’s Kursk region, an area that borders Ukraine ' +
      'and has seen ongoing military operations, Ukraine’s military intelligence service announced Thursday.';
    assert.deepEqual(sentences(`Moscow ‘in contact’ with Pyongyang\n${long}\nDaniel Kim Views\nShort line.`), [
      'Moscow ‘in contact’ with Pyongyang',
      long,
      'Daniel Kim Views',
      'Short line.',
    ]);
    const wrapped = 'North Korean troops spotted in Russian border region with Ukraine, says Kyiv, after\nThursday reports.';
    assert.deepEqual(sentences(wrapped), [wrapped]);
  });

  it('ends a sentence at headings, list items and table rows', () => {
    assert.deepEqual(
      sentences('# Troops in Kursk\nNorth Korea sent troops.\n- 3,000 soldiers\n- 500 officers\n* three generals\n1. first\n2. second'),
      ['Troops in Kursk', 'North Korea sent troops.', '3,000 soldiers', '500 officers', 'three generals', 'first', 'second'],
    );
    assert.deepEqual(sentences('> A quote\n> goes on.\n\n| a | b |\n|---|---|\n| c | d |'), ['A quote\n  goes on.', 'a   b', 'c   d']);
    assert.deepEqual(sentences('- an item that\n  continues here'), ['an item that\n  continues here']);
  });

  it('finds block starts in unmasked text and honours explicit block starts', () => {
    const raw = '# Title\n- item one\n- item two';
    assert.deepEqual(
      splitSentences(raw).map((s) => raw.slice(s.start, s.end)),
      ['# Title', '- item one', '- item two'],
    );
    const plain = 'line one\nline two';
    assert.deepEqual(
      splitSentences(plain, [9]).map((s) => plain.slice(s.start, s.end)),
      ['line one', 'line two'],
    );
    assert.deepEqual(splitSentences(plain, []).length, 1);
  });

  it('handles emoji and other non-BMP text', () => {
    // 𝐁 (U+1D401) is an uppercase letter outside the BMP: a sentence starts there.
    assert.deepEqual(sentences('Troops 😀 arrived. 𝐁old text. Ünited. 😀 no split.'), [
      'Troops 😀 arrived.',
      '𝐁old text.',
      'Ünited. 😀 no split.',
    ]);
  });

  it('handles a 100,000-character paragraph quickly', () => {
    const inputs = [
      'U.S. officials said 3,000 troops arrived on Oct. 23. '.repeat(1900),
      '“A. '.repeat(25000),
      '"a. B'.repeat(20000),
      'x. '.repeat(33000),
      '.'.repeat(100000),
      'A'.repeat(100000) + '.',
    ];
    for (const t of inputs) {
      const t0 = Date.now();
      const s = splitSentences(proseMask(t));
      assert.ok(s.length >= 1);
      assert.ok(Date.now() - t0 < 2000, `too slow on ${JSON.stringify(t.slice(0, 20))}`);
    }
    assert.equal(splitSentences(proseMask(inputs[0])).length, 1900);
  });
});
