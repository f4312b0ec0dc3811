import { Box } from "@mui/material";
import { useGetList, useTranslate } from "react-admin";
import type { BasicsField, BasicsForm } from "./basics-form.ts";
import { ChoiceBox, TextBox } from "./WizardControls.tsx";

/**
 * 基本信息与日期. Once the draft exists (`fixed`), the code, year and department are shown disabled:
 * the API changes only a draft's name and dates. `problems` holds each field's messages (missing, or as the API refused it).
 */
export const BasicsStep = ({
  basics,
  onChange,
  problems,
  fixed,
}: {
  basics: BasicsForm;
  onChange: (basics: BasicsForm) => void;
  problems: Partial<Record<BasicsField, string[]>>;
  /** Code, year and department can no longer change (the draft exists). */
  fixed: boolean;
}) => {
  const translate = useTranslate();
  const { data: departments = [] } = useGetList<{ id: string; name: string }>("Department", {
    pagination: { page: 1, perPage: 100 },
    sort: { field: "sortOrder", order: "ASC" },
  });
  const label = (field: BasicsField) => translate(`resources.Activity.fields.${field}`);
  const box = (field: BasicsField, options: { type?: string; numeric?: boolean; disabled?: boolean } = {}) => (
    <TextBox
      label={label(field)}
      value={basics[field]}
      onChange={(value) => onChange({ ...basics, [field]: value })}
      problems={problems[field]}
      width="100%"
      {...options}
    />
  );
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2, maxWidth: 480 }}>
      {box("code", { disabled: fixed })}
      {box("name")}
      {box("year", { numeric: true, disabled: fixed })}
      <ChoiceBox
        label={label("departmentId")}
        value={basics.departmentId}
        onChange={(departmentId) => onChange({ ...basics, departmentId })}
        choices={departments.map((department) => ({ id: String(department.id), name: department.name }))}
        problems={problems.departmentId}
        width="100%"
        disabled={fixed}
      />
      {box("registrationOpensOn", { type: "date" })}
      {box("registrationClosesOn", { type: "date" })}
      {box("judgingEndsOn", { type: "date" })}
      {box("completedBy", { type: "date" })}
      {box("deadlinePhrase")}
    </Box>
  );
};
