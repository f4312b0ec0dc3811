import type { FieldError } from "@jinzhou/domain";
import { Box } from "@mui/material";
import type { VotingForm } from "./configuration-form.ts";
import { CheckBox, FieldRow, ProblemAlert, stepProblems, TextBox, useWizardText } from "./WizardControls.tsx";

/** When the public vote takes ballots (China calendar days, both included); set after saving. */
export interface VotingSchedule {
  opensOn: string;
  closesOn: string;
}

/** 公众投票: limits per voter, per ballot and per network address, live counts, jury and public shares, dates. */
export const VotingStep = ({
  voting,
  onChange,
  schedule,
  onSchedule,
  problems,
}: {
  voting: VotingForm;
  onChange: (voting: VotingForm) => void;
  schedule: VotingSchedule;
  onSchedule: (schedule: VotingSchedule) => void;
  problems: readonly FieldError[];
}) => {
  const t = useWizardText();
  const shown = stepProblems(problems);
  const set = (part: Partial<VotingForm>) => onChange({ ...voting, ...part });
  const number = (field: "ballotsPerVoterPerDay" | "maxCandidatesPerBallot" | "ballotsPerIpPerDay") => (
    <TextBox
      label={t(field)}
      value={voting[field]}
      onChange={(value) => set({ [field]: value })}
      problems={shown.at(`voting.${field}`)}
      numeric
      width={220}
    />
  );
  const fields = (
    <>
      <FieldRow>
        {number("ballotsPerVoterPerDay")}
        {number("maxCandidatesPerBallot")}
        {number("ballotsPerIpPerDay")}
      </FieldRow>
      <FieldRow>
        <TextBox
          label={t("juryShare")}
          value={voting.juryShare}
          onChange={(juryShare) => set({ juryShare })}
          problems={shown.at("voting.juryShare")}
          numeric
          width={200}
        />
        <TextBox
          label={t("publicShare")}
          value={voting.publicShare}
          onChange={(publicShare) => set({ publicShare })}
          problems={shown.at("voting.publicShare")}
          numeric
          width={200}
        />
      </FieldRow>
      <CheckBox
        label={t("showLiveCounts")}
        checked={voting.showLiveCounts}
        onChange={(showLiveCounts) => set({ showLiveCounts })}
      />
      <FieldRow>
        <TextBox
          type="date"
          label={t("votingOpensOn")}
          value={schedule.opensOn}
          onChange={(opensOn) => onSchedule({ ...schedule, opensOn })}
          help={t("votingScheduleHelp")}
          width={200}
        />
        <TextBox
          type="date"
          label={t("votingClosesOn")}
          value={schedule.closesOn}
          onChange={(closesOn) => onSchedule({ ...schedule, closesOn })}
          width={200}
        />
      </FieldRow>
    </>
  );
  return (
    <Box>
      <ProblemAlert messages={shown.unplaced()} />
      {fields}
    </Box>
  );
};
