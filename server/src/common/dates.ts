/** Calendar arithmetic on local dates (YYYY-MM-DD); no time zone is involved. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay)); // 31 January + 1 month is 28 (or 29) February
  return target.toISOString().slice(0, 10);
}
