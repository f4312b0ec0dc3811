import { Box, Typography } from "@mui/material";
import {
  Datagrid,
  Labeled,
  NumberField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  useCanAccess,
  useTranslate,
} from "react-admin";
import {
  genderChoices,
  grassrootsClassChoices,
  organizationKindChoices,
  ownershipChoices,
  positionCategoryChoices,
} from "../enums.ts";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";
import { OrganizationTreeName } from "./OrganizationTreeName.tsx";

const twoColumns = { display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, columnGap: 4, rowGap: 1 };

const EmptyReference = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate(message)}
    </Typography>
  );
};

/** An organization, its sub-organizations, and the workers of its whole subtree. */
export const OrganizationShow = () => {
  const { canAccess: mayListWorkers } = useCanAccess({ resource: "Worker", action: "list" });
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.Organization.tabs.summary">
          <Box sx={twoColumns}>
            <Labeled sx={{ gridColumn: "1 / -1" }}>
              <TextField source="pathName" />
            </Labeled>
            <Labeled>
              <SelectField source="kind" choices={organizationKindChoices} />
            </Labeled>
            <Labeled>
              <TextField source="code" />
            </Labeled>
            <Labeled>
              <SelectField source="grassrootsClass" choices={grassrootsClassChoices} emptyText="—" />
            </Labeled>
            <Labeled>
              <SelectField source="ownership" choices={ownershipChoices} emptyText="—" />
            </Labeled>
            <Labeled>
              <NumberField source="frontlineHeadcount" emptyText="—" />
            </Labeled>
            <Labeled>
              <NumberField source="childCount" />
            </Labeled>
            <Labeled>
              <NumberField source="workerCount" />
            </Labeled>
            <Labeled>
              <TextField source="contactPerson" emptyText="—" />
            </Labeled>
            <Labeled>
              <TextField source="contactPhone" emptyText="—" />
            </Labeled>
            <Labeled>
              <ChinaTimeField source="updatedAt" />
            </Labeled>
          </Box>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.Organization.tabs.children" path="children">
          <ReferenceManyField
            reference="Organization"
            target="parentId"
            sort={{ field: "path", order: "ASC" }}
            perPage={25}
            pagination={<PanelPagination />}
            empty={<EmptyReference message="resources.Organization.empty.children" />}
          >
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <OrganizationTreeName source="name" sortable={false} />
              <SelectField source="kind" choices={organizationKindChoices} sortable={false} />
              <SelectField source="grassrootsClass" choices={grassrootsClassChoices} sortable={false} />
              <NumberField source="workerCount" sortable={false} />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        {mayListWorkers ? (
          <TabbedShowLayout.Tab label="resources.Organization.tabs.workers" path="workers">
            <ReferenceManyField
              reference="Worker"
              target="organizationId"
              sort={{ field: "name", order: "ASC" }}
              perPage={25}
              pagination={<PanelPagination />}
              empty={<EmptyReference message="resources.Organization.empty.workers" />}
            >
              <Datagrid rowClick="show" bulkActionButtons={false}>
                <TextField source="name" sortable={false} />
                <SelectField source="gender" choices={genderChoices} sortable={false} />
                <NumberField source="age" sortable={false} />
                <TextField source="organizationPathName" sortable={false} />
                <TextField source="trade" sortable={false} />
                <SelectField source="positionCategory" choices={positionCategoryChoices} sortable={false} />
              </Datagrid>
            </ReferenceManyField>
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
