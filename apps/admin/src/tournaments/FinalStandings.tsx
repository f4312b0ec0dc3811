import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { finalStandingRows } from "./standingsDisplay.ts";
import type { TournamentDraw } from "./tournamentApi.ts";

/** 最终名次: champion, runner-up, shared thirds …, those still in play without a place. */
export const FinalStandings = ({ draw }: { draw: TournamentDraw | null }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.TournamentDesk.standings.${key}`, options);
  if (!draw || draw.standings.length === 0) return <Typography color="text.secondary">{t("empty")}</Typography>;
  return (
    <TableContainer sx={{ width: 0, minWidth: "100%", overflowX: "auto" }}>
      <Table size="small" aria-label={translate("resources.TournamentDesk.tabs.standings")}>
        <TableHead sx={{ "& th": { whiteSpace: "nowrap" } }}>
          <TableRow>
            <TableCell>{t("place")}</TableCell>
            <TableCell>{t("name")}</TableCell>
            <TableCell>{t("unit")}</TableCell>
            <TableCell>{t("stage")}</TableCell>
            <TableCell>{t("explanation")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {finalStandingRows(draw.standings).map((standing, index) => (
            <TableRow key={standing.entrant?.registrationId ?? index}>
              <TableCell sx={{ whiteSpace: "nowrap" }}>
                {standing.place === null
                  ? t("undecided")
                  : t(standing.sharedPlace ? "shared" : "placeText", { place: standing.place })}
              </TableCell>
              <TableCell>{standing.entrant?.name ?? ""}</TableCell>
              <TableCell>{standing.entrant?.unitName ?? ""}</TableCell>
              <TableCell>{standing.stageReached}</TableCell>
              <TableCell>{standing.explanation}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
