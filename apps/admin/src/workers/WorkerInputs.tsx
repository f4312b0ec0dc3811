import { BooleanInput, FormDataConsumer, SelectInput, TextInput, useRecordContext } from "react-admin";
import { positionCategoryChoices, skillGradeChoices } from "../enums.ts";
import { FormSection, OrganizationReferenceInput } from "../organizations/OrganizationInputs.tsx";
import { IdNumberPreview } from "./IdNumberPreview.tsx";
import type { WorkerFormValues } from "./workerForm.ts";

/** Workers belong to grassroots unions only. */
const grassrootsUnionsOnly = { kind: "GRASSROOTS_UNION" };

/** The inputs of the worker create and edit forms. */
export const WorkerInputs = () => {
  const record = useRecordContext<WorkerFormValues & { id: string }>();
  const masked = record?.sensitiveMasked === true;
  const maskedHelp = masked ? "resources.Worker.helpers.masked" : undefined;
  return (
    <>
      <FormSection title="resources.Worker.sections.person">
        <TextInput source="name" />
        <TextInput source="phone" disabled={masked} helperText={maskedHelp ?? "resources.Worker.helpers.phone"} />
        <TextInput
          source="idNumber"
          disabled={masked}
          helperText={maskedHelp ?? "resources.Worker.helpers.idNumber"}
          slotProps={{ htmlInput: { autoComplete: "off", spellCheck: false, maxLength: 22 } }}
          sx={{ gridColumn: "1 / -1" }}
        />
        <FormDataConsumer<WorkerFormValues>>
          {({ formData }) => <IdNumberPreview idNumber={formData.idNumber} />}
        </FormDataConsumer>
      </FormSection>
      <FormSection title="resources.Worker.sections.work">
        <OrganizationReferenceInput
          source="organizationId"
          filter={grassrootsUnionsOnly}
          helperText="resources.Worker.helpers.organizationId"
        />
        <TextInput source="trade" />
        <SelectInput source="positionCategory" choices={positionCategoryChoices} />
        <SelectInput
          source="skillGrade"
          choices={skillGradeChoices}
          emptyText="resources.Worker.values.noSkillGrade"
          helperText="resources.Worker.helpers.skillGrade"
        />
        <TextInput source="memberCardNumber" />
        <BooleanInput source="migrantWorker" sx={{ gridColumn: "1 / -1" }} />
      </FormSection>
    </>
  );
};
