import {
  Box,
  Card,
  CardContent,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useTranslate } from "react-admin";
import { groupProgress, rankingOrderText, standingRows } from "./standingsDisplay.ts";
import type { TournamentDraw } from "./tournamentApi.ts";

const columns = [
  "place",
  "name",
  "played",
  "won",
  "lost",
  "games",
  "gameDifference",
  "points",
  "pointDifference",
  "decidedBy",
  "explanation",
] as const;

/** Each group's table: wins, games, points, and which criterion decided each place, with its explanation. */
export const GroupTables = ({ draw }: { draw: TournamentDraw | null }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.TournamentDesk.groups.${key}`, options);
  if (!draw || draw.groupTables.length === 0) return <Typography color="text.secondary">{t("empty")}</Typography>;
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2, minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {t("order", { order: rankingOrderText() })}
      </Typography>
      {draw.groupTables.map((table) => {
        const progress = groupProgress(table);
        const title = t("title", { group: table.group });
        return (
          <Card key={table.group} variant="outlined" component="section" aria-label={title}>
            <CardContent sx={{ minWidth: 0 }}>
              <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1, mb: 1 }}>
                <Typography variant="h6" sx={{ flexGrow: 1 }}>
                  {title}
                </Typography>
                <Chip size="small" label={t("progress", progress)} />
                {table.complete ? <Chip size="small" color="success" label={t("complete")} /> : null}
              </Box>
              {table.note ? (
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {table.note}
                </Typography>
              ) : null}
              <TableContainer sx={{ width: 0, minWidth: "100%", overflowX: "auto" }}>
                <Table size="small" aria-label={title}>
                  <TableHead>
                    <TableRow>
                      {columns.map((column) => (
                        <TableCell key={column} sx={{ whiteSpace: "nowrap" }}>
                          {t(column)}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {standingRows(table).map((row) => (
                      <TableRow key={row.key}>
                        <TableCell>{row.place}</TableCell>
                        <TableCell sx={{ whiteSpace: "nowrap" }}>
                          {row.name}
                          <Typography variant="caption" color="text.secondary" component="div">
                            {row.unitName}
                          </Typography>
                        </TableCell>
                        <TableCell>{row.played}</TableCell>
                        <TableCell>{row.won}</TableCell>
                        <TableCell>{row.lost}</TableCell>
                        <TableCell>{row.games}</TableCell>
                        <TableCell>{row.gameDifference}</TableCell>
                        <TableCell sx={{ whiteSpace: "nowrap" }}>{row.points}</TableCell>
                        <TableCell>{row.pointDifference}</TableCell>
                        <TableCell sx={{ whiteSpace: "nowrap" }}>{row.decidedBy}</TableCell>
                        <TableCell sx={{ minWidth: 200 }}>{row.explanation}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
};
