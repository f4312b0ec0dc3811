import { chinaDateOf, formatChineseDate } from "../china-time.ts";

/** Internal to the voting folder: instants written in China time for the messages people read. */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** "09:05:07" in China time. */
export function chinaClockTimeOf(instant: Date): string {
  return new Date(instant.getTime() + chinaOffsetMs).toISOString().slice(11, 19);
}

/** "2015年10月20日 09:05", or with seconds "2015年10月20日 09:05:07". */
export function formatChinaDateTime(instant: Date, withSeconds = false): string {
  const time = chinaClockTimeOf(instant);
  return `${formatChineseDate(chinaDateOf(instant))} ${withSeconds ? time : time.slice(0, 5)}`;
}
