import { formatChineseDate, isCalendarDate } from "@jinzhou/domain";
import { Typography } from "@mui/material";
import { type FieldProps, useFieldValue, useLocale } from "react-admin";

/** "2015年3月18日" in Chinese, "18 March 2015" in English; a calendar date has no time zone. */
export function formatCalendarDate(date: string, locale: string): string {
  if (!isCalendarDate(date)) return date;
  if (locale.startsWith("zh")) return formatChineseDate(date);
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    day: "numeric",
  });
}

/** A "YYYY-MM-DD" field such as a birth date, written the way people write dates. */
export const CalendarDateField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const locale = useLocale();
  if (typeof value !== "string" || value === "") return null;
  return (
    <Typography component="span" variant="body2" className={props.className}>
      {formatCalendarDate(value, locale)}
    </Typography>
  );
};
