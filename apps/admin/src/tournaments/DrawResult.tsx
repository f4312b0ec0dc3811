import { Box, Card, CardContent, Chip, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";
import type { TournamentDraw } from "./tournamentApi.ts";

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Box>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2" component="div">
      {children}
    </Typography>
  </Box>
);

/** The draw as made: who drew it when, the seeds, the groups with their entrants, the knockout lines with byes. */
export const DrawResult = ({ draw }: { draw: TournamentDraw }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.TournamentDesk.draw.${key}`, options);
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <Typography variant="h6">{t("summary")}</Typography>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 3 }} data-testid="draw-summary">
        <Fact label={t("mode")}>{t(`modes.${draw.mode}`)}</Fact>
        <Fact label={t("lotNumberShown")}>{draw.lotNumber}</Fact>
        <Fact label={t("lotSource")}>{draw.lotSource}</Fact>
        <Fact label={t("drawnBy")}>{draw.drawnByName}</Fact>
        <Fact label={t("drawnAt")}>
          <ChinaTimeField record={{ id: draw.id, drawnAt: draw.drawnAt }} source="drawnAt" />
        </Fact>
        <Fact label={t("separateUnitsShown")}>{t(draw.separateUnits ? "yes" : "no")}</Fact>
        <Fact label={t("redraws")}>{draw.redraws}</Fact>
      </Box>

      {draw.seeds.length > 0 ? (
        <Box>
          <Typography variant="subtitle1">{t("seedsTitle")}</Typography>
          <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1 }}>
            {draw.seeds.map((seed) => (
              <Chip
                key={seed.seed}
                color="primary"
                variant="outlined"
                label={`${t("seedNumber", { seed: seed.seed })} ${seed.entrant?.name ?? ""}`}
              />
            ))}
          </Box>
        </Box>
      ) : null}

      {draw.groups.length > 0 ? (
        <Box>
          <Typography variant="subtitle1">{t("groupsTitle")}</Typography>
          <Box
            sx={{ display: "grid", gap: 2, gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))" }}
            data-testid="draw-groups"
          >
            {draw.groups.map((group) => (
              <Card key={group.name} variant="outlined" aria-label={t("group", { name: group.name })}>
                <CardContent>
                  <Typography variant="subtitle2">{t("group", { name: group.name })}</Typography>
                  <Box component="ol" sx={{ pl: 3, my: 1 }}>
                    {group.members.map((member) => (
                      <li key={member.registrationId}>
                        <Typography variant="body2">
                          {member.name}
                          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                            {member.unitName}
                          </Typography>
                        </Typography>
                      </li>
                    ))}
                  </Box>
                </CardContent>
              </Card>
            ))}
          </Box>
        </Box>
      ) : null}

      <Box>
        <Typography variant="subtitle1">{t("knockoutTitle", { size: draw.knockoutSize })}</Typography>
        <Box
          sx={{ display: "grid", gap: 1, gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))" }}
          data-testid="draw-lines"
        >
          {draw.knockoutLines.map((line) => (
            <Box
              key={line.line}
              sx={{ border: 1, borderColor: "divider", borderRadius: 1, px: 1.5, py: 0.5, display: "flex", gap: 1 }}
            >
              <Typography variant="caption" color="text.secondary" sx={{ minWidth: 64 }}>
                {t("line", { line: line.line })}
              </Typography>
              <Typography variant="body2" sx={{ flexGrow: 1 }} color={line.bye ? "text.disabled" : undefined}>
                {line.bye ? t("bye") : (line.entrant?.name ?? line.source ?? t("waiting"))}
              </Typography>
              {line.seed ? <Chip size="small" label={t("seedNumber", { seed: line.seed })} /> : null}
            </Box>
          ))}
        </Box>
      </Box>
    </Box>
  );
};
