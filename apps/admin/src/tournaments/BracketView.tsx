import { Box, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { type BracketSide, bracketLayout } from "./bracketLayout.ts";
import type { TournamentDraw } from "./tournamentApi.ts";

const SideLine = ({ side }: { side: BracketSide }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.TournamentDesk.${key}`, options);
  const seed = (value: number | null) =>
    value ? (
      <Typography component="span" variant="caption" color="primary" sx={{ ml: 0.5 }}>
        {t("bracket.seed", { seed: value })}
      </Typography>
    ) : null;
  switch (side.kind) {
    case "entrant":
      return (
        <Typography variant="body2" noWrap sx={{ fontWeight: side.winner ? 700 : 400 }} title={side.entrant.unitName}>
          {side.entrant.name}
          {seed(side.seed)}
        </Typography>
      );
    case "source":
      return (
        <Typography variant="body2" noWrap color="text.secondary">
          {side.source}
          {seed(side.seed)}
        </Typography>
      );
    case "bye":
      return (
        <Typography variant="body2" color="text.disabled">
          {t("draw.bye")}
        </Typography>
      );
    case "winnerOf":
      return (
        <Typography variant="body2" noWrap color="text.secondary">
          {t("bracket.winnerOf", { slot: side.slot })}
        </Typography>
      );
    default:
      return (
        <Typography variant="body2" color="text.disabled">
          {t("bracket.unknown")}
        </Typography>
      );
  }
};

/**
 * The knockout bracket as a CSS grid: a column per round, each match spanning the lines it is fed
 * by, winners in bold, scores under the match. Updated with every reload after a result.
 */
export const BracketView = ({ draw }: { draw: TournamentDraw | null }) => {
  const translate = useTranslate();
  if (!draw || draw.bracket.rounds.length === 0) {
    return <Typography color="text.secondary">{translate("resources.TournamentDesk.bracket.empty")}</Typography>;
  }
  const grid = bracketLayout(draw.bracket, draw.knockoutLines);
  return (
    <Box sx={{ width: 0, minWidth: "100%", overflowX: "auto" }}>
      <Box
        role="group"
        aria-label={translate("resources.TournamentDesk.tabs.bracket")}
        data-testid="bracket"
        sx={{
          display: "grid",
          gridTemplateColumns: `repeat(${grid.columns}, minmax(170px, 260px))`,
          gridTemplateRows: `auto repeat(${grid.rows}, minmax(36px, auto))`,
          columnGap: 3,
          rowGap: 0.5,
          minWidth: grid.columns * 190,
        }}
      >
        {grid.roundNames.map((name, index) => (
          <Typography key={name} variant="subtitle2" sx={{ gridColumn: index + 1, gridRow: 1 }}>
            {name}
          </Typography>
        ))}
        {grid.cells.map((cell) => (
          <Box
            key={cell.match.id}
            data-slot={cell.match.slot}
            sx={{
              gridColumn: cell.column,
              gridRow: `${cell.rowStart + 1} / span ${cell.rowSpan}`,
              alignSelf: "center",
              border: 1,
              borderColor: cell.match.winner ? "success.main" : "divider",
              borderRadius: 1,
              px: 1,
              py: 0.5,
              bgcolor: "background.paper",
              position: "relative",
              // A stub towards the next round.
              "&::after":
                cell.column < grid.columns
                  ? {
                      content: '""',
                      position: "absolute",
                      right: -24,
                      top: "50%",
                      width: 24,
                      borderTop: 1,
                      borderColor: "divider",
                    }
                  : undefined,
            }}
          >
            <Typography variant="caption" color="text.secondary">
              {cell.match.slot}
            </Typography>
            <SideLine side={cell.sideA} />
            <SideLine side={cell.sideB} />
            {cell.match.scoreText ? (
              <Typography variant="caption" component="div">
                {cell.match.scoreText}
              </Typography>
            ) : null}
          </Box>
        ))}
      </Box>
    </Box>
  );
};
