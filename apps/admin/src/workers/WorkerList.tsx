import { type Theme, useMediaQuery } from "@mui/material";
import {
  BooleanField,
  BooleanInput,
  Datagrid,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
  TextInput,
  useTranslate,
} from "react-admin";
import { genderChoices, ownershipChoices, positionCategoryChoices, skillGradeChoices } from "../enums.ts";
import { CalendarDateField } from "../fields/CalendarDateField.tsx";
import { EmptyState } from "../layout/EmptyState.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";
import { OrganizationReferenceInput } from "../organizations/OrganizationInputs.tsx";
import { WorkerNameCell, WorkerUnionCell } from "./WorkerColumns.tsx";

interface WorkerRow {
  id: string;
  name: string;
  gender: string;
  age: number;
  organizationPathName: string;
  trade: string;
  positionCategory: string;
}

// Full organization paths are long; a narrow filter would cut them off.
const filterWidth = { minWidth: 320 };

const workerFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrganizationReferenceInput
    key="organizationId"
    source="organizationId"
    label="resources.Worker.filters.organizationId"
    helperText={false}
    sx={filterWidth}
  />,
  <SelectInput key="gender" source="gender" choices={genderChoices} />,
  <SelectInput key="skillGrade" source="skillGrade" choices={skillGradeChoices} />,
  <SelectInput key="positionCategory" source="positionCategory" choices={positionCategoryChoices} />,
  <BooleanInput key="migrantWorker" source="migrantWorker" defaultValue={true} />,
  <BooleanInput key="youngWorker" source="youngWorker" defaultValue={true} />,
  <SelectInput
    key="ownership"
    source="ownership"
    label="resources.Worker.filters.ownership"
    choices={ownershipChoices}
  />,
  <TextInput key="trade" source="trade" />,
];

/**
 * The roster. ID numbers and phones are shown as the API returns them: masked for roles that
 * must not see them in full.
 */
export const WorkerList = () => {
  const translate = useTranslate();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"));
  const medium = useMediaQuery<Theme>((theme) => theme.breakpoints.up("md"));
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up("lg"));
  return (
    <List
      filters={workerFilters}
      sort={{ field: "createdAt", order: "DESC" }}
      perPage={25}
      exporter={false}
      empty={<EmptyState />}
      pagination={<PanelPagination />}
    >
      {phone ? (
        <SimpleList<WorkerRow>
          primaryText={(record) =>
            translate("resources.Worker.values.summary", {
              name: record.name,
              gender: translate(`enums.gender.${record.gender}`),
              age: record.age,
            })
          }
          secondaryText={(record) => record.organizationPathName}
          tertiaryText={(record) => record.trade}
          linkType="show"
        />
      ) : (
        <Datagrid
          rowClick="show"
          bulkActionButtons={false}
          sx={{
            "& .RaDatagrid-headerCell, & .RaDatagrid-rowCell": { px: 1 },
            "& .RaDatagrid-headerCell": { whiteSpace: "nowrap" },
            "& td:not(.column-organizationPathName)": { whiteSpace: "nowrap" },
            "& .column-idNumber, & .column-phone": { fontVariantNumeric: "tabular-nums" },
          }}
        >
          <WorkerNameCell source="name" label="resources.Worker.fields.name" />
          {wide ? <CalendarDateField source="birthDate" /> : null}
          <TextField source="idNumber" sortable={false} />
          {wide ? <TextField source="phone" sortable={false} /> : null}
          <WorkerUnionCell source="organizationPathName" />
          <TextField source="trade" />
          {medium ? <SelectField source="skillGrade" choices={skillGradeChoices} /> : null}
          <SelectField source="positionCategory" choices={positionCategoryChoices} />
          {medium ? <BooleanField source="migrantWorker" FalseIcon={null} /> : null}
          {medium ? <BooleanField source="youngWorker" sortable={false} FalseIcon={null} /> : null}
        </Datagrid>
      )}
    </List>
  );
};
