import {
  Box,
  Checkbox,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useTranslate } from "react-admin";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { useChinaTime } from "../fields/useChinaTime.ts";
import { votesWithBallots } from "./votingApi.ts";

export interface VotesFilter {
  roundId: string;
  ids?: string[];
  registrationId?: string;
  voided?: boolean;
}

/**
 * The votes behind a finding or a candidate, each with its ballot's voter (masked by the API),
 * time and address; valid votes can be selected for voiding. Read again when `version` changes.
 */
export const VotesTable = ({
  filter,
  names,
  selected,
  onSelect,
  version = 0,
  selectable = true,
}: {
  filter: VotesFilter;
  names: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
  version?: number;
  /** False for a read-only list (the voided votes): no checkboxes. */
  selectable?: boolean;
}) => {
  const translate = useTranslate();
  const chinaTime = useChinaTime({ dateStyle: "medium", timeStyle: "medium" });
  const key = JSON.stringify(filter);
  const t = (name: string, options?: Record<string, unknown>) =>
    translate(`resources.PublicVote.votes.${name}`, options);
  // `version` asks for a fresh read after a change.
  const { data, error } = useLoaded(() => votesWithBallots(JSON.parse(key)), `${key}\n${version}`);

  if (error) return <Typography color="error">{error.message}</Typography>;
  if (!data) {
    return (
      <Box aria-busy="true">
        <LinearProgress />
        <Typography variant="caption">{t("loading")}</Typography>
      </Box>
    );
  }
  if (data.votes.length === 0) return <Typography variant="body2">{t("none")}</Typography>;
  const valid = data.votes.filter((vote) => !vote.voided);
  const allSelected = valid.length > 0 && valid.every((vote) => selected.has(vote.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  return (
    <Box sx={{ overflowX: "auto", maxHeight: 360, overflowY: "auto", contain: "inline-size" }}>
      <Table size="small" stickyHeader>
        <TableHead>
          <TableRow>
            {selectable ? (
              <TableCell padding="checkbox">
                <Checkbox
                  checked={allSelected}
                  disabled={valid.length === 0}
                  inputProps={{ "aria-label": t("selectAll") }}
                  onChange={() => onSelect(allSelected ? new Set() : new Set(valid.map((vote) => vote.id)))}
                />
              </TableCell>
            ) : null}
            <TableCell>{t("castAt")}</TableCell>
            <TableCell>{t("voter")}</TableCell>
            <TableCell>{t("ipAddress")}</TableCell>
            <TableCell>{t("candidate")}</TableCell>
            <TableCell>{t("state")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.votes.map((vote) => {
            const ballot = data.ballots.get(vote.ballotId);
            return (
              <TableRow key={vote.id} data-testid={`vote-${vote.id}`}>
                {selectable ? (
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={selected.has(vote.id)}
                      disabled={vote.voided}
                      inputProps={{ "aria-label": t("select") }}
                      onChange={() => toggle(vote.id)}
                    />
                  </TableCell>
                ) : null}
                <TableCell sx={{ whiteSpace: "nowrap" }}>{chinaTime(vote.castAt)}</TableCell>
                <TableCell sx={{ whiteSpace: "nowrap" }}>{ballot?.voter ?? "—"}</TableCell>
                <TableCell>{vote.ipAddress}</TableCell>
                <TableCell sx={{ whiteSpace: "nowrap" }}>
                  {names.get(vote.registrationId) ?? vote.registrationId}
                </TableCell>
                <TableCell>
                  {vote.voided ? t("voidedBecause", { reason: vote.voidReason ?? "" }) : t("valid")}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
