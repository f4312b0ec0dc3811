import type { Locale } from "./define-messages.ts";

// Every date a user reads is in China time, whatever the phone's time zone (DOMAIN.md "Time").
const timeZone = "Asia/Shanghai";
const intlLocale = (locale: Locale) => (locale === "zh" ? "zh-CN" : "en-GB");

/** 2015年9月28日 (zh) / 28 Sept 2015 (en), from an ISO instant or a YYYY-MM-DD calendar day. */
export function formatDay(value: string, locale: Locale): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+08:00`) : new Date(value);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(instant);
}

/** 9月28日 14:30 (zh) / 28 Sept, 14:30 (en): match times and deadlines of this season. */
export function formatDayTime(value: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(value));
}

/** 14:05:09 in China time: the moment a live board was computed, the same in every language. */
export function formatClock(value: string): string {
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(new Date(value));
}

/** Today's calendar day in China, YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Whole days from today (China) to a calendar day: 0 today, 1 tomorrow, negative when past. */
export function daysUntil(day: string, now: Date = new Date()): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${chinaToday(now)}T00:00:00Z`)) / 86_400_000);
}
