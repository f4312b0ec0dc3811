import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useGetList, useTranslate } from "react-admin";

interface NominationRow {
  id: string;
  name: string;
  organizationName: string;
  state: string;
  stateLabel: string;
}

const stateColors: Record<string, "info" | "success" | "warning" | "error" | "default"> = {
  APPROVED: "success",
  CONFIRMED: "success",
  RETURNED: "warning",
  REJECTED: "error",
  WITHDRAWN: "default",
};

/** The nominations of the user's subtree in one activity (the API scopes them), with their states. */
export const MyNominations = ({ activityId, version }: { activityId: string; version: number }) => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<NominationRow>("Nomination", {
    filter: { activityId },
    pagination: { page: 1, perPage: 200 },
    sort: { field: "id", order: "DESC" },
    meta: { sparseFields: ["id", "name", "organizationName", "state", "stateLabel"], version },
  });
  if (isPending) return null;
  const rows = data ?? [];
  return (
    <Box sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2">
        {translate("resources.Nomination.mine.title", { count: rows.length })}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("resources.Nomination.mine.empty")}
        </Typography>
      ) : (
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small" aria-label={translate("resources.Nomination.mine.label")}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("resources.Nomination.fields.name")}</TableCell>
                <TableCell>{translate("resources.Nomination.fields.organizationName")}</TableCell>
                <TableCell>{translate("resources.Nomination.fields.state")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>{row.name}</TableCell>
                  <TableCell>{row.organizationName}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={row.stateLabel}
                      color={stateColors[row.state] ?? "info"}
                      data-state={row.state}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};
