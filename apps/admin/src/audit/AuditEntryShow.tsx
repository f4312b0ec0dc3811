import { Labeled, Show, SimpleShowLayout, TextField } from "react-admin";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { AuditDiffTable } from "./AuditDiffTable.tsx";
import { ActionField, ActivityLinkField, ActorField, AuditEntryTitle, EntityField } from "./AuditFields.tsx";

/** One entry: when, who, what, the reason, and its values before and after side by side. */
export const AuditEntryShow = () => (
  <Show actions={false} title={<AuditEntryTitle />}>
    <SimpleShowLayout>
      <ChinaTimeField source="at" />
      <Labeled source="actorUserId">
        <ActorField />
      </Labeled>
      <Labeled source="action">
        <ActionField />
      </Labeled>
      <Labeled source="entityType">
        <EntityField />
      </Labeled>
      <Labeled source="activityId">
        <ActivityLinkField />
      </Labeled>
      <TextField source="reason" emptyText="—" />
      <AuditDiffTable />
    </SimpleShowLayout>
  </Show>
);
