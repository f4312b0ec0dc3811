import { type Theme, useMediaQuery } from "@mui/material";
import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useCreatePath,
} from "react-admin";

import { PanelPagination } from "../layout/PanelPagination.tsx";
import { OrganizationReferenceInput } from "../organizations/OrganizationInputs.tsx";
import { StateChip } from "../registrations/StateChip.tsx";
import { registrationStateChoices } from "../registrations/stateChoices.ts";
import { NewestQuotaActivity } from "./NewestQuotaActivity.tsx";
import { NominationEmpty } from "./NominationEmpty.tsx";
import { QuotaUsePanel } from "./QuotaUsePanel.tsx";

export interface NominationRow {
  id: string;
  name: string;
  organizationName: string;
  state: string;
  stateLabel: string;
  usedPlaces: number | null;
  remainingPlaces: number | null;
  quota: { organizationName: string; allowedPlaces: number } | null;
}

/** Only the fields the list shows: the API prices a query by rows × fields. */
const nominationListFields = [
  "id",
  "name",
  "organizationName",
  "state",
  "stateLabel",
  "usedPlaces",
  "remainingPlaces",
  { quota: ["organizationName", "allowedPlaces"] },
];

const searchByText = (q: string) => ({ q });

const nominationFilters = [
  <ReferenceInput
    key="activityId"
    source="activityId"
    reference="Activity"
    sort={{ field: "id", order: "DESC" }}
    perPage={50}
    queryOptions={{ meta: { sparseFields: ["id", "name", "year"] } }}
    alwaysOn
  >
    <AutocompleteInput
      optionText="name"
      filterToQuery={searchByText}
      label="resources.Nomination.fields.activityId"
      helperText={false}
      sx={{ minWidth: 280 }}
    />
  </ReferenceInput>,
  <SelectInput
    key="state"
    source="state"
    choices={registrationStateChoices}
    label="resources.Nomination.fields.state"
    helperText={false}
    alwaysOn
  />,
  <OrganizationReferenceInput
    key="organizationId"
    source="organizationId"
    label="resources.Nomination.filters.organizationId"
    helperText={false}
    sx={{ minWidth: 320 }}
  />,
];

const NominationListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="resources.Nomination.desk.nominate" />
  </TopToolbar>
);

/**
 * 推荐名单: every nomination the user may see (a unit admin their subtree's, an organizer their
 * department's activities'), with quota use per holder above the list once an activity is chosen.
 * A row opens the entry's review page (a nomination is a registration).
 */
export const NominationList = () => {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"));
  const createPath = useCreatePath();
  const reviewPath = (id: string | number) => createPath({ resource: "Registration", id, type: "show" });
  return (
    <List
      filters={nominationFilters}
      actions={<NominationListActions />}
      sort={{ field: "id", order: "DESC" }}
      perPage={25}
      exporter={false}
      empty={<NominationEmpty />}
      pagination={<PanelPagination />}
      queryOptions={{ meta: { sparseFields: nominationListFields } }}
    >
      <NewestQuotaActivity />
      <QuotaUsePanel />
      {phone ? (
        <SimpleList<NominationRow>
          primaryText={(record) => record.name}
          secondaryText={(record) => record.organizationName}
          tertiaryText={(record) => record.stateLabel}
          linkType={(record) => reviewPath(record.id)}
        />
      ) : (
        <Datagrid rowClick={(id) => reviewPath(id)} bulkActionButtons={false}>
          <TextField source="name" sortable={false} />
          <TextField source="organizationName" sortable={false} />
          <FunctionField<NominationRow>
            source="quotaId"
            label="resources.Nomination.fields.quota"
            render={(record) => record.quota?.organizationName ?? "—"}
          />
          <FunctionField<NominationRow>
            source="usedPlaces"
            sortable={false}
            label="resources.Nomination.fields.places"
            render={(record) => (record.quota ? `${record.usedPlaces ?? 0} / ${record.quota.allowedPlaces}` : "—")}
          />
          <StateChip source="state" label="resources.Nomination.fields.state" />
        </Datagrid>
      )}
    </List>
  );
};
