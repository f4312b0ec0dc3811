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
  awards?: {
    tiers?: { key: string; name: string; size?: { by: "COUNT"; count: number } | { by: "SHARE"; percent: string } }[];
    championTitle?: boolean;
    excellenceAward?: boolean;
  };
  provincialRecommendation?: { quota: number } | null;
  publicNotice?: { workingDays: number; lateObjections: string };
  voting?: {
    ballotsPerVoterPerDay: number;
    maxCandidatesPerBallot: number;
    ballotsPerIpPerDay: number;
    juryShare: string;
    publicShare: string;
  } | null;
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

/** The configuration's parts as people read them: categories, eligibility, rounds, tie-breaks, awards, notice, voting. */
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
        <ul>
          {(configuration.awards?.tiers ?? []).map((tier) => (
            <li key={tier.key}>
              {tier.size?.by === "SHARE"
                ? t("tierShare", { name: tier.name, percent: tier.size.percent })
                : t("tierCount", { name: tier.name, count: tier.size?.count ?? "" })}
            </li>
          ))}
          {configuration.awards?.championTitle ? <li>{t("championTitle")}</li> : null}
          {configuration.awards?.excellenceAward ? <li>{t("excellenceAward")}</li> : null}
          {configuration.provincialRecommendation ? (
            <li>{t("provincial", { quota: configuration.provincialRecommendation.quota })}</li>
          ) : null}
        </ul>
      </Section>
      {configuration.publicNotice ? (
        <Section title={t("publicNotice")}>
          <Typography variant="body2">
            {t("noticeLine", {
              days: configuration.publicNotice.workingDays,
              late: translate(
                `resources.Activity.wizard.lateObjectionPolicies.${configuration.publicNotice.lateObjections}`,
              ),
            })}
          </Typography>
        </Section>
      ) : null}
      {configuration.voting ? (
        <Section title={t("voting")}>
          <Typography variant="body2">
            {t("votingLine", {
              perDay: configuration.voting.ballotsPerVoterPerDay,
              perBallot: configuration.voting.maxCandidatesPerBallot,
              perIp: configuration.voting.ballotsPerIpPerDay,
              jury: configuration.voting.juryShare,
              public: configuration.voting.publicShare,
            })}
          </Typography>
        </Section>
      ) : null}
    </Box>
  );
};
