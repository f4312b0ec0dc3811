import {
  Alert,
  Box,
  FormControlLabel,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useRecordContext, useTranslate } from "react-admin";
import { auditDiff, type DiffRow, displayValue, fieldKey } from "./auditDiff.ts";

const t = (key: string) => `resources.AuditEntry.diff.${key}`;

/** Entries with more fields than this open showing only the changed ones. */
const longEntry = 15;

const ValueCell = ({ row, side }: { row: DiffRow; side: "before" | "after" }) => {
  const translate = useTranslate();
  const present = side === "before" ? row.inBefore : row.inAfter;
  return (
    <TableCell sx={{ wordBreak: "break-word", fontFamily: "monospace" }}>
      {present ? displayValue(row[side]) : <em>{translate(t("absent"))}</em>}
    </TableCell>
  );
};

/**
 * 修改前后对比: every field of the entry's values side by side, the changed ones highlighted.
 * Field names are the record type's labels where the panel has them (resources.<type>.fields.*).
 */
export const AuditDiffTable = () => {
  const record = useRecordContext<{ entityType: string; before: string | null; after: string | null }>();
  const translate = useTranslate();
  const [onlyChanged, setOnlyChanged] = useState<boolean | null>(null);
  if (!record) return null;
  const rows = auditDiff(record.before, record.after);
  if (rows.length === 0) return <Typography color="text.secondary">{translate(t("none"))}</Typography>;
  const changed = rows.filter((row) => row.changed).length;
  // A long entry (a whole configuration) opens on its changes; a short one shows every field.
  const showOnlyChanged = onlyChanged ?? (changed > 0 && rows.length > longEntry);
  const shown = showOnlyChanged ? rows.filter((row) => row.changed) : rows;
  const label = (field: string) => {
    const name = translate(`resources.${record.entityType}.fields.${fieldKey(field)}`, { _: fieldKey(field) });
    return name === fieldKey(field) ? field : `${name}（${field}）`;
  };
  return (
    <Box sx={{ width: "100%" }}>
      <Typography variant="subtitle1" component="h2" fontWeight="bold">
        {translate(t("title"))}
      </Typography>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
        <Typography variant="body2" color="text.secondary">
          {changed > 0 ? translate(t("changed"), { count: changed }) : translate(t("unchanged"))}
        </Typography>
        <FormControlLabel
          control={<Switch checked={showOnlyChanged} onChange={(event) => setOnlyChanged(event.target.checked)} />}
          label={translate(t("onlyChanged"), { count: rows.length })}
        />
      </Box>
      <Box sx={{ overflowX: "auto" }}>
        <Table size="small" aria-label={translate(t("title"))} sx={{ tableLayout: "fixed", minWidth: 560 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: "26%" }}>{translate(t("field"))}</TableCell>
              <TableCell sx={{ width: "37%" }}>{translate(t("before"))}</TableCell>
              <TableCell sx={{ width: "37%" }}>{translate(t("after"))}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((row) => (
              <TableRow
                key={row.field}
                data-changed={row.changed ? "true" : "false"}
                sx={
                  row.changed
                    ? { bgcolor: (theme) => `${theme.palette.warning.main}26`, "& td": { fontWeight: "bold" } }
                    : undefined
                }
              >
                <TableCell>{label(row.field)}</TableCell>
                <ValueCell row={row} side="before" />
                <ValueCell row={row} side="after" />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Alert severity="info" sx={{ mt: 1 }}>
        {translate(t("masked"))}
      </Alert>
    </Box>
  );
};
