import { Datagrid, List, NumberField, SearchInput, TextField } from "react-admin";
import { EmptyState } from "../layout/EmptyState.tsx";
import { PanelPagination } from "../layout/PanelPagination.tsx";

const departmentFilters = [<SearchInput key="q" source="q" alwaysOn />];

/** 市总工会内设部门: the departments that own activities, in the federation's own order. */
export const DepartmentList = () => (
  <List
    filters={departmentFilters}
    sort={{ field: "sortOrder", order: "ASC" }}
    perPage={25}
    exporter={false}
    empty={<EmptyState />}
    pagination={<PanelPagination />}
  >
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="name" sortBy="sortOrder" />
      <TextField source="code" />
      <NumberField source="userCount" sortable={false} />
    </Datagrid>
  </List>
);
