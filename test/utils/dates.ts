import { calendarDate } from '../../src/common/calendar-date';

/** Today, or so many days from today (negative: before), as YYYY-MM-DD. */
export function dayFromToday(offset = 0): string {
  return calendarDate(new Date(Date.now() + offset * 86_400_000));
}
