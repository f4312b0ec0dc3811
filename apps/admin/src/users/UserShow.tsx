import { EditButton, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from "react-admin";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { ActiveToggleButton } from "./ActiveToggleButton.tsx";
import { ResetPasswordButton } from "./ResetPasswordButton.tsx";
import { roleChoices } from "./roleChoices.ts";
import { UserStatusChip } from "./UserStatusChip.tsx";

const UserShowActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <ActiveToggleButton />
    <EditButton />
  </TopToolbar>
);

/** One account: who, which role over which organization or department, and its sign-in facts. */
export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <SelectField source="role" choices={roleChoices} />
      <ReferenceField source="organizationId" reference="Organization">
        <TextField source="pathName" />
      </ReferenceField>
      <ReferenceField source="departmentId" reference="Department" link={false} emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="workerId" reference="Worker" emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <UserStatusChip source="active" />
      <ChinaTimeField source="lastLoginAt" emptyText="—" />
      <ChinaTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
