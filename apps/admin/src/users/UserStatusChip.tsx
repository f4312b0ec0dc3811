import { Box, Chip } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";

/** 启用 / 已停用, and 已锁定 while wrong passwords keep the account locked. */
export const UserStatusChip = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ active: boolean; locked: boolean | null }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap" }}>
      <Chip
        size="small"
        color={record.active ? "success" : "default"}
        variant={record.active ? "filled" : "outlined"}
        label={translate(`resources.User.states.${record.active ? "active" : "inactive"}`)}
      />
      {record.locked ? <Chip size="small" color="warning" label={translate("resources.User.states.locked")} /> : null}
    </Box>
  );
};
