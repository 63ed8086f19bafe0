import assert from 'node:assert/strict';
import { loadLexicon } from '../server/src/engine/data/lexicon';
import { extractClaims } from '../server/src/engine/extract/claims';
import { addDays, chronoParsers, resolveWeekday, UNUSED_CHRONO_PARSERS, weekdayOf } from '../server/src/engine/extract/times';
import type { TimeRef } from '../server/src/engine/types';

const lex = loadLexicon();

/** The times of a one-sentence text, each checked to slice back to its text. */
function times(s: string, refDate?: string): TimeRef[] {
  const cs = extractClaims(s, lex, { refDate });
  assert.equal(cs.length, 1, `expected one claim in ${JSON.stringify(s)}`);
  for (const t of cs[0].times) assert.equal(s.slice(t.span.start, t.span.end), t.text, JSON.stringify(t));
  return cs[0].times;
}
function only(s: string, refDate?: string): TimeRef {
  const ts = times(s, refDate);
  assert.equal(ts.length, 1, `expected one time in ${JSON.stringify(s)}, got ${JSON.stringify(ts)}`);
  return ts[0];
}

describe('times (extractClaims with refDate)', () => {
  describe('"by" a weekday is a deadline', () => {
    it('"injured by Wednesday" in a text of Friday 2026-08-21: on or before Wednesday 19 August', () => {
      const t = only('At least 300 people had been injured by Wednesday, the NDMA said.', '2026-08-21');
      assert.deepEqual([t.kind, t.end], ['range', '2026-08-19']);
    });
    it('without a date it stays the weekday (the figure as of that day)', () => {
      const t = only('At least 300 people had been injured by Wednesday, the NDMA said.');
      assert.deepEqual([t.kind, t.weekday], ['weekday', 3]);
    });
  });
  describe('"on the 34rd" is no day (found by the fuzz test)', () => {
    it('gives no date, and "two days later" after it counts from nothing: read without failing', () => {
      const ts = times(
        'Kirby had said on the 34rd that 4,111 troops were training, but two days later he told a briefing more.',
        '2024-10-24',
      );
      assert.deepEqual(
        ts.map((t) => t.text),
        [],
      );
      assert.equal(only('Kirby said on the 3rd that 3,000 troops were training.', '2024-10-24').start, '2024-10-03');
    });
  });
  describe('"on a Sunday" is any Sunday', () => {
    it('"first entered Kenya on a Sunday" in a text of Tuesday 2026-01-20 stays the weekday, not Sunday 18 January', () => {
      const t = only('The locusts first entered Kenya on a Sunday, near Moyale.', '2026-01-20');
      assert.deepEqual([t.kind, t.weekday, t.start], ['weekday', 0, undefined]);
    });
    it('"on Sunday" in the same text is Sunday 18 January', () => {
      assert.equal(only('The locusts first entered Kenya on Sunday, near Moyale.', '2026-01-20').start, '2026-01-18');
    });
  });
  describe("times inside a quotation are the speaker's words", () => {
    it('"warned that Tuesday was \"going to be the most dangerous day of this week\"": only the unquoted Tuesday dates the claim', () => {
      const t = only('Raman warned that Tuesday was "going to be the most dangerous day of this week".', '2025-11-17');
      assert.equal(t.text, 'Tuesday');
    });
    it('a time outside the quotation still counts: "said on Monday"', () => {
      assert.equal(only('Raman said on Monday that "the worst is over".', '2025-11-19').text, 'Monday');
    });
  });
  describe('the weekend', () => {
    it('"over the weekend" in a text of Monday 2024-10-28 is Saturday and Sunday before it', () => {
      const t = only('North Korean troops arrived in Kursk over the weekend.', '2024-10-28');
      assert.deepEqual([t.kind, t.start, t.end], ['range', '2024-10-26', '2024-10-27']);
    });
    it('"last weekend" written on a Saturday is the weekend before; "weekend trips" dates nothing', () => {
      const t = only('Troops arrived in Kursk last weekend.', '2024-10-26');
      assert.deepEqual([t.start, t.end], ['2024-10-19', '2024-10-20']);
      assert.equal(times('Weekend trips to Kursk were cancelled.', '2024-10-26').length, 0);
    });
  });

  describe('weekdays', () => {
    it('"said Tuesday" in a text of 2024-10-24 is 2024-10-22 and dates the statement', () => {
      const t = only(
        'Ukraine’s President Volodymyr Zelensky said Tuesday that Kyiv had intelligence about Russia training two military units from North Korea.',
        '2024-10-24',
      );
      assert.equal(t.kind, 'weekday');
      assert.equal(t.text, 'Tuesday');
      assert.equal(t.weekday, 2);
      assert.equal(t.start, '2024-10-22');
      assert.equal(t.end, '2024-10-22');
      assert.equal(t.role, 'statement');
    });

    it('"had been seen in Kursk on Wednesday" dates the event, not the statement', () => {
      const t = only('The intelligence service said the troops had been seen in Kursk on Wednesday.', '2024-10-24');
      assert.equal(t.kind, 'weekday');
      assert.equal(t.start, '2024-10-23');
      assert.equal(t.role, 'event');
    });

    it('a weekday opening the sentence before the attribution dates the statement', () => {
      const t = only(
        'On Wednesday, John Kirby, the spokesperson for the U.S. National Security Council, informed reporters that at least 3,000 North Korean soldiers had arrived in eastern Russia.',
        '2024-10-24',
      );
      assert.equal(t.start, '2024-10-23');
      assert.equal(t.role, 'statement');
    });

    it('the weekday of the reference date itself is that date ("reported on Thursday", published Thursday)', () => {
      const t = only(
        'Ukraine’s Defense Intelligence Agency reported on Thursday that some North Korean soldiers have entered the Kursk region in western Russia.',
        '2024-10-24',
      );
      assert.equal(t.start, '2024-10-24');
      assert.equal(t.role, 'statement');
    });

    it('without a reference date a weekday stays a weekday, with no calendar date', () => {
      const t = only(
        'Ukraine’s President Volodymyr Zelensky said Tuesday that Kyiv had intelligence about Russia training two military units from North Korea.',
      );
      assert.equal(t.kind, 'weekday');
      assert.equal(t.weekday, 2);
      assert.equal(t.start, undefined);
      assert.equal(t.end, undefined);
    });

    it('resolveWeekday gives the latest such weekday on or before the reference', () => {
      assert.equal(weekdayOf('2024-10-24'), 4);
      assert.equal(resolveWeekday(4, '2024-10-24'), '2024-10-24');
      assert.equal(resolveWeekday(5, '2024-10-24'), '2024-10-18');
      assert.equal(resolveWeekday(1, '2024-11-23'), '2024-11-18');
      assert.equal(addDays('2024-10-31', 1), '2024-11-01');
    });
  });

  describe('years, months and dates', () => {
    it('"since 2023" is a since-range from the start of 2023 to the reference date', () => {
      const t = only(
        'Except for soldiers, North Korea has supplied Moscow with at least 11,000 containers of ammunition, including approximately two million artillery rounds since 2023.',
        '2024-11-13',
      );
      assert.equal(t.kind, 'since');
      assert.equal(t.text, 'since 2023');
      assert.equal(t.start, '2023-01-01');
      assert.equal(t.end, '2024-11-13');
    });

    it('"since August 2022" is a since-range from that month, not the month itself', () => {
      const t = only('Shares in Falkenrath had their steepest one-day fall since August 2022.', '2025-03-05');
      assert.equal(t.kind, 'since');
      assert.equal(t.start, '2022-08-01');
      assert.equal(t.end, '2025-03-05');
    });

    it('"in February 2022" is the month February 2022', () => {
      const t = only(
        'The war began when Russian President Vladimir Putin launched a full-scale invasion of Kyiv in February 2022.',
        '2024-11-23',
      );
      assert.equal(t.kind, 'month');
      assert.equal(t.text, 'February 2022');
      assert.equal(t.month, 2);
      assert.equal(t.start, '2022-02-01');
      assert.equal(t.end, '2022-02-28');
      // A year needs no reference date.
      const u = only('Putin launched a full-scale invasion of Kyiv in February 2022.');
      assert.equal(u.start, '2022-02-01');
    });

    it('"in 2022" alone is the year 2022', () => {
      const t = only('The war began when Russia invaded Ukraine in 2022.', '2024-11-23');
      assert.equal(t.kind, 'year');
      assert.equal(t.start, '2022-01-01');
      assert.equal(t.end, '2022-12-31');
    });

    it('"reported on 13 November" is a date of the statement, placed in the reference year', () => {
      const s =
        'South Korea’s National Intelligence Service (NIS) reported on 13 November that North Korean soldiers are actively participating in combat operations.';
      const t = only(s, '2024-11-13');
      assert.equal(t.kind, 'date');
      assert.equal(t.text, '13 November');
      assert.equal(t.start, '2024-11-13');
      assert.equal(t.role, 'statement');
      // Without a reference date: the day and month only.
      const u = only(s);
      assert.equal(u.kind, 'date');
      assert.equal(u.month, 11);
      assert.equal(u.day, 13);
      assert.equal(u.start, undefined);
    });

    it('"By Thursday evening, control teams had sprayed ..., the directorate said": a day something was done by dates the event, not the saying', () => {
      const t = only(
        'By Thursday evening, control teams had sprayed roughly 23,500 acres, the plant protection directorate said.',
        '2026-01-23',
      );
      assert.deepEqual([t.kind, t.end, t.role], ['range', '2026-01-22', 'event']);
      const d = only('By Nov. 2, police had detained 14 people, the ministry said.', '2024-11-05');
      assert.deepEqual([d.kind, d.end, d.role], ['range', '2024-11-02', 'event']);
      // "On Thursday, ... said" stays the saying's day.
      assert.equal(
        only('On Thursday, the plant protection directorate said control teams had sprayed 23,500 acres.', '2026-01-23').role,
        'statement',
      );
    });

    it('"will spend ten days recounting households, starting Friday": the next Friday, the phrase belonging to the future clause before it', () => {
      assert.equal(
        only('About 640 enumerators will spend ten days recounting households, starting Friday.', '2032-11-11').start,
        '2032-11-12',
      );
      // ... and "worked for ten days, starting Friday" is the Friday before.
      assert.equal(only('About 640 enumerators worked for ten days, starting Friday.', '2032-11-11').start, '2032-11-05');
    });

    it('"On October 23, U.S. officials confirmed" is the statement date', () => {
      const t = only(
        'On October 23, U.S. officials confirmed that North Korea had sent troops to Russia to aid the country in its ongoing war against Ukraine.',
        '2024-11-23',
      );
      assert.equal(t.kind, 'date');
      assert.equal(t.start, '2024-10-23');
      assert.equal(t.role, 'statement');
    });
  });

  describe('relative ranges', () => {
    it('"this month" in a text of 2024-10-24 is a range in October 2024 ending at the reference date', () => {
      const t = only(
        'US National Security Council spokesman John Kirby told reporters at least 3,000 North Korean soldiers arrived in eastern Russia this month.',
        '2024-10-24',
      );
      assert.equal(t.text, 'this month');
      assert.equal(t.start, '2024-10-01');
      assert.ok(t.end !== undefined && t.end >= '2024-10-01' && t.end <= '2024-10-31', JSON.stringify(t));
      assert.equal(t.kind, 'range', JSON.stringify(t));
      assert.equal(t.end, '2024-10-24', JSON.stringify(t));
    });

    it('"this month" without a reference date is not placed on the calendar', () => {
      const ts = times(
        'US National Security Council spokesman John Kirby told reporters at least 3,000 North Korean soldiers arrived in eastern Russia this month.',
      );
      for (const t of ts) assert.equal(t.start, undefined, `placed without a reference date: ${JSON.stringify(t)}`);
    });

    it('"Last week" is a week-long range before the reference date, not one day', () => {
      const t = only(
        'Last week, CNN geolocated social media videos showing troops arriving at the Sergeevka training ground, close to Russia’s border with China.',
        '2024-10-24',
      );
      assert.equal(t.text, 'Last week');
      assert.equal(t.kind, 'range', JSON.stringify(t));
      assert.ok(t.start && t.end && t.start < t.end && t.end <= '2024-10-24', JSON.stringify(t));
    });
  });

  describe('no times', () => {
    it('finds none in a sentence without a time', () => {
      assert.deepEqual(
        times('North Korean troops have been deployed to a new Russian frontline region, a Ukrainian official said.', '2024-11-23'),
        [],
      );
      assert.deepEqual(
        times('The Belgorod Oblast is south of the Kursk Oblast and directly across from the Kharkiv Oblast in Ukraine.', '2024-11-23'),
        [],
      );
    });

    it('"will now close in September": "now" is no date; "yesterday" in an undated text is no day', () => {
      const t = only('The Hranov plant will now close in September 2026, three months later than first planned.');
      assert.equal(t.text, 'September 2026');
      assert.deepEqual(
        times('Police said yesterday that nine people had been arrested in Arequipa in June.').map((x) => x.text),
        ['June'],
      );
      // With the text's date, "yesterday" is the day before it.
      const y = times('Police said yesterday that nine people had been arrested.', '2025-06-10');
      assert.deepEqual(
        y.map((x) => x.start),
        ['2025-06-09'],
      );
    });

    it('undated, "as of 18 November ..., the month before" is October', () => {
      const t = times('As of the 18 November briefing, North Korean troops had started entering Russia the month before.');
      assert.deepEqual(
        t.map((x) => [x.text, x.month]),
        [
          ['18 November', 11],
          ['the month before', 10],
        ],
      );
      // Without a month named, "the month before" counts from nothing.
      assert.deepEqual(times('North Korean troops had started entering Russia the month before.'), []);
    });

    it('"is due to deliver the verdict on Wednesday": what is to come falls on the next Wednesday', () => {
      assert.equal(only('Kiprono is due to deliver the verdict on Wednesday.', '2025-11-18').start, '2025-11-19');
      assert.equal(only('Kiprono will deliver the verdict on Wednesday.', '2025-11-18').start, '2025-11-19');
      // Past: the Wednesday before; and "will" in another clause does not reach the weekday.
      assert.equal(only('Kiprono delivered the verdict on Wednesday.', '2025-11-18').start, '2025-11-12');
      assert.equal(only('Families will receive 250,000 rand, Sithole announced on Wednesday.', '2025-11-18').start, '2025-11-12');
    });

    it('"two days earlier", "three days later": days counted from the day the sentence names', () => {
      const [, d] = times('HUR said on Thursday that North Korean soldiers had been seen in Kursk two days earlier.', '2024-10-25');
      assert.deepEqual([d.text, d.start], ['two days earlier', '2024-10-22']);
      // Undated: a weekday, two before Thursday.
      const [, w] = times('HUR said on Thursday that North Korean soldiers had been seen in Kursk two days earlier.');
      assert.deepEqual([w.kind, w.weekday], ['weekday', 2]);
      // No day named in the sentence: nothing to count from ("three days later" of an unnamed event).
      assert.deepEqual(times('The troops reached the front three days later.', '2024-10-25'), []);
      // "two days before the summit" counts from the summit, which has no date here.
      assert.deepEqual(times('On Thursday, officials said the troops arrived two days before the summit.', '2024-10-25').length, 1);
    });

    it('"its lowest since March", "the first time since 2019": a yardstick, not when it happened', () => {
      assert.deepEqual(
        times('Annual inflation fell to 3.3% in October, its lowest since March.').map((x) => x.text),
        ['October'],
      );
      // "since" alone starts a period the claim speaks of.
      assert.ok(times('Prices have risen every month since March, the ONS said.', '2025-11-19').some((x) => /March/.test(x.text)));
    });

    it('a date set aside ("rather than at the end of June", "instead of in March") is no date of the claim', () => {
      assert.deepEqual(
        times('The Hranov plant will close in September 2026, rather than at the end of June as first planned.').map((x) => x.text),
        ['September 2026'],
      );
      assert.deepEqual(
        times('The vote will be held in May instead of in March.').map((x) => x.text),
        ['May'],
      );
      // Not set aside: a date that follows its own clause.
      assert.deepEqual(times('The plant will close in June 2026, the company said on Monday.', '2025-11-06').length, 2);
    });

    it('takes no figure for a time: "12,000 North Korean soldiers", "500 officers"', () => {
      assert.deepEqual(
        times('There are approximately 12,000 North Korean soldiers deployed in Russia, including 500 military officers.', '2024-10-24'),
        [],
      );
    });

    it('a time of day is no date: "at 10 am", "this morning" (chrono runs without its time-of-day parsers)', () => {
      for (const name of UNUSED_CHRONO_PARSERS) assert.ok(!chronoParsers().includes(name), `${name} still runs`);
      assert.ok(chronoParsers().includes('ENMonthNameParser') && chronoParsers().includes('ENTimeUnitAgoFormatParser'));
      assert.deepEqual(times('Kirby told reporters at 10 am this morning that troops were in Kursk.', '2024-10-24'), []);
      assert.deepEqual(times('Officials expect the troops to reach the front within three days of the order.', '2024-10-24'), []);
      // A date next to a time of day keeps its own span.
      assert.equal(only('Kirby spoke on October 24 at 10 am about the troops in Kursk.', '2024-10-30').text, 'October 24');
    });

    it('"three days ago" is a date counted back from the text\'s date', () => {
      const t = only('North Korean troops crossed into Kursk three days ago, the agency said.', '2024-10-24');
      assert.equal(t.kind, 'date', JSON.stringify(t));
      assert.equal(t.start, '2024-10-21');
    });

    it('takes no month from "march" or "may" in lower case (verbs), and reads a numeric date alone', () => {
      assert.deepEqual(times('Thousands of North Korean soldiers march on toward the Kursk front, officials said.', '2024-10-24'), []);
      assert.equal(only('Kirby said the troops arrived in Russia in March.', '2024-10-24').kind, 'month');
      const iso = only('Kirby said the troops arrived in Russia on 2024-10-21.', '2024-10-24');
      assert.equal(iso.kind, 'date', JSON.stringify(iso));
      assert.equal(iso.start, '2024-10-21');
    });

    it('"after eight days", "within two weeks", "eight days later" say how long, not which day', () => {
      for (const d of [undefined, '2025-10-28']) {
        const t = times('Farmers could irrigate again from Thursday, Oct. 23, after eight days, the association said.', d);
        assert.deepEqual(
          t.map((x) => x.text),
          ['Thursday, Oct. 23'],
          JSON.stringify(t),
        );
        assert.deepEqual(times('The gates reopened eight days later.', d), []);
        assert.deepEqual(times('The company must pay within two weeks, the regulator said.', d), []);
      }
    });

    it('"three days ago" in an undated text is no day (chrono would count from a made-up one)', () => {
      assert.deepEqual(times('North Korean troops crossed into Kursk three days ago, the agency said.'), []);
    });

    it('takes no time from "may" used as a verb', () => {
      assert.deepEqual(times('The troops may be deployed soon.', '2024-10-24'), []);
    });
  });
});
