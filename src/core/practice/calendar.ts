/** Calendar days in the host's time zone, as 'YYYY-MM-DD' keys (sortable, readable in a heatmap). */
export function localDay(time: Date | number): string {
  const date = new Date(time);
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
