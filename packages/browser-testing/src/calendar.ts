/** A China calendar day (YYYY-MM-DD), `days` from today. */
export function chinaDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
