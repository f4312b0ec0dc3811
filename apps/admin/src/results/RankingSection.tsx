import {
  Alert,
  Box,
  Button,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import {
  type RankingTable,
  type RoundInfo,
  rankingTables,
  roundScoreLines,
  separationReason,
  sharedPlaceGroups,
} from "./ranking.ts";
import { type ComputeOutcome, computeMutation, type ResultRow, resultsQuery } from "./resultsApi.ts";
import { SeparateTieDialog } from "./SeparateTieDialog.tsx";
import { useDeskRefresh, useGraphqlData } from "./useGraphqlData.ts";

const computableStates = new Set(["JUDGING", "PUBLIC_NOTICE"]);

const RoundScores = ({ row, rounds }: { row: ResultRow; rounds: RoundInfo[] }) => {
  const translate = useTranslate();
  return (
    <>
      {roundScoreLines(row.details, rounds).map((line) => (
        <Typography key={line.roundKey} variant="body2" component="div" sx={{ whiteSpace: "nowrap" }}>
          {translate(
            line.weight === null ? "resources.Result.ranking.roundNoWeight" : "resources.Result.ranking.round",
            {
              name: line.roundName,
              weight: line.weight ?? "",
              result: line.resultText,
              weighted: line.weightedText,
            },
          )}
        </Typography>
      ))}
    </>
  );
};

const AwardCell = ({ row }: { row: ResultRow }) => {
  const translate = useTranslate();
  if (row.award.names.length === 0 && !row.award.advancesToProvincial) {
    return <>{translate("resources.Result.ranking.noAward")}</>;
  }
  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
      {row.award.names.map((name) => (
        <Chip key={name} label={name} size="small" color={name === row.award.tierName ? "primary" : "secondary"} />
      ))}
      {row.award.advancesToProvincial ? (
        <Chip label={translate("resources.Result.ranking.provincial")} size="small" variant="outlined" />
      ) : null}
    </Box>
  );
};

const RankingTableView = ({
  table,
  rounds,
  activityId,
  mayChange,
  onComputed,
}: {
  table: RankingTable;
  rounds: RoundInfo[];
  activityId: string;
  mayChange: boolean;
  onComputed: (outcome: ComputeOutcome) => void;
}) => {
  const translate = useTranslate();
  const [separating, setSeparating] = useState<ResultRow[] | null>(null);
  const groups = sharedPlaceGroups(table.rows);
  const caption = `${table.categoryName} · ${table.trackName}`;
  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {caption}
      </Typography>
      <TableContainer component={Paper} variant="outlined" sx={{ maxWidth: "100%", overflowX: "auto" }}>
        <Table size="small" aria-label={caption} sx={{ minWidth: 960 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate("resources.Result.ranking.place")}</TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{translate("resources.Result.ranking.entrant")}</TableCell>
              <TableCell>{translate("resources.Result.ranking.organization")}</TableCell>
              <TableCell>{translate("resources.Result.ranking.rounds")}</TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{translate("resources.Result.ranking.total")}</TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{translate("resources.Result.ranking.award")}</TableCell>
              <TableCell>{translate("resources.Result.ranking.explanation")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {table.rows.map((row) => {
              const reason = separationReason(row.details);
              return (
                <TableRow key={row.id} data-entrant={row.entrantName}>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>
                    {row.placeLabel ?? translate("resources.Result.ranking.unranked")}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>{row.entrantName}</TableCell>
                  <TableCell sx={{ minWidth: 160 }}>{row.organizationName}</TableCell>
                  <TableCell>
                    <RoundScores row={row} rounds={rounds} />
                  </TableCell>
                  <TableCell
                    sx={{ whiteSpace: "nowrap" }}
                    title={row.total ? translate("resources.Result.ranking.exact", { total: row.total }) : undefined}
                  >
                    {row.totalText ?? "—"}
                  </TableCell>
                  <TableCell>
                    <AwardCell row={row} />
                  </TableCell>
                  <TableCell sx={{ minWidth: 200 }}>
                    {row.explanation}
                    {reason && !row.explanation.includes(reason) ? (
                      <Typography variant="caption" component="div" color="text.secondary">
                        {translate("resources.Result.ranking.separationReason", { reason })}
                      </Typography>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {mayChange && groups.length > 0 ? (
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, mt: 1 }}>
          {groups.map((group) => (
            <Button key={group[0]?.id} size="small" variant="outlined" onClick={() => setSeparating(group)}>
              {`${translate("resources.Result.separate.button")}：${translate("resources.Result.ranking.tieGroup", {
                place: group[0]?.placeLabel?.replace(/^并列/, "") ?? "",
                names: group.map((row) => row.entrantName).join("、"),
              })}`}
            </Button>
          ))}
        </Box>
      ) : null}
      {separating ? (
        <SeparateTieDialog
          activityId={activityId}
          table={table}
          group={separating}
          onClose={() => setSeparating(null)}
          onComputed={onComputed}
        />
      ) : null}
    </Box>
  );
};

/** 名次与奖项: compute (again), the ranking tables per category and track, ties to separate. */
export const RankingSection = ({
  activityId,
  state,
  rounds,
}: {
  activityId: string;
  state: string;
  rounds: RoundInfo[];
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { changed } = useDeskRefresh();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ComputeOutcome | null>(null);
  const { data, error } = useGraphqlData<{ allResults: ResultRow[] }>(resultsQuery, { activityId });
  const mayCompute = computableStates.has(state);
  const tables = rankingTables(data?.allResults ?? []);

  const compute = async () => {
    setBusy(true);
    try {
      const answer = await requestGraphql<{ computeResults: ComputeOutcome }>(computeMutation, { activityId });
      setOutcome(answer.computeResults);
      notify(translate("resources.Result.ranking.computed", { count: answer.computeResults.resultCount }), {
        type: "success",
      });
      changed();
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="ranking-title">
      <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 2, mb: 2 }}>
        <Typography id="ranking-title" variant="h6" component="h2">
          {translate("resources.Result.ranking.title")}
        </Typography>
        {mayCompute ? (
          <Button variant="contained" disabled={busy} onClick={compute}>
            {translate(tables.length > 0 ? "resources.Result.ranking.recompute" : "resources.Result.ranking.compute")}
          </Button>
        ) : null}
      </Box>
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {outcome && outcome.blockingTies.length > 0 ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          <Typography variant="subtitle2">{translate("resources.Result.ranking.blockingTies")}</Typography>
          {outcome.blockingTies.map((note) => (
            <div key={note.message}>{note.message}</div>
          ))}
        </Alert>
      ) : null}
      {outcome && outcome.warnings.length > 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          <Typography variant="subtitle2">{translate("resources.Result.ranking.warnings")}</Typography>
          {outcome.warnings.map((note) => (
            <div key={note.message}>{note.message}</div>
          ))}
        </Alert>
      ) : null}
      {data && tables.length === 0 ? (
        <Typography color="text.secondary">{translate("resources.Result.ranking.empty")}</Typography>
      ) : null}
      {tables.map((table) => (
        <RankingTableView
          key={table.key}
          table={table}
          rounds={rounds}
          activityId={activityId}
          mayChange={mayCompute}
          onComputed={setOutcome}
        />
      ))}
    </Box>
  );
};
