import { type Theme, useMediaQuery } from "@mui/material";
import {
  AutocompleteInput,
  Datagrid,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TextField,
} from "react-admin";
import { RegistrationListActions } from "../enrolment/RegistrationListActions.tsx";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { EmptyState } from "../layout/EmptyState.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";
import { OrganizationReferenceInput } from "../organizations/OrganizationInputs.tsx";
import { CategoryFilterInput } from "./CategoryFilterInput.tsx";
import { BulkReviewButtons } from "./ReviewButtons.tsx";
import { entrantName } from "./reviewRegistration.ts";
import { StateChip } from "./StateChip.tsx";
import { registrationStateChoices } from "./stateChoices.ts";

export interface RegistrationRow {
  id: string;
  activityId: string;
  state: string;
  stateLabel: string;
  name: string | null;
  members: { name: string }[];
  category: { id: string; name: string };
  organizationId: string;
  registeredAt: string;
  version: number;
}

/** Only the fields the list shows: the API prices a query by rows × fields. */
export const registrationListFields = [
  "id",
  "activityId",
  "state",
  "stateLabel",
  "name",
  "organizationId",
  "registeredAt",
  "version",
  { members: ["name"] },
  { category: ["id", "name"] },
];

const activityFields = ["id", "name", "year"];
const searchByText = (q: string) => ({ q });

const registrationFilters = [
  <ReferenceInput
    key="activityId"
    source="activityId"
    reference="Activity"
    sort={{ field: "id", order: "DESC" }}
    perPage={50}
    queryOptions={{ meta: { sparseFields: activityFields } }}
    alwaysOn
  >
    <AutocompleteInput
      optionText="name"
      filterToQuery={searchByText}
      label="resources.Registration.fields.activityId"
      helperText={false}
      sx={{ minWidth: 280 }}
    />
  </ReferenceInput>,
  <CategoryFilterInput key="categoryId" source="categoryId" />,
  <SelectInput
    key="state"
    source="state"
    choices={registrationStateChoices}
    label="resources.Registration.fields.state"
    helperText={false}
    alwaysOn
  />,
  <OrganizationReferenceInput
    key="organizationId"
    source="organizationId"
    label="resources.Registration.filters.organizationId"
    helperText={false}
    sx={{ minWidth: 320 }}
  />,
];

/** Registrations the user may review, newest first, with bulk approve / return / reject. */
export const RegistrationList = () => {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"));
  return (
    <List
      filters={registrationFilters}
      actions={<RegistrationListActions />}
      sort={{ field: "registeredAt", order: "DESC" }}
      perPage={25}
      exporter={false}
      empty={<EmptyState />}
      pagination={<PanelPagination />}
      queryOptions={{ meta: { sparseFields: registrationListFields } }}
    >
      {phone ? (
        <SimpleList<RegistrationRow>
          primaryText={(record) => entrantName(record)}
          secondaryText={(record) => record.category?.name}
          tertiaryText={(record) => record.stateLabel}
          linkType="show"
        />
      ) : (
        <Datagrid
          rowClick="show"
          bulkActionButtons={<BulkReviewButtons />}
          sx={{
            "& .RaDatagrid-headerCell": { whiteSpace: "nowrap" },
            "& .column-registeredAt": { whiteSpace: "nowrap" },
          }}
        >
          <FunctionField<RegistrationRow>
            source="name"
            label="resources.Registration.fields.entrant"
            sortable={false}
            render={(record) => entrantName(record)}
          />
          <FunctionField<RegistrationRow>
            source="categoryId"
            label="resources.Registration.fields.category"
            render={(record) => record.category?.name}
          />
          <ReferenceField source="organizationId" reference="Organization" link={false}>
            <TextField source="name" />
          </ReferenceField>
          <StateChip source="state" label="resources.Registration.fields.state" />
          <ChinaTimeField source="registeredAt" />
        </Datagrid>
      )}
    </List>
  );
};
