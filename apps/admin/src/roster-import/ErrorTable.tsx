import { Box, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import type { RowError } from "./importReport.ts";

/** Every problem of the file, row by row as Excel numbers them: 行号, 列, 错误说明. */
export const ErrorTable = ({ errors }: { errors: RowError[] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ maxHeight: 480, overflow: "auto", mt: 1 }}>
      <Table size="small" stickyHeader aria-label={translate("resources.RosterImport.errorTable.label")}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ whiteSpace: "nowrap" }}>{translate("resources.RosterImport.errorTable.row")}</TableCell>
            <TableCell sx={{ whiteSpace: "nowrap" }}>{translate("resources.RosterImport.errorTable.column")}</TableCell>
            <TableCell>{translate("resources.RosterImport.errorTable.message")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {errors.map((error) => (
            <TableRow key={`${error.row}-${error.field}-${error.code}-${error.message}`} data-row={error.row}>
              <TableCell>{translate("resources.RosterImport.errorTable.rowNumber", { row: error.row })}</TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>
                {error.column || translate("resources.RosterImport.errorTable.wholeRow")}
              </TableCell>
              <TableCell sx={{ color: "error.main" }}>{error.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
