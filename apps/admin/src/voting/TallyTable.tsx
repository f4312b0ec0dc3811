import { Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import type { TallyRow } from "./votingApi.ts";
import { nextPenaltyLevel } from "./votingRules.ts";

/** The tally in numbers, with each candidate's penalty and the button to escalate it. */
export const TallyTable = ({
  rows,
  closed,
  onEscalate,
  onShowVoided,
}: {
  rows: TallyRow[];
  closed: boolean;
  onEscalate: (row: TallyRow) => void;
  onShowVoided: (row: TallyRow) => void;
}) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.PublicVote.tally.${key}`);
  return (
    <Box sx={{ overflowX: "auto", contain: "inline-size" }}>
      <Table size="small" aria-label={t("title")}>
        <TableHead>
          <TableRow>
            <TableCell>{t("candidate")}</TableCell>
            <TableCell>{t("unit")}</TableCell>
            <TableCell align="right">{t("valid")}</TableCell>
            <TableCell align="right">{t("voided")}</TableCell>
            <TableCell align="right">{t("score")}</TableCell>
            <TableCell>{t("penalty")}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.registrationId} data-testid={`tally-row-${row.registrationId}`}>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{row.name}</TableCell>
              <TableCell>{row.organizationName}</TableCell>
              <TableCell align="right" data-testid="valid-votes" sx={{ fontVariantNumeric: "tabular-nums" }}>
                {row.validVotes}
              </TableCell>
              <TableCell align="right" data-testid="voided-votes" sx={{ fontVariantNumeric: "tabular-nums" }}>
                {row.voidedVotes > 0 ? (
                  <Button
                    size="small"
                    color="error"
                    sx={{ minWidth: 0 }}
                    title={translate("resources.PublicVote.voided.show", { count: row.voidedVotes })}
                    aria-label={translate("resources.PublicVote.voided.show", { count: row.voidedVotes })}
                    onClick={() => onShowVoided(row)}
                  >
                    {row.voidedVotes}
                  </Button>
                ) : (
                  row.voidedVotes
                )}
              </TableCell>
              <TableCell align="right">{row.publicScoreText ?? "—"}</TableCell>
              <TableCell>
                {row.penaltyLevel === "NONE" ? (
                  "—"
                ) : (
                  <Chip
                    size="small"
                    color={row.penaltyLevel === "WARNING" ? "warning" : "error"}
                    label={translate(`resources.PublicVote.levels.${row.penaltyLevel}`)}
                  />
                )}
              </TableCell>
              <TableCell>
                {nextPenaltyLevel(row.penaltyLevel) && !closed ? (
                  <Button size="small" color="warning" onClick={() => onEscalate(row)}>
                    {t("escalate")}
                  </Button>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
