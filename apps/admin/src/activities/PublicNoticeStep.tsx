import type { FieldError } from "@jinzhou/domain";
import { Box } from "@mui/material";
import type { ConfigurationForm } from "./configuration-form.ts";
import { ChoiceBox, FieldRow, ProblemAlert, stepProblems, TextBox, useWizardText } from "./WizardControls.tsx";

type NoticeForm = ConfigurationForm["publicNotice"];

/** 公示: the notice period in working days and what happens to a late objection. */
export const PublicNoticeStep = ({
  notice,
  onChange,
  problems,
}: {
  notice: NoticeForm;
  onChange: (notice: NoticeForm) => void;
  problems: readonly FieldError[];
}) => {
  const t = useWizardText();
  const shown = stepProblems(problems);
  const fields = (
    <FieldRow>
      <TextBox
        label={t("workingDays")}
        value={notice.workingDays}
        onChange={(workingDays) => onChange({ ...notice, workingDays })}
        problems={shown.at("publicNotice.workingDays")}
        numeric
        width={180}
        testId="notice-working-days"
      />
      <ChoiceBox
        label={t("lateObjections")}
        value={notice.lateObjections}
        onChange={(value) => onChange({ ...notice, lateObjections: value as NoticeForm["lateObjections"] })}
        choices={(["ACCEPT_FLAGGED", "REFUSE"] as const).map((id) => ({ id, name: t(`lateObjectionPolicies.${id}`) }))}
        problems={shown.at("publicNotice.lateObjections")}
        width={380}
      />
    </FieldRow>
  );
  return (
    <Box>
      <ProblemAlert messages={shown.unplaced()} />
      {fields}
    </Box>
  );
};
