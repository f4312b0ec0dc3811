import { Chip, type ChipProps } from "@mui/material";
import { useLocale, useRecordContext, useTranslate } from "react-admin";

const colors: Record<string, ChipProps["color"]> = {
  PENDING_UNIT: "info",
  PENDING_COUNTY: "info",
  PENDING_ORGANIZER: "info",
  APPROVED: "success",
  CONFIRMED: "success",
  WAITLISTED: "warning",
  RETURNED: "warning",
  REJECTED: "error",
  WITHDRAWN: "default",
};

/**
 * The state as the API words it (候补第 2 位, 已退回（退回原因：…）) in Chinese; the state's own
 * name in English, since the API's label is Chinese.
 */
export const StateChip = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ state: string; stateLabel: string }>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const label = locale.startsWith("zh")
    ? record.stateLabel
    : translate(`resources.Registration.states.${record.state}`);
  return (
    <Chip
      size="small"
      color={colors[record.state] ?? "default"}
      label={label}
      title={record.stateLabel}
      data-state={record.state}
      sx={{
        alignSelf: "flex-start",
        maxWidth: 360,
        height: "auto",
        "& .MuiChip-label": { whiteSpace: "normal", py: 0.25 },
      }}
    />
  );
};
