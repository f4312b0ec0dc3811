import type { ActivityKind, FieldError } from "@jinzhou/domain";
import Add from "@mui/icons-material/Add";
import { Box, Button } from "@mui/material";
import { type AwardsForm, type AwardTierForm, freshKey, moveItem, replaceItem } from "./configuration-form.ts";
import {
  CheckBox,
  ChoiceBox,
  FieldRow,
  ProblemAlert,
  RowActions,
  stepProblems,
  TextBox,
  useWizardText,
} from "./WizardControls.tsx";

/** 奖项: tiers by count or by share, 状元, 优胜奖, shared awards, 优秀组织奖, and the provincial recommendation. */
export const AwardsStep = ({
  kind,
  awards,
  onChange,
  problems,
}: {
  kind: ActivityKind;
  awards: AwardsForm;
  onChange: (awards: AwardsForm) => void;
  problems: readonly FieldError[];
}) => {
  const t = useWizardText();
  const shown = stepProblems(problems);
  const set = (part: Partial<AwardsForm>) => onChange({ ...awards, ...part });
  const setTier = (index: number, part: Partial<AwardTierForm>) =>
    set({ tiers: replaceItem(awards.tiers, index, part) });
  const rows = awards.tiers.map((tier, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place.
    <FieldRow key={index} testId={`tier-${index}`}>
      <TextBox label={t("tierName")} value={tier.name} onChange={(name) => setTier(index, { name })} width={180} />
      <ChoiceBox
        label={t("tierBy")}
        value={tier.by}
        onChange={(by) => setTier(index, { by: by as AwardTierForm["by"] })}
        choices={[
          { id: "COUNT", name: t("byCount") },
          { id: "SHARE", name: t("byShare") },
        ]}
        width={120}
      />
      {tier.by === "COUNT" ? (
        <TextBox
          label={t("count")}
          value={tier.count}
          onChange={(count) => setTier(index, { count })}
          numeric
          width={100}
        />
      ) : (
        <TextBox
          label={t("percent")}
          value={tier.percent}
          onChange={(percent) => setTier(index, { percent })}
          numeric
          width={100}
        />
      )}
      <RowActions
        index={index}
        count={awards.tiers.length}
        label={tier.name}
        onMove={(from, to) => set({ tiers: moveItem(awards.tiers, from, to) })}
        onRemove={(at) => set({ tiers: awards.tiers.filter((_, i) => i !== at) })}
      />
    </FieldRow>
  ));
  const showProvincial = kind === "SKILLS_CONTEST" || awards.provincialQuota !== "";
  const provincialProblems = [...shown.at("provincialRecommendation"), ...shown.at("provincialRecommendation.quota")];
  return (
    <Box>
      <ProblemAlert messages={shown.unplaced()} />
      {rows}
      <Button
        startIcon={<Add />}
        onClick={() =>
          set({
            tiers: [
              ...awards.tiers,
              {
                key: freshKey(
                  "TIER",
                  awards.tiers.map((tier) => tier.key),
                ),
                name: "",
                by: awards.tiers[awards.tiers.length - 1]?.by ?? "COUNT",
                count: "",
                percent: "",
              },
            ],
          })
        }
      >
        {t("addTier")}
      </Button>
      <Box sx={{ display: "flex", flexDirection: "column", mt: 1 }}>
        <CheckBox
          label={t("championTitle")}
          checked={awards.championTitle}
          onChange={(championTitle) => set({ championTitle })}
        />
        <CheckBox
          label={t("excellenceAward")}
          checked={awards.excellenceAward}
          onChange={(excellenceAward) => set({ excellenceAward })}
        />
        <CheckBox
          label={t("sharedAwards")}
          checked={awards.sharedAwards}
          onChange={(sharedAwards) => set({ sharedAwards })}
        />
        <CheckBox
          label={t("organizationAward")}
          checked={awards.organizationAward}
          onChange={(organizationAward) => set({ organizationAward })}
        />
      </Box>
      {showProvincial ? (
        <FieldRow>
          <TextBox
            label={t("provincialQuota")}
            value={awards.provincialQuota}
            onChange={(provincialQuota) => set({ provincialQuota })}
            problems={provincialProblems}
            help={t("provincialQuotaHelp")}
            numeric
            width={260}
          />
        </FieldRow>
      ) : null}
    </Box>
  );
};
