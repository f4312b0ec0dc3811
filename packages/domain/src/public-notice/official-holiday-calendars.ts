import { type HolidayCalendar, holidayCalendarDaysFromRange as range } from "./holiday-calendar.ts";

/**
 * The State Council's arrangements for the years the demo data covers, entered the way the admin
 * would enter them: the days each notice says are off (放假, 补休, 调休放假) and the weekend days it
 * says are worked (上班). Weekend days next to a holiday are weekends anyway and are not repeated.
 */

/**
 * 国办发明电〔2014〕28号 (16 December 2014), plus 国发明电〔2015〕3号 for the 70th anniversary of
 * the victory in the War of Resistance (9月3日至5日调休放假, 9月6日（星期日）上班).
 */
export const chinaHolidayCalendar2015: HolidayCalendar = {
  year: 2015,
  holidays: [
    ...range("元旦", "2015-01-01", "2015-01-03"),
    ...range("春节", "2015-02-18", "2015-02-24"),
    // 4月5日放假，4月6日（星期一）补休.
    ...range("清明节", "2015-04-05", "2015-04-06"),
    // 5月1日放假，与周末连休.
    { date: "2015-05-01", name: "劳动节" },
    // 6月20日放假，6月22日（星期一）补休.
    { date: "2015-06-20", name: "端午节" },
    { date: "2015-06-22", name: "端午节" },
    ...range("抗战胜利纪念日", "2015-09-03", "2015-09-05"),
    // 9月27日放假, a Sunday, with no day in lieu: it was folded into the National Day week.
    { date: "2015-09-27", name: "中秋节" },
    ...range("国庆节", "2015-10-01", "2015-10-07"),
  ],
  adjustedWorkingDays: [
    { date: "2015-01-04", name: "元旦" },
    { date: "2015-02-15", name: "春节" },
    { date: "2015-02-28", name: "春节" },
    { date: "2015-09-06", name: "抗战胜利纪念日" },
    { date: "2015-10-10", name: "国庆节" },
  ],
};

/** 国办发明电〔2015〕18号 (10 December 2015). */
export const chinaHolidayCalendar2016: HolidayCalendar = {
  year: 2016,
  holidays: [
    // 1月1日放假，与周末连休: a Friday, so no adjusted working day.
    { date: "2016-01-01", name: "元旦" },
    ...range("春节", "2016-02-07", "2016-02-13"),
    // 4月4日放假，与周末连休.
    { date: "2016-04-04", name: "清明节" },
    // 5月1日放假，5月2日（星期一）补休.
    ...range("劳动节", "2016-05-01", "2016-05-02"),
    ...range("端午节", "2016-06-09", "2016-06-11"),
    ...range("中秋节", "2016-09-15", "2016-09-17"),
    ...range("国庆节", "2016-10-01", "2016-10-07"),
  ],
  adjustedWorkingDays: [
    { date: "2016-02-06", name: "春节" },
    { date: "2016-02-14", name: "春节" },
    { date: "2016-06-12", name: "端午节" },
    { date: "2016-09-18", name: "中秋节" },
    { date: "2016-10-08", name: "国庆节" },
    { date: "2016-10-09", name: "国庆节" },
  ],
};
