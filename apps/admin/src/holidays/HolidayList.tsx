import { chinaDateOf } from "@jinzhou/domain";
import {
  Datagrid,
  DeleteWithConfirmButton,
  EditButton,
  List,
  SearchInput,
  SelectInput,
  TextField,
  useCanAccess,
  useLocale,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { CalendarDateField, formatCalendarDate } from "../fields/CalendarDateField.tsx";
import { EmptyState } from "../layout/EmptyState.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";
import { HolidayKindChip } from "./HolidayKindChip.tsx";
import { HolidayWhy } from "./HolidayWhy.tsx";
import { holidayKindChoices, holidayYearChoices } from "./holidayChoices.ts";

const thisYear = Number(chinaDateOf(new Date()).slice(0, 4));

const holidayFilters = [
  <SelectInput key="year" source="year" choices={holidayYearChoices(thisYear)} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={holidayKindChoices} alwaysOn />,
  <SearchInput key="q" source="q" alwaysOn />,
];

/** Deleting asks first, naming the day. */
const DeleteDay = () => {
  const record = useRecordContext<{ date: string }>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  return (
    <DeleteWithConfirmButton
      mutationMode="pessimistic"
      confirmTitle={translate("resources.Holiday.delete.title", { date: formatCalendarDate(record.date, locale) })}
      confirmContent="resources.Holiday.delete.content"
    />
  );
};

/** 节假日安排: one year's days off and make-up working days, in date order. */
export const HolidayList = () => {
  const { canAccess: mayEdit } = useCanAccess({ resource: "Holiday", action: "edit" });
  return (
    <List
      filters={holidayFilters}
      filterDefaultValues={{ year: thisYear }}
      sort={{ field: "date", order: "ASC" }}
      perPage={50}
      exporter={false}
      empty={<EmptyState />}
      pagination={<PanelPagination />}
      title="resources.Holiday.name"
    >
      <HolidayWhy />
      <Datagrid bulkActionButtons={false} rowClick={mayEdit ? "edit" : false}>
        <CalendarDateField source="date" />
        <TextField source="weekday" sortBy="date" />
        <TextField source="name" />
        <HolidayKindChip source="kind" />
        {mayEdit ? <EditButton /> : null}
        {mayEdit ? <DeleteDay /> : null}
      </Datagrid>
    </List>
  );
};
