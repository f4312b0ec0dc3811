import type { EligibilityRules, FieldError } from "@jinzhou/domain";
import { Box, Checkbox, FormControlLabel, FormGroup, FormLabel, Typography } from "@mui/material";
import type { EligibilityForm, PositionRule } from "./configuration-form.ts";
import {
  CheckBox,
  ChoiceBox,
  FieldRow,
  ProblemAlert,
  stepProblems,
  TextBox,
  useWizardText,
} from "./WizardControls.tsx";

const skillGrades = ["GRADE_5", "GRADE_4", "GRADE_3", "GRADE_2", "GRADE_1"] as const;
const positionCategories = ["FRONT_LINE", "TECHNICAL", "MANAGER", "ENTERPRISE_HEAD"] as const;

/** 参赛条件 of the whole activity: ages, membership, skill grade, position, gender, trades, entries per worker, accidents. */
export const EligibilityStep = ({
  eligibility,
  stored,
  onChange,
  problems,
}: {
  eligibility: EligibilityForm;
  /** The stored rules, for the parts shown but not edited here (honours, home organization). */
  stored: EligibilityRules;
  onChange: (eligibility: EligibilityForm) => void;
  problems: readonly FieldError[];
}) => {
  const t = useWizardText();
  const shown = stepProblems(problems);
  const set = (part: Partial<EligibilityForm>) => onChange({ ...eligibility, ...part });
  const positionProblems = [
    ...shown.at("eligibility.allowedPositionCategories"),
    ...shown.at("eligibility.excludedPositionCategories"),
  ];
  const fields = (
    <>
      <FieldRow>
        <TextBox
          label={t("ageMin")}
          value={eligibility.ageMin}
          onChange={(ageMin) => set({ ageMin })}
          problems={[...shown.at("eligibility.ageRange"), ...shown.at("eligibility.ageRange.min")]}
          numeric
          width={120}
        />
        <TextBox
          label={t("ageMax")}
          value={eligibility.ageMax}
          onChange={(ageMax) => set({ ageMax })}
          problems={shown.at("eligibility.ageRange.max")}
          numeric
          width={120}
        />
        <Typography variant="caption" sx={{ alignSelf: "center" }}>
          {t("ageHelp")}
        </Typography>
      </FieldRow>
      <FieldRow>
        <CheckBox
          label={t("unionMembershipRequired")}
          checked={eligibility.unionMembershipRequired}
          onChange={(unionMembershipRequired) => set({ unionMembershipRequired })}
        />
      </FieldRow>
      <FieldRow>
        <ChoiceBox
          label={t("minimumSkillGrade")}
          value={eligibility.minimumSkillGrade}
          onChange={(grade) => set({ minimumSkillGrade: grade as EligibilityForm["minimumSkillGrade"] })}
          choices={[
            { id: "", name: t("anyGrade") },
            ...skillGrades.map((id) => ({ id, name: t(`skillGrades.${id}`) })),
          ]}
          problems={shown.at("eligibility.minimumSkillGrade")}
          width={220}
        />
        <ChoiceBox
          label={t("gender")}
          value={eligibility.gender}
          onChange={(gender) => set({ gender: gender as EligibilityForm["gender"] })}
          choices={[
            { id: "", name: t("anyGender") },
            { id: "MALE", name: t("genders.MALE") },
            { id: "FEMALE", name: t("genders.FEMALE") },
          ]}
          problems={shown.at("eligibility.gender")}
          width={120}
        />
        <ChoiceBox
          label={t("entriesPerWorker")}
          value={eligibility.entriesPerWorker}
          onChange={(value) => set({ entriesPerWorker: value as EligibilityForm["entriesPerWorker"] })}
          choices={[
            { id: "", name: t("entriesAny") },
            { id: "ONE_PER_ACTIVITY", name: t("entriesPerWorkerOptions.ONE_PER_ACTIVITY") },
            { id: "ONE_PER_CATEGORY", name: t("entriesPerWorkerOptions.ONE_PER_CATEGORY") },
          ]}
          problems={shown.at("eligibility.entriesPerWorker")}
          width={220}
        />
        <TextBox
          label={t("trades")}
          value={eligibility.trades}
          onChange={(trades) => set({ trades })}
          problems={shown.at("eligibility.trades")}
          help={t("tradesHelp")}
          width={220}
        />
      </FieldRow>
      <Box sx={{ py: 1 }}>
        <ChoiceBox
          label={t("positionRule")}
          value={eligibility.positionRule}
          onChange={(rule) => set({ positionRule: rule as PositionRule })}
          choices={[
            { id: "ANY", name: t("positionAny") },
            { id: "ONLY", name: t("positionOnly") },
            { id: "EXCEPT", name: t("positionExcept") },
          ]}
          problems={positionProblems}
          width={220}
        />
        {eligibility.positionRule === "ANY" ? null : (
          <FormGroup row sx={{ mt: 1 }}>
            <FormLabel sx={{ alignSelf: "center", mr: 1 }}>
              {t(eligibility.positionRule === "ONLY" ? "positionOnly" : "positionExcept")}
            </FormLabel>
            {positionCategories.map((category) => (
              <FormControlLabel
                key={category}
                label={t(`positionCategories.${category}`)}
                control={
                  <Checkbox
                    checked={eligibility.positionCategories.includes(category)}
                    onChange={(event) =>
                      set({
                        positionCategories: event.target.checked
                          ? [...eligibility.positionCategories, category]
                          : eligibility.positionCategories.filter((c) => c !== category),
                      })
                    }
                  />
                }
              />
            ))}
          </FormGroup>
        )}
      </Box>
      <FieldRow>
        <CheckBox
          label={t("seriousAccidentExcluded")}
          checked={eligibility.seriousAccidentExcluded}
          onChange={(seriousAccidentExcluded) => set({ seriousAccidentExcluded })}
        />
        {eligibility.seriousAccidentExcluded ? (
          <TextBox
            label={t("seriousAccidentYears")}
            value={eligibility.seriousAccidentYears}
            onChange={(seriousAccidentYears) => set({ seriousAccidentYears })}
            problems={shown.at("eligibility.seriousAccidentExclusion.withinYears")}
            help={t("seriousAccidentYearsHelp")}
            numeric
            width={120}
          />
        ) : null}
      </FieldRow>
      {stored.excludedHonours && stored.excludedHonours.length > 0 ? (
        <Typography variant="body2" sx={{ py: 1 }}>
          {t("excludedHonours", { names: stored.excludedHonours.map((honour) => honour.name).join("、") })}
        </Typography>
      ) : null}
      {stored.homeOrganization ? (
        <Typography variant="body2" sx={{ py: 1 }}>
          {t("homeOrganization", { name: stored.homeOrganization.name })}
        </Typography>
      ) : null}
    </>
  );
  return (
    <Box>
      <ProblemAlert messages={shown.unplaced()} />
      {fields}
    </Box>
  );
};
