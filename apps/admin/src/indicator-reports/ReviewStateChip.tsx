import { Chip, type ChipProps } from "@mui/material";
import { useLocale, useRecordContext, useTranslate } from "react-admin";

const colors: Record<string, ChipProps["color"]> = { PENDING: "info", APPROVED: "success", RETURNED: "warning" };

/** The review state as the API words it in Chinese (已退回（退回原因：…）), the state's name in English. */
export const ReviewStateChip = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ reviewState: string; reviewStateLabel: string }>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const label = locale.startsWith("zh")
    ? record.reviewStateLabel
    : translate(`resources.IndicatorReport.reviewStates.${record.reviewState}`);
  return (
    <Chip
      size="small"
      color={colors[record.reviewState] ?? "default"}
      label={label}
      title={record.reviewStateLabel}
      data-review-state={record.reviewState}
      sx={{
        alignSelf: "flex-start",
        maxWidth: 360,
        height: "auto",
        "& .MuiChip-label": { whiteSpace: "normal", py: 0.25 },
      }}
    />
  );
};
