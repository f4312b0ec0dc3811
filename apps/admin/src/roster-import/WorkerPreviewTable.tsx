import { Box, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import type { ImportedWorker } from "./importReport.ts";

/** The workers a valid file holds (dry run) or that were written (import); ID numbers masked by the API. */
export const WorkerPreviewTable = ({ workers, label }: { workers: ImportedWorker[]; label: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ maxHeight: 360, overflow: "auto", mt: 1 }}>
      <Table size="small" stickyHeader aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("resources.RosterImport.workerTable.row")}</TableCell>
            <TableCell>{translate("resources.RosterImport.workerTable.name")}</TableCell>
            <TableCell>{translate("resources.RosterImport.workerTable.idNumber")}</TableCell>
            <TableCell>{translate("resources.RosterImport.workerTable.organizationCode")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {workers.map((worker) => (
            <TableRow key={worker.row}>
              <TableCell>{worker.row}</TableCell>
              <TableCell>{worker.name}</TableCell>
              <TableCell sx={{ fontFamily: "monospace" }}>{worker.idNumber}</TableCell>
              <TableCell>{worker.organizationCode}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
