import { holidayKindLabels } from "@jinzhou/domain";

/**
 * The texts of the holiday calendar (节假日安排), merged under `resources` into the app's message
 * files: `resources.Holiday.*`. Kind labels are the domain's.
 */
const zhHoliday = {
  name: "节假日安排",
  fields: {
    id: "编号",
    date: "日期",
    weekday: "星期",
    year: "年份",
    name: "名称",
    kind: "类型",
    q: "搜索名称或日期",
    createdAt: "录入时间",
    updatedAt: "修改时间",
  },
  kinds: holidayKindLabels,
  helpers: {
    date: "国务院公布的放假或调休上班的那一天",
    name: "如“国庆节”“春节”",
    kind: "法定节假日：这一天不上班；调休上班：这个周末要上班",
  },
  why: {
    title: "为什么要维护节假日",
    body: "公示期按工作日计算：周一至周五算工作日，扣除法定节假日，加上调休上班的周六、周日。每年国务院公布放假安排后，请把全年的放假日和调休上班日录入这里，否则公示截止日期会算错。",
  },
  delete: {
    title: "删除 %{date}",
    content: "删除后，已开始的公示期不变，此后计算的工作日会按新的安排。确定删除吗？",
  },
  empty: {
    title: "还没有录入节假日",
    create: "每年国务院公布放假安排后，把放假日和调休上班日逐日录入。",
    readOnly: "节假日由系统管理员录入。",
  },
};

const enHoliday: typeof zhHoliday = {
  name: "Holiday calendar",
  fields: {
    id: "ID",
    date: "Date",
    weekday: "Weekday",
    year: "Year",
    name: "Name",
    kind: "Kind",
    q: "Search by name or date",
    createdAt: "Entered",
    updatedAt: "Changed",
  },
  kinds: { HOLIDAY: "Public holiday", ADJUSTED_WORKING_DAY: "Make-up working day" },
  helpers: {
    date: "The day off or the weekend day worked, as the State Council announces it",
    name: "e.g. National Day, Spring Festival",
    kind: "Public holiday: no work that day; make-up working day: a weekend day that is worked",
  },
  why: {
    title: "Why the calendar matters",
    body: "Public-notice periods count working days: Monday to Friday, minus public holidays, plus the weekend days made working days. Enter each year's holidays and make-up working days once the State Council announces them, or notice end dates come out wrong.",
  },
  delete: {
    title: "Delete %{date}",
    content:
      "Notice periods already started keep their dates; working days counted from now on follow the new calendar. Delete?",
  },
  empty: {
    title: "No holidays entered yet",
    create:
      "Each year, once the State Council announces the arrangement, enter every day off and every make-up working day.",
    readOnly: "The admin enters the holidays.",
  },
};

export const zh = { Holiday: zhHoliday };
export const en = { Holiday: enHoliday };
