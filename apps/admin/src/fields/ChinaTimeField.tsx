import { DateField, type DateFieldProps, useLocale } from "react-admin";

/** An instant shown in China Standard Time, whatever the browser's zone: 2015年3月18日 14:05. */
export const ChinaTimeField = (props: DateFieldProps) => {
  const locale = useLocale();
  return (
    <DateField
      showTime
      locales={locale.startsWith("zh") ? "zh-CN" : "en-GB"}
      options={{ timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" }}
      {...props}
    />
  );
};
