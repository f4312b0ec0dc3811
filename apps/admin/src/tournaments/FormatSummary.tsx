import { defaultTournamentFormat, type TournamentFormat } from "@jinzhou/domain";
import { Box, Chip, Typography } from "@mui/material";
import { useTranslate } from "react-admin";

const fields: (keyof TournamentFormat)[] = [
  "pointsToWinGame",
  "gamePointCap",
  "bestOfGames",
  "groupSize",
  "advancingPerGroup",
  "seedCount",
];

/** The activity's tournament format (games to 21, best of three, groups of four …), read-only. */
export const FormatSummary = ({ format }: { format: TournamentFormat | null }) => {
  const translate = useTranslate();
  const shown = format ?? defaultTournamentFormat;
  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {translate("resources.TournamentDesk.format.title")}
      </Typography>
      {fields.map((field) => (
        <Chip
          key={field}
          size="small"
          variant="outlined"
          label={`${translate(`resources.TournamentDesk.format.fields.${field}`)} ${shown[field]}`}
        />
      ))}
    </Box>
  );
};
