import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DOLLARS, START_WORDS, ruledOutByPrefix } from '../server/src/engine/extract/number-words';
import { findNumbers, type NumberMatch } from '../server/src/engine/extract/numbers';
import { parseNumberWords } from '../server/src/engine/extract/number-value';
import { params } from './fuzz/gen';

const values = (text: string) => findNumbers(text).map((m) => m.value);
const only = (text: string): NumberMatch => {
  const all = findNumbers(text);
  assert.equal(all.length, 1, `one match expected in ${JSON.stringify(text)}, got ${JSON.stringify(all)}`);
  return all[0];
};

describe('findNumbers', () => {
  it('the prefix filter never rules out a word that can start a quantity (property)', () => {
    const starts = [...START_WORDS, ...Object.keys(DOLLARS)];
    const at = (w: string) => (i: number) => (i < w.length ? w.charCodeAt(i) : -1);
    const caseOf = (w: string, mask: number) => [...w].map((ch, k) => ((mask >> k) & 1 ? ch.toUpperCase() : ch)).join('');
    fc.assert(
      fc.property(
        fc.constantFrom(...starts),
        fc.nat(255),
        fc.string({ unit: fc.constantFrom('a', 'h', 'T', 'é', 'İ', 'K', '-', "'", '1') }),
        (w, mask, tail) => {
          // A start word in any case, followed by anything: never ruled out.
          assert.equal(ruledOutByPrefix(at(caseOf(w, mask) + (/^[a-z]/i.test(tail) ? '' : tail)), 0), false, w);
          // Anything ruled out is no start word.
          const any = tail + w.slice(1);
          if (ruledOutByPrefix(at(any), 0)) assert.ok(!START_WORDS.has(any.toLowerCase()) && DOLLARS[any.toLowerCase()] === undefined, any);
        },
      ),
      params(300),
    );
    assert.equal(ruledOutByPrefix(at('troops'), 0), true);
    assert.equal(ruledOutByPrefix(at('Thousands'), 0), false);
  });

  it('words that start a quantity are found capitalised or in capitals (most words are ruled out by their first letters)', () => {
    const cases: [string, [string, number][]][] = [
      ['Twelve soldiers arrived.', [['Twelve', 12]]],
      ['A dozen tanks.', [['A dozen', 12]]],
      ['US$5 million was paid.', [['US$5 million', 5000000]]],
      ['Between 3 and 5 drones.', [['Between 3 and 5', 3]]],
      ['Thousands fled. ONE HUNDRED men.', [['ONE HUNDRED', 100]]],
      [
        'Zero casualties; Forty-two wounded.',
        [
          ['Zero', 0],
          ['Forty-two', 42],
        ],
      ],
      ['USD 3 million', [['USD 3 million', 3000000]]],
      ['Pyongyang, Moscow and Kursk said nothing of troops.', []],
    ];
    for (const [text, want] of cases)
      assert.deepEqual(
        findNumbers(text).map((m) => [m.text, m.value]),
        want,
        text,
      );
  });

  describe('news sentences', () => {
    it('reads counts in an intelligence report', () => {
      const text =
        'According to the Defense Intelligence of Ukraine’s official Telegram channel, there are approximately 12,000 North Korean soldiers deployed in Russia, including 500 military officers, with three of them being generals.';
      const ms = findNumbers(text);
      assert.deepEqual(
        ms.map((m) => m.value),
        [12000, 500, 3],
      );
      assert.deepEqual(
        ms.map((m) => m.kind),
        ['digits', 'digits', 'words'],
      );
      for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
      assert.equal(ms[0].text, '12,000');
    });

    it('reads suffixes, and a "~" does not stop a match', () => {
      const ms = findNumbers('HUR puts the DPRK contingent at ~12k troops, incl. 500 officers and 3 generals.');
      assert.deepEqual(
        ms.map((m) => m.value),
        [12000, 500, 3],
      );
      assert.equal(ms[0].text, '12k');
    });

    it('reads a space as a thousands separator', () => {
      const m = only('Some 11 000 North Korean troops have likely entered Kursk');
      assert.equal(m.value, 11000);
      assert.equal(m.text, '11 000');
      assert.equal(only('Some 11\u00a0000 troops').value, 11000);
      assert.equal(only('Some 11\u202f000 troops').value, 11000);
      assert.equal(only('a 12 000 000 budget').value, 12000000);
    });

    it('never merges a year with the next number', () => {
      const ms = findNumbers('in 2024 500 officers');
      assert.deepEqual(
        ms.map((m) => m.value),
        [2024, 500],
      );
      assert.equal(ms[0].year, true);
      assert.deepEqual(values('5 100,000 rounds'), [5, 100000]);
      assert.deepEqual(values('On October 23 2024'), [23, 2024]);
    });

    it('reads words, millions and years in one sentence', () => {
      const ms = findNumbers(
        'North Korea has supplied Moscow with at least 11,000 containers of ammunition, including approximately two million artillery rounds since 2023.',
      );
      assert.deepEqual(
        ms.map((m) => m.value),
        [11000, 2000000, 2023],
      );
      assert.equal(ms[1].text, 'two million');
      assert.equal(ms[1].kind, 'words');
      assert.equal(ms[2].year, true);
      assert.equal(ms[0].year, undefined);
    });

    it('reads "3m" as three million', () => {
      const m = only('including some 3m artillery rounds');
      assert.equal(m.value, 3000000);
      assert.equal(m.text, '3m');
      assert.equal(only('3M shells').value, 3000000);
      assert.equal(only('a 3 m wall').value, 3);
    });

    it('reads word thousands, whatever the case', () => {
      assert.equal(only('roughly thirteen thousand North Korean troops').value, 13000);
      assert.equal(only('Three thousand North Korean troops').value, 3000);
      assert.equal(only('eleven thousand').value, 11000);
    });

    it('reads areas in two units', () => {
      assert.deepEqual(values('At most, we controlled about 1,376 square kilometres [roughly 531 square miles]'), [1376, 531]);
    });

    it('flags percentages and covers the percent word', () => {
      const a = only('Ukraine has lost more than 40 percent of the territory');
      assert.deepEqual([a.value, a.percent, a.text], [40, true, '40 percent']);
      const b = only('More than forty percent of the ground');
      assert.deepEqual([b.value, b.percent, b.text, b.kind], [40, true, 'forty percent', 'words']);
      assert.equal(only('40% of it').text, '40%');
      assert.equal(only('40 per cent of it').text, '40 per cent');
      assert.equal(only('a 0.5% rise').value, 0.5);
      assert.equal(only('5 percentage points').percent, undefined);
    });

    it('reads currency prefixes', () => {
      const m = only('Moscow is paying each North Korean soldier about $2,000 a month.');
      assert.deepEqual([m.value, m.currency, m.text], [2000, 'usd', '$2,000']);
      assert.deepEqual(
        findNumbers('US$5 million, €1.5bn, £300m and $2k').map((x) => [x.text, x.value, x.currency]),
        [
          ['US$5 million', 5000000, 'usd'],
          ['€1.5bn', 1500000000, 'eur'],
          ['£300m', 300000000, 'gbp'],
          ['$2k', 2000, 'usd'],
        ],
      );
      assert.equal(only('$2022 in cash').year, undefined);
    });

    it('skips numbers glued to model names', () => {
      const m = only('ten MiG-29 fighter jets');
      assert.deepEqual([m.value, m.text], [10, 'ten']);
      assert.deepEqual(values('F-16 jets, COVID-19, the G7, Su-34s, a Leopard 2A6 and a 2S19 howitzer'), []);
    });

    it('returns durations and years', () => {
      assert.equal(only('this story will be updated within the next 24 hours').value, 24);
      const y = only('Back in 2022, few analysts');
      assert.deepEqual([y.value, y.year, y.kind], [2022, true, 'digits']);
      assert.equal(only('by mid-2023').year, true);
      assert.equal(only('about 1,999 troops').year, undefined);
    });

    it('keeps "two brigades of 6,000 people each" as two matches', () => {
      assert.deepEqual(values('two brigades of 6,000 people each'), [2, 6000]);
    });
  });

  describe('ranges', () => {
    it('reads "between X and Y" as one match', () => {
      const text = 'between 10,000 and 12,000 troops';
      const m = only(text);
      assert.deepEqual([m.start, m.value, m.valueHi, m.text], [0, 10000, 12000, 'between 10,000 and 12,000']);
    });

    it('reads "to", hyphen and en dash ranges', () => {
      for (const text of ['10,000 to 12,000', '10,000-12,000', '10,000–12,000', '10,000 – 12,000']) {
        const m = only(text);
        assert.deepEqual([m.value, m.valueHi, m.end], [10000, 12000, text.length], text);
      }
    });

    it('applies a trailing multiplier to both ends', () => {
      const a = only('10 to 12 thousand troops');
      assert.deepEqual([a.value, a.valueHi, a.kind], [10000, 12000, 'mixed']);
      const b = only('between ten and twelve thousand troops');
      assert.deepEqual([b.value, b.valueHi, b.kind], [10000, 12000, 'words']);
      const c = only('$2-3 billion');
      assert.deepEqual([c.value, c.valueHi, c.currency], [2e9, 3e9, 'usd']);
      const e = only('1.5-2 million rounds');
      assert.deepEqual([e.value, e.valueHi, e.text], [1500000, 2000000, '1.5-2 million']);
      assert.deepEqual(values('a 12,000-strong force'), [12000]);
      const d = only('10-15% of them');
      assert.deepEqual([d.value, d.valueHi, d.percent], [10, 15, true]);
    });

    it('reads year ranges and leaves descending pairs alone', () => {
      const a = only('from 2022 to 2024');
      assert.deepEqual([a.value, a.valueHi, a.year], [2022, 2024, true]);
      const b = only('the 2024-25 season');
      assert.deepEqual([b.value, b.valueHi], [2024, 2025]);
      assert.deepEqual(values('won 3 to 1'), [3, 1]);
      assert.deepEqual(values('a 3-1 win'), [3, 1]);
    });
  });

  describe('words', () => {
    it('reads compounds, "and" and "a"', () => {
      assert.deepEqual(
        findNumbers('one hundred and fifty, forty-two, twenty five, a thousand, a million, a dozen, two dozen').map((m) => [
          m.text,
          m.value,
        ]),
        [
          ['one hundred and fifty', 150],
          ['forty-two', 42],
          ['twenty five', 25],
          ['a thousand', 1000],
          ['a million', 1000000],
          ['a dozen', 12],
          ['two dozen', 24],
        ],
      );
      assert.equal(only('one million two hundred thousand').value, 1200000);
      assert.equal(only('one and a half million').value, 1500000);
      assert.equal(only('twelve hundred').value, 1200);
    });

    it('returns small words and word ordinals, flagged', () => {
      assert.deepEqual([only('one of them').value, only('one of them').kind], [1, 'words']);
      const m = only('the first time');
      assert.deepEqual([m.value, m.ordinal], [1, true]);
      assert.equal(only('the 3rd Brigade').ordinal, true);
      assert.equal(only('the 3rd Brigade').value, 3);
    });

    it('keeps words apart when they do not form one number', () => {
      assert.deepEqual(values('one one one'), [1, 1, 1]);
      assert.deepEqual(values('nineteen eighty-four'), [19, 84]);
      assert.deepEqual(values('a two-day visit'), [2]);
    });

    it('finds nothing in vague or embedded words', () => {
      for (const text of [
        'someone',
        'none',
        'thousands of tons',
        'dozens of soldiers',
        'hundreds of thousands',
        'tens of thousands',
        'no one came',
        'half a million',
        'two-thirds of the land',
        'one third',
        'a third of them',
        'the twenty-first century',
      ]) {
        assert.deepEqual(findNumbers(text), [], text);
      }
    });
  });

  describe('things that are not numbers', () => {
    it('skips ISO dates, clock times, versions, slashes and footnotes', () => {
      assert.deepEqual(values('On 2024-10-23 at 10:30, version 1.2.3 ran 24/7 [^1]'), []);
    });

    it('reads numbers inside Markdown emphasis but not inside identifiers', () => {
      assert.deepEqual(values('_12,000 troops_, **500** officers, var_12'), [12000, 500]);
    });

    it('returns a number with a glued unit, and skips decades', () => {
      assert.deepEqual(values('155mm shells over 100km in the 1990s'), [155, 100]);
    });
  });

  describe('bounds', () => {
    it('scans only [from, to) but reads the context before from', () => {
      const text = 'MiG-29 and 12,000 troops';
      assert.deepEqual(
        findNumbers(text, 4),
        findNumbers(text).filter((m) => m.start >= 4),
      );
      assert.deepEqual(findNumbers(text, 12), []);
      assert.deepEqual(findNumbers(text, 0, 10), []);
      assert.equal(findNumbers(text, 11)[0].value, 12000);
    });
  });

  describe('linear time', () => {
    const inputs: Record<string, string> = {
      'digits and commas': '1,'.repeat(50000),
      'one long grouped number': '1' + ',000'.repeat(25000),
      'repeated words': 'one '.repeat(25000),
      'repeated ranges': '1 to 0 to '.repeat(10000),
      'repeated between': 'between 1 and '.repeat(7000),
      'hyphen chains': '1-'.repeat(50000),
      'repeated "a"': 'a '.repeat(50000),
      'hundreds and': 'one hundred and '.repeat(6000),
    };
    for (const [name, text] of Object.entries(inputs)) {
      it(`finishes fast on ${name}`, () => {
        const t0 = Date.now();
        findNumbers(text);
        assert.ok(Date.now() - t0 < 1000, `${name} took ${Date.now() - t0} ms`);
      });
    }

    it('grows linearly', () => {
      const time = (n: number) => {
        const text = '12k one hundred and 5 to 7 thousand, 2,000-3,000 $4 '.repeat(n);
        const t0 = process.hrtime.bigint();
        findNumbers(text);
        return Number(process.hrtime.bigint() - t0);
      };
      time(2000);
      const small = time(4000);
      const large = time(32000);
      assert.ok(large < small * 30, `8x input took ${(large / small).toFixed(1)}x time`);
    });
  });
});

describe('parseNumberWords', () => {
  it('parses numbers in words', () => {
    assert.equal(parseNumberWords('twelve thousand'), 12000);
    assert.equal(parseNumberWords('forty'), 40);
    assert.equal(parseNumberWords('one hundred and fifty'), 150);
    assert.equal(parseNumberWords('two million'), 2000000);
    assert.equal(parseNumberWords(' Forty-two '), 42);
    assert.equal(parseNumberWords('a dozen'), 12);
  });

  it('returns undefined for anything else', () => {
    for (const s of ['', 'thousands', 'one one', '12 thousand', 'first', 'someone', 'twelve thousand troops']) {
      assert.equal(parseNumberWords(s), undefined, s);
    }
  });
});
