import ArrowBack from "@mui/icons-material/ArrowBack";
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import {
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useBasename,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Link } from "react-router-dom";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { useChinaTime } from "../fields/useChinaTime.ts";
import { ReviewActionButtons } from "../registrations/ReviewButtons.tsx";
import { changedKeys, type IndicatorValue, indicatorLabel } from "./indicatorValues.ts";
import { ReviewStateChip } from "./ReviewStateChip.tsx";
import {
  awaitsReportReview,
  type ReviewableReport,
  reportName,
  reportReviewActions,
  reviewIndicatorReport,
} from "./reviewIndicatorReport.ts";
import { useIndicatorNames } from "./useIndicatorNames.ts";

interface ReportEvent {
  at: string;
  action: "FILE" | "APPROVE" | "RETURN";
  version: number;
  actorName: string | null;
  values: IndicatorValue[];
  reason: string | null;
}

interface ReportRecord extends ReviewableReport {
  activityId: string;
  values: IndicatorValue[];
  history: ReportEvent[];
}

/** The nested registration is a resource of its own: without these fields only its id would be fetched. */
const reportShowFields = [
  "id",
  "activityId",
  "registrationId",
  "period",
  "version",
  "reviewState",
  "reviewStateLabel",
  "reviewReason",
  "reviewedByName",
  "reviewedAt",
  "filedByName",
  "filedAt",
  "updatedAt",
  { values: ["key", "value"] },
  { registration: ["id", "name", { members: ["name"] }] },
  { history: ["at", "action", "version", "actorName", "reason", { values: ["key", "value"] }] },
];

const twoColumns = { display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, columnGap: 4, rowGap: 1 };

const Actions = () => {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: "IndicatorReport", action: "review" });
  const basename = useBasename();
  return (
    <TopToolbar sx={{ justifyContent: "space-between", flexWrap: "wrap", gap: 1 }}>
      <Button component={Link} to={`${basename}/IndicatorReport`} startIcon={<ArrowBack />}>
        {translate("resources.IndicatorReport.back")}
      </Button>
      {record && canAccess && awaitsReportReview(record) ? (
        <ReviewActionButtons<ReportRecord>
          registrations={[record]}
          actions={reportReviewActions}
          review={reviewIndicatorReport}
          nameOf={reportName}
          messages="resources.IndicatorReport.review"
        />
      ) : null}
    </TopToolbar>
  );
};

const ValuesTable = () => {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const names = useIndicatorNames(record?.activityId);
  if (!record) return null;
  return (
    <Table size="small" sx={{ maxWidth: 480 }} aria-label={translate("resources.IndicatorReport.fields.values")}>
      <TableHead>
        <TableRow>
          <TableCell>{translate("resources.IndicatorReport.indicator.header")}</TableCell>
          <TableCell align="right">{translate("resources.IndicatorReport.indicator.value")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.values.map((entry) => (
          <TableRow key={entry.key}>
            <TableCell>{indicatorLabel(entry.key, names)}</TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums" }}>
              {entry.value}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Every filing with its values (changes since the previous filing in bold) and every decision. */
const History = () => {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const chinaTime = useChinaTime();
  const names = useIndicatorNames(record?.activityId);
  if (!record) return null;
  if (record.history.length === 0) {
    return <Typography variant="body2">{translate("resources.IndicatorReport.history.none")}</Typography>;
  }
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.IndicatorReport.history.${key}`, options);
  let previous: IndicatorValue[] | null = null;
  let filings = 0;
  const rows = record.history.map((event, index) => {
    const changed = event.action === "FILE" ? changedKeys(previous, event.values) : new Set<string>();
    if (event.action === "FILE") {
      previous = event.values;
      filings += 1;
    }
    const what = event.action === "FILE" ? t("filing", { count: filings }) : t(`actions.${event.action}`);
    return { event, changed, what, key: `${index}-${event.action}-${event.version}` };
  });
  return (
    <Box sx={{ overflowX: "auto", contain: "inline-size" }}>
      <Table size="small" aria-label={translate("resources.IndicatorReport.fields.history")}>
        <TableHead>
          <TableRow>
            <TableCell>{t("at")}</TableCell>
            <TableCell>{t("action")}</TableCell>
            <TableCell>{t("actor")}</TableCell>
            <TableCell>{t("values")}</TableCell>
            <TableCell>{t("reason")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(({ event, changed, what, key }) => (
            <TableRow key={key}>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{chinaTime(event.at)}</TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{what}</TableCell>
              <TableCell>{event.actorName ?? "—"}</TableCell>
              <TableCell>
                {event.values.map((entry) => (
                  <Typography
                    key={entry.key}
                    variant="body2"
                    component="span"
                    title={changed.has(entry.key) ? t("changed") : undefined}
                    sx={{ mr: 1.5, fontWeight: changed.has(entry.key) ? 700 : 400, whiteSpace: "nowrap" }}
                  >
                    {`${indicatorLabel(entry.key, names)} ${entry.value}`}
                  </Typography>
                ))}
              </TableCell>
              <TableCell>{event.reason ?? "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

const Entrant = () => {
  const record = useRecordContext<ReportRecord>();
  if (!record) return null;
  return (
    <Typography variant="body2">{reportName({ period: "", registration: record.registration }).trim()}</Typography>
  );
};

/** One period's report: its values, where it stands in review, and its versions; approved or returned here. */
export const IndicatorReportShow = () => (
  <Show actions={<Actions />} queryOptions={{ meta: { sparseFields: reportShowFields } }}>
    <SimpleShowLayout>
      <Box sx={twoColumns}>
        <Labeled label="resources.IndicatorReport.fields.entrant">
          <Entrant />
        </Labeled>
        <Labeled>
          <TextField source="period" />
        </Labeled>
        <Labeled label="resources.IndicatorReport.fields.reviewState">
          <ReviewStateChip />
        </Labeled>
        <Labeled>
          <TextField source="filedByName" />
        </Labeled>
        <Labeled>
          <ChinaTimeField source="updatedAt" />
        </Labeled>
        <Labeled>
          <TextField source="reviewedByName" emptyText="—" />
        </Labeled>
        <Labeled>
          <ChinaTimeField source="reviewedAt" emptyText="—" />
        </Labeled>
      </Box>
      <Labeled label="resources.IndicatorReport.fields.values" fullWidth>
        <ValuesTable />
      </Labeled>
      <Labeled label="resources.IndicatorReport.fields.history" fullWidth>
        <History />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
