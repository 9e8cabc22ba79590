const HOUR = 3_600_000;
/** Local day of each UTC hour that lies wholly inside one local day and one UTC offset. */
const dayOfHour = new Map<number, string>();
const MAX_CACHED_HOURS = 100_000;

/**
 * Calendar days in the host's time zone, as 'YYYY-MM-DD' keys (sortable, readable in a heatmap).
 * Replay asks this for every review, so the answer is cached per UTC hour, but only for an hour
 * with one UTC offset that starts and ends on the same local day (time zones with half-hour
 * offsets, and DST changes, leave their hour uncached).
 */
export function localDay(time: Date | number): string {
  const t = typeof time === 'number' ? time : time.getTime();
  const hour = Math.floor(t / HOUR);
  const cached = dayOfHour.get(hour);
  if (cached !== undefined) return cached;
  const day = formatDay(new Date(t));
  const first = new Date(hour * HOUR);
  const last = new Date(hour * HOUR + HOUR - 1);
  if (first.getTimezoneOffset() === last.getTimezoneOffset() && formatDay(first) === day && formatDay(last) === day) {
    if (dayOfHour.size >= MAX_CACHED_HOURS) dayOfHour.clear();
    dayOfHour.set(hour, day);
  }
  return day;
}

function formatDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
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
