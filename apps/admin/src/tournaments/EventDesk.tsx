import type { TournamentFormat } from "@jinzhou/domain";
import { Alert, Box, Button, LinearProgress, Tab, Tabs } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { refusalText } from "./apiErrors.ts";
import { BracketView } from "./BracketView.tsx";
import { DrawPanel } from "./DrawPanel.tsx";
import { FinalStandings } from "./FinalStandings.tsx";
import { GroupTables } from "./GroupTables.tsx";
import { ScheduleTable } from "./ScheduleTable.tsx";
import { loadEvent } from "./tournamentApi.ts";

const sections = ["draw", "schedule", "groups", "bracket", "standings"] as const;
type Section = (typeof sections)[number];

export interface EventDeskProps {
  roundId: string;
  categoryId: string;
  activityState: string;
  format: TournamentFormat | null;
}

/**
 * One event: its draw, schedule and scores, group tables, bracket and standings. Everything is
 * read in one request and read again after each change, so the tables and the bracket follow
 * every result.
 */
export const EventDesk = ({ roundId, categoryId, activityState, format }: EventDeskProps) => {
  const translate = useTranslate();
  const [section, setSection] = useState<Section>("draw");
  const loaded = useLoaded(() => loadEvent(roundId, categoryId), `${roundId}-${categoryId}`);

  if (loaded.error && !loaded.data) {
    return (
      <Alert
        severity="error"
        action={<Button onClick={loaded.reload}>{translate("resources.TournamentDesk.reload")}</Button>}
      >
        {refusalText(loaded.error)}
      </Alert>
    );
  }
  if (!loaded.data) return <LinearProgress aria-label={translate("resources.TournamentDesk.loading")} />;
  const { draw, matches, entries } = loaded.data;

  return (
    <Box sx={{ minWidth: 0 }}>
      <Tabs
        value={section}
        onChange={(_, value: Section) => setSection(value)}
        variant="scrollable"
        allowScrollButtonsMobile
        sx={{ borderBottom: 1, borderColor: "divider", mb: 2 }}
      >
        {sections.map((each) => (
          <Tab key={each} value={each} label={translate(`resources.TournamentDesk.tabs.${each}`)} />
        ))}
      </Tabs>
      <Box sx={{ height: 4 }}>{loaded.loading ? <LinearProgress /> : null}</Box>
      {section === "draw" ? (
        <DrawPanel
          roundId={roundId}
          categoryId={categoryId}
          draw={draw}
          entries={entries}
          activityState={activityState}
          format={format}
          onDrawn={loaded.reload}
        />
      ) : null}
      {section === "schedule" ? (
        <ScheduleTable matches={matches} activityState={activityState} format={format} onChanged={loaded.reload} />
      ) : null}
      {section === "groups" ? <GroupTables draw={draw} /> : null}
      {section === "bracket" ? <BracketView draw={draw} /> : null}
      {section === "standings" ? <FinalStandings draw={draw} /> : null}
    </Box>
  );
};
