/** The time units of the extension, in milliseconds (the only place they are defined). */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Calendar days in the host's time zone, as 'YYYY-MM-DD' keys (sortable, readable in a heatmap). */
export function localDay(time: Date | number): string {
  const date = typeof time === 'number' ? new Date(time) : time;
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The local day holding `t` and where it starts and ends (epoch ms; a DST day is 23 or 25 hours). */
export function localDayAround(t: number): { readonly day: string; readonly start: number; readonly end: number } {
  const date = new Date(t);
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  return { day: localDay(date), start, end };
}

/** The day before `day`; built from calendar fields, so daylight-saving changes do not skip days. */
export function previousLocalDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(year, month - 1, date - 1, 12));
}

/** Consecutive days with at least one review, ending today, or yesterday when today has none yet. */
export function streakLength(reviewsByDay: ReadonlyMap<string, number>, now: Date): number {
  let day = localDay(now);
  if (!reviewsByDay.get(day)) day = previousLocalDay(day);
  let streak = 0;
  while ((reviewsByDay.get(day) ?? 0) > 0) {
    streak++;
    day = previousLocalDay(day);
  }
  return streak;
}
