/**
 * Match times are instants (UTC in the API) but are typed and read in China time, whatever the
 * browser's zone: a `datetime-local` input holds "2015-09-26T09:00", meaning 09:00 in Jinzhou.
 */
const chinaOffsetMs = 8 * 3_600_000;

/** "2015-09-26T01:00:00.000Z" → "2015-09-26T09:00" (China time), or "" for no time. */
export function toChinaInput(instant: string | null): string {
  if (!instant) return "";
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return "";
  return new Date(time + chinaOffsetMs).toISOString().slice(0, 16);
}

/** "2015-09-26T09:00" (China time) → "2015-09-26T01:00:00.000Z", or null when not a valid time. */
export function fromChinaInput(value: string): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute) - chinaOffsetMs;
  const check = new Date(utc + chinaOffsetMs);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return new Date(utc).toISOString();
}
