import { type Theme, useMediaQuery } from "@mui/material";
import {
  Datagrid,
  EditButton,
  List,
  NumberField,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  useTranslate,
} from "react-admin";
import { grassrootsClassChoices, organizationKindChoices, ownershipChoices } from "../enums.ts";
import { EmptyState } from "../layout/EmptyState.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";
import { OrganizationReferenceInput } from "./OrganizationInputs.tsx";
import { type OrganizationRecord, OrganizationTreeName } from "./OrganizationTreeName.tsx";

// Full organization paths are long; a narrow filter would cut them off.
const filterWidth = { minWidth: 320 };

const organizationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={organizationKindChoices} />,
  <SelectInput key="grassrootsClass" source="grassrootsClass" choices={grassrootsClassChoices} />,
  <SelectInput key="ownership" source="ownership" choices={ownershipChoices} />,
  <OrganizationReferenceInput key="parentId" source="parentId" helperText={false} sx={filterWidth} />,
];

/** Organizations in tree order (sorted by path), indented by depth. */
export const OrganizationList = () => {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"));
  const medium = useMediaQuery<Theme>((theme) => theme.breakpoints.up("md"));
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up("lg"));
  const translate = useTranslate();
  return (
    <List
      filters={organizationFilters}
      sort={{ field: "path", order: "ASC" }}
      perPage={50}
      exporter={false}
      empty={<EmptyState />}
      pagination={<PanelPagination />}
    >
      {phone ? (
        <SimpleList<OrganizationRecord>
          primaryText={(record) => record.name}
          secondaryText={(record) => record.pathName}
          tertiaryText={(record) => translate(`enums.organizationKind.${record.kind}`)}
          linkType="show"
        />
      ) : (
        <Datagrid
          rowClick="show"
          bulkActionButtons={false}
          sx={{ "& .RaDatagrid-headerCell, & td:not(.column-name)": { whiteSpace: "nowrap" } }}
        >
          <OrganizationTreeName source="name" sortBy="path" />
          <SelectField source="kind" choices={organizationKindChoices} />
          {medium ? <SelectField source="grassrootsClass" choices={grassrootsClassChoices} /> : null}
          {wide ? <SelectField source="ownership" choices={ownershipChoices} /> : null}
          <NumberField source="workerCount" sortable={false} />
          <EditButton />
        </Datagrid>
      )}
    </List>
  );
};
