import { Typography } from "@mui/material";
import { Datagrid, FunctionField, List, SelectInput, TextField, useListContext, useUnselectAll } from "react-admin";
import { ActivityOfKindInput, useNewestActivityOfKind } from "../declarations/ActivityOfKindInput.tsx";
import { excerpt } from "../declarations/declaration.ts";
import { ListPrompt } from "../declarations/ListPrompt.tsx";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";
import { ReviewActionButtons } from "../registrations/ReviewButtons.tsx";
import { StateChip } from "../registrations/StateChip.tsx";
import { registrationStateChoices } from "../registrations/stateChoices.ts";

export interface RecommendationRow {
  id: string;
  activityId: string;
  candidateName: string;
  organizationName: string;
  story: string;
  recommenderName: string | null;
  recommenderPhone: string | null;
  registeredAt: string;
  state: string;
  stateLabel: string;
}

const filters = [
  <ActivityOfKindInput
    key="activityId"
    kind="MOST_BEAUTIFUL_WORKER"
    label="resources.Recommendation.fields.activityId"
    alwaysOn
  />,
  <SelectInput
    key="state"
    source="state"
    choices={registrationStateChoices}
    label="resources.Recommendation.fields.state"
    helperText={false}
    alwaysOn
  />,
];

export const candidateNameOf = (row: { candidateName: string }) => row.candidateName;

/** Approve / return / reject every selected recommendation, one request each (a recommendation is a registration). */
const BulkRecommendationReview = () => {
  const { selectedIds, data } = useListContext<RecommendationRow>();
  const unselectAll = useUnselectAll("Recommendation");
  const selected = (data ?? []).filter((row) => selectedIds.includes(row.id));
  return (
    <ReviewActionButtons<RecommendationRow>
      size="small"
      registrations={selected}
      nameOf={candidateNameOf}
      onDone={() => unselectAll()}
    />
  );
};

const RecommendationGrid = () => {
  const { filterValues, total, isPending } = useListContext<RecommendationRow>();
  useNewestActivityOfKind("MOST_BEAUTIFUL_WORKER");
  if (!filterValues?.activityId) {
    return (
      <ListPrompt
        title="resources.Recommendation.chooseActivity.title"
        text="resources.Recommendation.chooseActivity.text"
      />
    );
  }
  if (!isPending && total === 0) {
    return <ListPrompt title="resources.Recommendation.empty.title" text="resources.Recommendation.empty.text" />;
  }
  return (
    <Datagrid rowClick="show" bulkActionButtons={<BulkRecommendationReview />}>
      <TextField source="candidateName" sortable={false} />
      <TextField source="organizationName" sortable={false} />
      <FunctionField<RecommendationRow>
        source="story"
        sortable={false}
        render={(record) => (
          <Typography variant="body2" sx={{ maxWidth: 320 }}>
            {excerpt(record.story, 50)}
          </Typography>
        )}
      />
      <FunctionField<RecommendationRow>
        label="resources.Recommendation.fields.recommender"
        render={(record) => [record.recommenderName, record.recommenderPhone].filter(Boolean).join(" ")}
      />
      <StateChip source="state" label="resources.Recommendation.fields.state" />
      <ChinaTimeField source="registeredAt" />
    </Datagrid>
  );
};

/** 公众推荐: the candidates the public recommended for one 最美劳动者 search, reviewed like registrations. */
export const RecommendationList = () => (
  <List
    filters={filters}
    sort={{ field: "registeredAt", order: "DESC" }}
    perPage={25}
    exporter={false}
    empty={false}
    pagination={<PanelPagination />}
  >
    <RecommendationGrid />
  </List>
);
