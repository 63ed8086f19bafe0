// Money signs, clock periods and figures compared with, read from a newsroom's own articles with
// no alias file: a currency's letters before the amount ("KSh 8.7 million", "Sh1,500", "Tk 5
// lakh"), the end of a period ("until 00:55"), "did not resume until", a figure "reported last
// week" or compared with ("more than the 95 million"), periods "since" two months, a unit joined to
// a number for any measure, and a thing's size against a length of another thing. Found on the
// blind stories of session 24 (the articles here are our own words).
import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { letterSigns } from '../server/src/engine/data/currency-signs';
import { clockTimes } from '../server/src/engine/extract/clock-times';
import { extractClaims } from '../server/src/engine/extract/claims';
import { judgeIn, using, writtenStory } from './story-library';

const story = () =>
  writtenStory([
    {
      id: 'papers-leak',
      date: '2025-11-08',
      outlet: 'East Africa Newswire',
      body: [
        'NAIROBI, Kenya, Nov 8 (EAN) - Police said investigators had traced mobile money payments totalling 3.4 million Kenyan shillings linked to the sale of the papers. Parents paid between 1,500 and 3,000 Kenyan shillings for a single paper, County Commissioner Hassan Dubow said.',
        '',
        'The airport operator said runways were closed at 21:40 and did not reopen until 00:55 on Friday.',
        '',
        'The coast guard said 2,400 people had landed on the island since the start of June. The 14-metre fishing boat overturned before dawn, Commander Lo Presti said.',
      ].join('\n'),
    },
    {
      id: 'papers-total',
      date: '2025-11-19',
      outlet: 'Continental Press Service',
      body: [
        'NAIROBI, Kenya, Nov 19 (CPS) - Investigators now put the total paid for the leaked papers at about 9.1 million Kenyan shillings, up from the 8.7 million reported last week, police said.',
        '',
        'Each bereaved family will receive Tk 5 lakh, and repairs to the plant will cost Tk 35 crore, the ministry said. The regulator approved the 1,500-megawatt wind farm on Monday.',
      ].join('\n'),
    },
  ]);

