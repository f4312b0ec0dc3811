import {
  AutocompleteInput,
  Datagrid,
  DateInput,
  List,
  ReferenceInput,
  SearchInput,
  TextField,
  TextInput,
} from "react-admin";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { EmptyState } from "../layout/EmptyState.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";
import { ActionField, ActorField, EntityField } from "./AuditFields.tsx";

const searchByText = (q: string) => ({ q });

const auditFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <ReferenceInput key="actorUserId" source="actorUserId" reference="User" alwaysOn>
    <AutocompleteInput optionText="displayName" filterToQuery={searchByText} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <TextInput key="action" source="action" />,
  <TextInput key="entityType" source="entityType" />,
  <TextInput key="entityId" source="entityId" />,
  <ReferenceInput key="activityId" source="activityId" reference="Activity">
    <AutocompleteInput optionText="name" filterToQuery={searchByText} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

/** 操作日志: who did what to which record and when, newest first; open an entry for its diff. */
export const AuditEntryList = () => (
  <List
    filters={auditFilters}
    sort={{ field: "at", order: "DESC" }}
    perPage={25}
    exporter={false}
    empty={<EmptyState />}
    pagination={<PanelPagination />}
  >
    <Datagrid bulkActionButtons={false} rowClick="show">
      <ChinaTimeField source="at" />
      <ActorField source="actorUserId" sortable={false} />
      <ActionField source="action" />
      <EntityField source="entityType" />
      <TextField source="reason" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
