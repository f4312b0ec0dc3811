import Assessment from "@mui/icons-material/Assessment";
import { IndicatorReportList } from "./IndicatorReportList.tsx";
import { IndicatorReportShow } from "./IndicatorReportShow.tsx";
import { reportName } from "./reviewIndicatorReport.ts";

/** 指标填报审核: labor-competition indicator reports, filed by units per period, reviewed by the organizer. */
export default {
  list: IndicatorReportList,
  show: IndicatorReportShow,
  icon: Assessment,
  recordRepresentation: (record: { period: string; registration?: { name: string | null } | null }) =>
    reportName(record),
};