describe('money signs, clock periods and figures compared with', () => {
  it('reads the letters of a currency before the amount, one currency or any of a shared word', () => {
    const signs = letterSigns(
      ['KES', 'TZS', 'UGX', 'IDR', 'NOK', 'SEK'],
      ['Kenyan Shilling', 'Tanzanian Shilling', 'Ugandan Shilling', 'Indonesian Rupiah', 'Norwegian Krone', 'Swedish Krona'],
      {},
    );
    assert.equal(signs.KSh, 'kes');
    assert.equal(signs.Ksh, 'kes');
    assert.equal(signs.Sh, 'other:shilling');
    assert.equal(signs.Rp, 'idr');
    // "kr": a krone and a krona, no one word.
    assert.equal(signs.kr, undefined);
    const lex = loadLexicon();
    const [c] = extractClaims('Parents paid Sh1,500 for a single paper.', lex);
    assert.equal(c.quantities[0]?.value, 1500);
    assert.equal(c.quantities[0]?.counted, 'other:shilling');
    const [d] = extractClaims('Each family got Tk 5 lakh.', lex);
    assert.equal(d.quantities[0]?.value, 500_000);
    assert.equal(d.quantities[0]?.unit, 'bdt');
    // No sign: a word is a word ("Le", "Ft" are read as WordNet's).
    assert.equal(extractClaims('The Le 10 meeting ended.', lex)[0]?.quantities[0]?.unit, undefined);
  });

  it('checks a sum written with a sign against the sum written out', () =>
    using(story(), (library) => {
      assert.equal(
        judgeIn(library, 'Parents paid between Sh1,500 and Sh3,000 for a single paper, Commissioner Hassan Dubow said.')?.verdict,
        'supported',
      );
      assert.equal(judgeIn(library, 'Each bereaved family will receive 500,000 taka.')?.verdict, 'supported');
      assert.equal(judgeIn(library, 'Repairs to the plant will cost Tk 3.5 billion, the ministry said.')?.verdict, 'conflicting');
      assert.equal(
        judgeIn(library, 'Police said payments of KSh 3.4 million had been traced to the sale of the papers.')?.verdict,
        'supported',
      );
    }));

  it('reads "the 8.7 million reported last week" as an earlier figure, not the date of the saying', () =>
    using(story(), (library) => {
      const r = library.records.find((x) => x.text.includes('9.1 million'))!;
      assert.equal(r.statedAt, '2025-11-19');
      assert.ok(r.times.every((t) => t.role !== 'statement'));
      const f = judgeIn(library, 'Investigators have traced about 3.4 million shillings in payments.', '2025-11-21');
      assert.equal(f?.verdict, 'outdated');
      assert.match(f?.message ?? '', /9\.1 million/);
    }));

  it('reads "more than the 95 million soles he estimated" as a figure told before', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('That is more than the 95 million soles he estimated on Sept. 17.', lex);
    assert.equal(c.quantities[0]?.former, true);
    const [d] = extractClaims('The new bridge will cost 95 million soles.', lex);
    assert.notEqual(d.quantities[0]?.former, true);
  });

  it('takes "until" as the end of a period, and "did not reopen until" as when it reopened', () => {
    const [from, until] = clockTimes('closed from 21:40 until 00:55 on Friday');
    assert.equal(from.way, 'exact');
    assert.equal(until.way, 'exact');
    assert.equal(until.ends, true);
    assert.equal(clockTimes('by 8 a.m.')[0].way, 'before');
    using(story(), (library) => {
      assert.equal(judgeIn(library, 'The runways were closed from 21:40 until 01:55 on Friday.')?.verdict, 'conflicting');
      assert.equal(judgeIn(library, 'The runways were closed from 9.40 p.m. until 12.55 a.m. on Friday.')?.verdict, 'supported');
      assert.equal(
        judgeIn(library, 'The runways reopened shortly before 1 a.m. on Friday, the airport operator said.')?.verdict,
        'supported',
      );
    });
  });

  it('compares a count "since" a month only with one since the same month', () =>
    using(story(), (library) => {
      assert.equal(judgeIn(library, 'The coast guard said 3,000 people had landed on the island since January.')?.verdict, 'unsupported');
      assert.equal(
        judgeIn(library, 'The coast guard said 3,000 people had landed on the island since the start of June.')?.verdict,
        'conflicting',
      );
      assert.equal(judgeIn(library, 'The coast guard said 2,400 people had landed on the island since June.')?.verdict, 'supported');
    }));

  it("reads a unit joined to a number as the thing's measure, and a thing's size as no other thing's length", () =>
    using(story(), (library) => {
      assert.equal(judgeIn(library, 'The regulator approved the 1.5-gigawatt wind farm on Monday.')?.verdict, 'supported');
      assert.equal(judgeIn(library, 'The regulator approved the 1.2-gigawatt wind farm on Monday.')?.verdict, 'conflicting');
      assert.notEqual(judgeIn(library, 'Lo Presti said waves of up to four metres battered the boat before dawn.')?.verdict, 'conflicting');
      assert.equal(judgeIn(library, 'Lo Presti said the 16-metre fishing boat overturned before dawn.')?.verdict, 'conflicting');
    }));

  it('takes "From Sept. 22," opening a sentence for when a period starts, not the day of the saying', () =>
    using(
      writtenStory([
        {
          id: 'cuts-extended',
          date: '2025-09-18',
          body: 'IZMIR, Turkey, Sept 18 (NNA) - Izmir will lengthen its nightly water cuts, the water utility said.\n\nFrom Sept. 22, supply will be cut from 8 p.m. to 8 a.m. every day, the water utility said on Wednesday.\n',
        },
      ]),
      (library) => {
        const r = library.records.find((x) => x.text.includes('From Sept. 22'))!;
        assert.equal(r.statedAt, '2025-09-17');
        assert.equal(r.times.find((t) => t.text === 'Sept. 22')?.role, 'event');
      },
    ));

  it('reads "instead of the 100 turbines approved" as the figure a revision replaced', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('The farm will use 94 turbines instead of the 100 turbines approved on March 10.', lex);
    assert.deepEqual(
      c.quantities.map((q) => [q.value, !!q.former]),
      [
        [94, false],
        [100, true],
      ],
    );
  });

  it('takes "described ... as" for a saying, and "Minister for Justice Helen Costigan" for the justice minister', () => {
    const lex = loadLexicon();
    const [c] = extractClaims('Minister for Justice Helen Costigan described the incident as "reckless and potentially criminal".', lex);
    const a = c.actors.find((x) => x.role === 'primary');
    assert.equal(a?.person, 'costigan');
    assert.deepEqual(a?.orgs, ['~justice-ministry']);
  });

  it('backs a plan\'s figure by the same figure said of what is to come, and reads "compared with" a figure as the one before', () => {
    const lex = loadLexicon();
    const [c] = extractClaims(
      'The turbines will stand about 28 kilometres offshore, compared with 22 kilometres in the original plan.',
      lex,
    );
    assert.deepEqual(
      c.quantities.map((q) => [q.value, !!q.former]),
      [
        [28, false],
        [22, true],
      ],
    );
    using(
      writtenStory([
        {
          id: 'farm-redesign',
          date: '2025-03-25',
          body: 'HANOI, Vietnam, Mar 25 (ACW) - Under the revised design, the farm will use 94 turbines of 16 megawatts each, the developer said.\n',
        },
      ]),
      (library) => {
        assert.equal(judgeIn(library, 'The developer now plans 94 turbines of 16 MW each.')?.verdict, 'supported');
        assert.notEqual(judgeIn(library, 'The developer now plans 90 turbines of 16 MW each.')?.verdict, 'supported');
      },
    );
  });
});
