import {
  BooleanInput,
  Datagrid,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from "react-admin";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { EmptyState } from "../layout/EmptyState.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";
import { OrganizationReferenceInput } from "../organizations/OrganizationInputs.tsx";
import { roleChoices } from "./roleChoices.ts";
import { UserStatusChip } from "./UserStatusChip.tsx";

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <OrganizationReferenceInput key="organizationId" source="organizationId" sx={{ minWidth: 240 }} />,
  <ReferenceInput
    key="departmentId"
    source="departmentId"
    reference="Department"
    sort={{ field: "sortOrder", order: "ASC" }}
  >
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" label="resources.User.states.active" />,
];

/** 账号与角色: every account, filtered by role, organization, department and status. */
export const UserList = () => (
  <List
    filters={userFilters}
    sort={{ field: "id", order: "ASC" }}
    perPage={25}
    exporter={false}
    empty={<EmptyState />}
    pagination={<PanelPagination />}
  >
    <Datagrid bulkActionButtons={false} rowClick="show">
      <TextField source="username" />
      <TextField source="displayName" />
      <SelectField source="role" choices={roleChoices} />
      <ReferenceField source="organizationId" reference="Organization" link={false} sortable={false}>
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="departmentId" reference="Department" link={false} sortable={false} emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <TextField source="workerName" sortable={false} emptyText="—" />
      <UserStatusChip source="active" />
      <ChinaTimeField source="lastLoginAt" emptyText="—" />
    </Datagrid>
  </List>
);
