import { Box, Link as MuiLink, Typography } from "@mui/material";
import { Link, ReferenceField, TextField, useCreatePath, useRecordContext, useTranslate } from "react-admin";

/** The action in words (新建活动), with its code for the ones the panel does not name yet. */
export const ActionField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ action: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const label = translate(`resources.AuditEntry.actions.${record.action}`, { _: record.action });
  return (
    <Typography component="span" variant="body2" title={record.action} data-action={record.action}>
      {label}
    </Typography>
  );
};

/** The record as "活动 #12". */
export const EntityField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ entityType: string; entityId: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const type = translate(`resources.AuditEntry.entities.${record.entityType}`, { _: record.entityType });
  return (
    <Typography component="span" variant="body2">
      {record.entityId ? `${type} #${record.entityId}` : type}
    </Typography>
  );
};

/** Who did it: the account's name (one batched look-up per page) and role then, or "公众或系统". */
export const ActorField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ actorUserId: string | null; actorRole: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.actorUserId) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate("resources.AuditEntry.system")}
      </Typography>
    );
  }
  return (
    <Box component="span" sx={{ display: "inline-flex", gap: 0.5, alignItems: "baseline", flexWrap: "wrap" }}>
      <ReferenceField source="actorUserId" reference="User" link={false}>
        <TextField source="displayName" />
      </ReferenceField>
      {record.actorRole ? (
        <Typography component="span" variant="caption" color="text.secondary">
          {translate(`enums.role.${record.actorRole}`)}
        </Typography>
      ) : null}
    </Box>
  );
};

/** The activity the entry belongs to, as a link to it. */
export const ActivityLinkField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ activityId: string | null }>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  if (!record.activityId) return <Typography variant="body2">—</Typography>;
  return (
    <MuiLink component={Link} to={createPath({ resource: "Activity", id: record.activityId, type: "show" })}>
      {translate("resources.AuditEntry.openActivity", { id: record.activityId })}
    </MuiLink>
  );
};

/** The page title of an entry: "操作日志：修改活动". */
export const AuditEntryTitle = () => {
  const record = useRecordContext<{ action: string }>();
  const translate = useTranslate();
  const name = translate("resources.AuditEntry.name");
  if (!record) return <>{name}</>;
  return <>{`${name}：${translate(`resources.AuditEntry.actions.${record.action}`, { _: record.action })}`}</>;
};
