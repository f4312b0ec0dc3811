import { activityKinds, activityStates, chinaDateOf } from "@jinzhou/domain";
import { Chip } from "@mui/material";
import {
  Datagrid,
  List,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  useLocale,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { CalendarDateField, formatCalendarDate } from "../fields/CalendarDateField.tsx";

/** The state as a chip, in the panel's language. */
export const ActivityStateChip = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ state: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.state === "REGISTRATION_OPEN" ? "success" : record.state === "DRAFT" ? "default" : "info"}
      label={translate(`resources.Activity.states.${record.state}`)}
      data-state={record.state}
    />
  );
};

/** 完成时限, in red when the China date today is past it and the activity is not final. */
export const CompletedByField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ completedBy?: string | null; state: string }>();
  const locale = useLocale();
  if (!record?.completedBy) return null;
  const overdue = record.state !== "FINAL" && record.completedBy < chinaDateOf(new Date());
  return (
    <span data-overdue={overdue} style={overdue ? { color: "#c62828", fontWeight: 600 } : undefined}>
      {formatCalendarDate(record.completedBy, locale)}
    </span>
  );
};

export const KindField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ kind: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate(`resources.Activity.kinds.${record.kind}`)}</span>;
};

const useFilters = () => {
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <NumberInput key="year" source="year" alwaysOn />,
    <ReferenceInput key="departmentId" source="departmentId" reference="Department" />,
    <SelectInput
      key="state"
      source="state"
      choices={activityStates.map((id) => ({ id, name: translate(`resources.Activity.states.${id}`) }))}
    />,
    <SelectInput
      key="kind"
      source="kind"
      choices={activityKinds.map((id) => ({ id, name: translate(`resources.Activity.kinds.${id}`) }))}
    />,
  ];
};

export const ActivityList = () => (
  <List filters={useFilters()} sort={{ field: "registrationClosesOn", order: "ASC" }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <KindField source="kind" />
      <ReferenceField source="departmentId" reference="Department" link={false} />
      <ActivityStateChip source="state" />
      <CalendarDateField source="registrationOpensOn" />
      <CalendarDateField source="registrationClosesOn" />
      <CompletedByField source="completedBy" />
    </Datagrid>
  </List>
);
