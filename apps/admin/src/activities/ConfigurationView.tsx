import { describeEligibilityRules, type EligibilityRules } from "@jinzhou/domain";
import { Box, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useRecordContext, useTranslate } from "react-admin";

interface LooseConfiguration {
  eligibility?: EligibilityRules;
  rounds?: {
    key: string;
    name: string;
    weight: string;
    maxResult: string;
    criteriaScoring?: { criteria?: { key: string; name: string; max: string }[] } | null;
  }[];
  tieBreaks?: { kind: string; roundKey?: string }[];
  awards?: { tiers?: { key: string; name: string }[] };
}

interface ActivityRecord {
  configuration?: LooseConfiguration | string | null;
  categories?: { id: string; name: string; capacity?: number | null; registrationCount?: number | null }[];
}

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box sx={{ mb: 2 }}>
    <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
      {title}
    </Typography>
    {children}
  </Box>
);

/** The configuration's parts as people read them: categories, eligibility, rounds, tie-breaks, awards. */
export const ConfigurationView = () => {
  const record = useRecordContext<ActivityRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const raw = record.configuration;
  const configuration: LooseConfiguration = typeof raw === "string" ? JSON.parse(raw) : (raw ?? {});
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.Activity.config.${key}`, options);
  const eligibility = configuration.eligibility ? describeEligibilityRules(configuration.eligibility) : [];
  const rounds = configuration.rounds ?? [];
  return (
    <Box data-testid="configuration">
      <Section title={t("categories")}>
        <ul>
          {(record.categories ?? []).map((category) => (
            <li key={category.id}>
              {category.name}
              {category.capacity != null ? ` · ${t("capacity", { count: category.capacity })}` : ""}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("eligibility")}>
        {eligibility.length === 0 ? (
          <Typography variant="body2">{t("noLimits")}</Typography>
        ) : (
          <ul>
            {eligibility.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("rounds")}>
        <ul>
          {rounds.map((round) => (
            <li key={round.key}>
              {t("round", { name: round.name, weight: round.weight, max: round.maxResult })}
              {round.criteriaScoring?.criteria && round.criteriaScoring.criteria.length > 0 ? (
                <ul>
                  {round.criteriaScoring.criteria.map((criterion) => (
                    <li key={criterion.key}>{t("criterion", { name: criterion.name, max: criterion.max })}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("tieBreaks")}>
        <ol>
          {(configuration.tieBreaks ?? []).map((tieBreak) => {
            const round = rounds.find((r) => r.key === tieBreak.roundKey)?.name ?? tieBreak.roundKey ?? "";
            return (
              <li key={`${tieBreak.kind}-${tieBreak.roundKey ?? ""}`}>{t(`tieBreak.${tieBreak.kind}`, { round })}</li>
            );
          })}
        </ol>
      </Section>
      <Section title={t("awards")}>
        <Typography variant="body2">
          {(configuration.awards?.tiers ?? []).map((tier) => tier.name).join("、")}
        </Typography>
      </Section>
    </Box>
  );
};
