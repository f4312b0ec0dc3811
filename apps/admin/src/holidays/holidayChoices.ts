/** The kinds of day as choices; names are i18n keys. */
export const holidayKindChoices = ["HOLIDAY", "ADJUSTED_WORKING_DAY"].map((id) => ({
  id,
  name: `resources.Holiday.kinds.${id}`,
}));

/** Years the list filter offers: from 2015 to next year, newest first. */
export function holidayYearChoices(thisYear: number): { id: number; name: string }[] {
  const last = Math.max(thisYear + 1, 2015);
  return Array.from({ length: last - 2015 + 1 }, (_, index) => {
    const year = last - index;
    return { id: year, name: String(year) };
  });
}

/** The year of a "YYYY-MM-DD" day, or null while the date is incomplete. */
export function yearOfDay(date: unknown): number | null {
  return typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.slice(0, 4)) : null;
}
