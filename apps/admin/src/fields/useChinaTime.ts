import { useLocale } from "react-admin";

/** How much of the date and time to show; the panel's default is a long date with the minutes. */
export type ChinaTimeStyle = Pick<Intl.DateTimeFormatOptions, "dateStyle" | "timeStyle">;

/** Formats an instant (ISO string) in China time, in the panel's language. */
export function useChinaTime(style: ChinaTimeStyle = { dateStyle: "long", timeStyle: "short" }) {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale.startsWith("zh") ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
    ...style,
  });
  return (instant: string) => format.format(new Date(instant));
}
