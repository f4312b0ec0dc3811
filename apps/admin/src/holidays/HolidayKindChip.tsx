import { Chip } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";

/** 法定节假日 in red (a day off), 调休上班 in blue (a weekend day worked). */
export const HolidayKindChip = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ kind: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.kind === "HOLIDAY" ? "error" : "info"}
      variant={record.kind === "HOLIDAY" ? "filled" : "outlined"}
      label={translate(`resources.Holiday.kinds.${record.kind}`)}
      data-kind={record.kind}
    />
  );
};
