import { Typography } from "@mui/material";
import {
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  SelectInput,
  TextField,
  useBasename,
  useListContext,
  useTranslate,
} from "react-admin";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";
import { BulkReviewButtons } from "../registrations/ReviewButtons.tsx";
import { StateChip } from "../registrations/StateChip.tsx";
import { registrationStateChoices } from "../registrations/stateChoices.ts";
import { ActivityOfKindInput, useNewestActivityOfKind } from "./ActivityOfKindInput.tsx";
import { authorNames, excerpt } from "./declaration.ts";
import { ListPrompt } from "./ListPrompt.tsx";

export interface DeclarationRow {
  id: string;
  state: string;
  stateLabel: string;
  version: number;
  name: string | null;
  projectSummary: string | null;
  members: { name: string; isLeader: boolean }[];
  attachments: { id: string }[];
  organizationId: string;
  registeredAt: string;
}

/** Only what the list shows: the API prices a query by rows × fields. */
const declarationListFields = [
  "id",
  "activityId",
  "state",
  "stateLabel",
  "version",
  "name",
  "projectSummary",
  "organizationId",
  "registeredAt",
  { members: ["name", "isLeader"] },
  { attachments: ["id"] },
];

const filters = [
  <ActivityOfKindInput
    key="activityId"
    kind="INNOVATION_AWARD"
    label="resources.Declaration.fields.activityId"
    alwaysOn
  />,
  <SelectInput
    key="state"
    source="state"
    choices={registrationStateChoices}
    label="resources.Declaration.fields.state"
    helperText={false}
    alwaysOn
  />,
];

const DeclarationGrid = () => {
  const { filterValues, total, isPending } = useListContext<DeclarationRow>();
  useNewestActivityOfKind("INNOVATION_AWARD");
  const translate = useTranslate();
  const basename = useBasename();
  if (!filterValues?.activityId) {
    return (
      <ListPrompt title="resources.Declaration.chooseActivity.title" text="resources.Declaration.chooseActivity.text" />
    );
  }
  if (!isPending && total === 0) {
    return <ListPrompt title="resources.Declaration.empty.title" text="resources.Declaration.empty.text" />;
  }
  return (
    <Datagrid
      rowClick={(id) => `${basename}/declarations/${id}`}
      bulkActionButtons={<BulkReviewButtons />}
      sx={{ "& .RaDatagrid-headerCell": { whiteSpace: "nowrap" } }}
    >
      <TextField source="name" label="resources.Declaration.fields.title" sortable={false} />
      <FunctionField<DeclarationRow>
        label="resources.Declaration.fields.authors"
        render={(record) => (
          <Typography variant="body2" sx={{ minWidth: 56 }}>
            {authorNames(record.members)}
          </Typography>
        )}
      />
      <FunctionField<DeclarationRow>
        label="resources.Declaration.fields.summary"
        render={(record) => (
          <Typography variant="body2" sx={{ maxWidth: 320 }}>
            {excerpt(record.projectSummary ?? "", 60)}
          </Typography>
        )}
      />
      <FunctionField<DeclarationRow>
        label="resources.Declaration.fields.documentCount"
        render={(record) =>
          translate("resources.Declaration.values.documentCount", { count: record.attachments.length })
        }
      />
      <ReferenceField source="organizationId" reference="Organization" link={false} sortable={false}>
        <TextField source="name" />
      </ReferenceField>
      <StateChip source="state" label="resources.Declaration.fields.state" />
      <ChinaTimeField source="registeredAt" label="resources.Declaration.fields.registeredAt" />
    </Datagrid>
  );
};

/**
 * 创新项目申报审核: the projects declared for one innovation award, with their authors, summary and
 * documents, approved, returned or rejected one by one or in bulk like any registration.
 */
export const DeclarationList = () => (
  <List
    resource="Registration"
    storeKey="declarations"
    title="resources.Declaration.name"
    filters={filters}
    sort={{ field: "registeredAt", order: "DESC" }}
    perPage={25}
    exporter={false}
    empty={false}
    pagination={<PanelPagination />}
    queryOptions={{ meta: { sparseFields: declarationListFields } }}
  >
    <DeclarationGrid />
  </List>
);
