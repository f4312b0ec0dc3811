import { Box, Typography } from "@mui/material";
import { type FieldProps, type RaRecord, useListContext, useRecordContext } from "react-admin";

export interface OrganizationRecord extends RaRecord {
  name: string;
  kind: string;
  pathName: string;
  depth: number;
}

/**
 * The organization's name, indented by its depth while the list is in tree order (sorted by
 * path, which lists the tree depth-first), with its full path underneath. The shallowest row on
 * the page sits flush left, so a unit admin's own subtree starts at the margin.
 */
export const OrganizationTreeName = (_props: FieldProps) => {
  const record = useRecordContext<OrganizationRecord>();
  const { sort, data } = useListContext<OrganizationRecord>();
  if (!record) return null;
  const treeOrder = sort?.field === "path" && sort.order === "ASC";
  const shallowest = Math.min(...(data ?? [record]).map((row) => row.depth));
  const level = treeOrder ? Math.max(0, record.depth - shallowest) : 0;
  return (
    <Box sx={{ pl: level * 2.5, display: "flex", gap: 0.75, alignItems: "baseline", minWidth: 200 }}>
      {level > 0 ? (
        <Typography component="span" variant="body2" color="text.disabled" aria-hidden>
          └
        </Typography>
      ) : null}
      <Box>
        <Typography component="div" variant="body2" sx={{ fontWeight: record.kind === "GRASSROOTS_UNION" ? 400 : 600 }}>
          {record.name}
        </Typography>
        <Typography component="div" variant="caption" color="text.secondary">
          {record.pathName}
        </Typography>
      </Box>
    </Box>
  );
};
