/** A date as YYYY-MM-DD in UTC, the form dates take in the API and in the database. */
export function calendarDate(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
