import {
  Datagrid,
  FunctionField,
  List,
  SelectInput,
  TextField,
  TextInput,
  useCanAccess,
  useListContext,
  useUnselectAll,
} from "react-admin";
import { ActivityOfKindInput, useNewestActivityOfKind } from "../declarations/ActivityOfKindInput.tsx";
import { ListPrompt } from "../declarations/ListPrompt.tsx";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";
import { ReviewActionButtons } from "../registrations/ReviewButtons.tsx";
import { IndicatorValuesField } from "./IndicatorValuesField.tsx";
import type { IndicatorValue } from "./indicatorValues.ts";
import { ReviewStateChip } from "./ReviewStateChip.tsx";
import {
  type ReviewableReport,
  reportName,
  reportReviewActions,
  reviewIndicatorReport,
} from "./reviewIndicatorReport.ts";
import { useIndicatorNames } from "./useIndicatorNames.ts";

export interface ReportRow extends ReviewableReport {
  activityId: string;
  registrationId: string;
  reviewStateLabel: string;
  filedByName: string;
  updatedAt: string;
  values: IndicatorValue[];
}

/** Only what the list shows: the API prices a query by rows × fields. */
const reportListFields = [
  "id",
  "activityId",
  "registrationId",
  "period",
  "version",
  "reviewState",
  "reviewStateLabel",
  "filedByName",
  "updatedAt",
  { values: ["key", "value"] },
  { registration: ["id", "name", { members: ["name"] }] },
];

const reviewStateChoices = ["PENDING", "APPROVED", "RETURNED"].map((state) => ({
  id: state,
  name: `resources.IndicatorReport.reviewStates.${state}`,
}));

const filters = [
  <ActivityOfKindInput
    key="activityId"
    kind="LABOR_COMPETITION"
    label="resources.IndicatorReport.fields.activityId"
    alwaysOn
  />,
  <TextInput key="period" source="period" helperText={false} alwaysOn sx={{ maxWidth: 140 }} />,
  <SelectInput key="reviewState" source="reviewState" choices={reviewStateChoices} helperText={false} alwaysOn />,
];

/** Approve or return every selected report, one request each, with the registrations' dialog. */
const BulkReportReview = () => {
  const { selectedIds, data } = useListContext<ReportRow>();
  const unselectAll = useUnselectAll("IndicatorReport");
  const selected = (data ?? []).filter((row) => selectedIds.includes(row.id));
  return (
    <ReviewActionButtons<ReportRow>
      size="small"
      registrations={selected}
      actions={reportReviewActions}
      review={reviewIndicatorReport}
      nameOf={reportName}
      messages="resources.IndicatorReport.review"
      onDone={() => unselectAll()}
    />
  );
};

const ReportGrid = () => {
  const { filterValues, total, isPending } = useListContext<ReportRow>();
  useNewestActivityOfKind("LABOR_COMPETITION");
  const names = useIndicatorNames(filterValues?.activityId as string | undefined);
  const { canAccess: mayReview } = useCanAccess({ resource: "IndicatorReport", action: "review" });
  if (!isPending && total === 0) {
    return <ListPrompt title="resources.IndicatorReport.empty.title" text="resources.IndicatorReport.empty.text" />;
  }
  return (
    <Datagrid
      rowClick="show"
      bulkActionButtons={mayReview ? <BulkReportReview /> : false}
      sx={{ "& .RaDatagrid-headerCell": { whiteSpace: "nowrap" } }}
    >
      <FunctionField<ReportRow>
        label="resources.IndicatorReport.fields.entrant"
        sortable={false}
        render={(record) => reportName({ period: "", registration: record.registration }).trim()}
      />
      <TextField source="period" />
      <IndicatorValuesField label="resources.IndicatorReport.fields.values" names={names} />
      <ReviewStateChip source="reviewState" label="resources.IndicatorReport.fields.reviewState" />
      <TextField source="filedByName" sortable={false} />
      <ChinaTimeField source="updatedAt" />
    </Datagrid>
  );
};

/** 指标填报审核: each period's report of a labor competition's units and teams, approved or returned. */
export const IndicatorReportList = () => (
  <List
    filters={filters}
    sort={{ field: "updatedAt", order: "DESC" }}
    perPage={25}
    exporter={false}
    empty={false}
    pagination={<PanelPagination />}
    queryOptions={{ meta: { sparseFields: reportListFields } }}
  >
    <ReportGrid />
  </List>
);
