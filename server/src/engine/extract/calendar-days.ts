// Days on the calendar as ISO strings: adding days, the weekday of a date, the last weekday of a
// name on or before a date, the last day of a month (extract/times.ts and the judges).

export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

export function weekdayOf(date: string): number {
  return new Date(date + 'T00:00:00Z').getUTCDay();
}

/** The most recent given weekday on or before `ref`. */
export function resolveWeekday(weekday: number, ref: string): string {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  return addDays(ref, -back);
}

export function lastDayOfMonth(y: number, m: number): string {
  return iso(new Date(Date.UTC(y, m, 0)));
}
