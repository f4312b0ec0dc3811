import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useGetList, useTranslate } from "react-admin";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";

interface EnrolledRow {
  id: string;
  state: string;
  stateLabel: string;
  name: string | null;
  channel: string;
  registeredAt: string;
  members: { name: string }[];
  category: { name: string };
}

const rowFields = [
  "id",
  "state",
  "stateLabel",
  "name",
  "channel",
  "registeredAt",
  { members: ["name"] },
  { category: ["name"] },
];

const stateColors: Record<string, "info" | "success" | "warning" | "error" | "default"> = {
  APPROVED: "success",
  CONFIRMED: "success",
  WAITLISTED: "warning",
  RETURNED: "warning",
  REJECTED: "error",
  WITHDRAWN: "default",
};

/**
 * The entries of the user's subtree in one activity (the API scopes the list), newest first, with
 * the state in the words the workers see (待单位审核, 候补第 2 位 …). `version` changes after each
 * submission so that the list is read again.
 */
export const EnrolledList = ({ activityId, version }: { activityId: string; version: number }) => {
  const translate = useTranslate();
  const { data, total, isPending } = useGetList<EnrolledRow>("Registration", {
    filter: { activityId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: "registeredAt", order: "DESC" },
    meta: { sparseFields: rowFields, version },
  });
  if (isPending) return null;
  const rows = data ?? [];
  return (
    <Box sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2">
        {translate("resources.Enrolment.list.title", { count: total ?? rows.length })}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate("resources.Enrolment.list.empty")}
        </Typography>
      ) : (
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small" aria-label={translate("resources.Enrolment.list.label")}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("resources.Enrolment.list.entrant")}</TableCell>
                <TableCell>{translate("resources.Enrolment.list.category")}</TableCell>
                <TableCell>{translate("resources.Enrolment.list.channel")}</TableCell>
                <TableCell>{translate("resources.Enrolment.list.state")}</TableCell>
                <TableCell>{translate("resources.Enrolment.list.registeredAt")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>{row.name ?? row.members.map((member) => member.name).join("、")}</TableCell>
                  <TableCell>{row.category.name}</TableCell>
                  <TableCell>{translate(`resources.Enrolment.channels.${row.channel}`)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={row.stateLabel}
                      color={stateColors[row.state] ?? "info"}
                      data-state={row.state}
                    />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>
                    <ChinaTimeField record={row} source="registeredAt" />
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
