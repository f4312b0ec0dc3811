import { activityKinds } from "@jinzhou/domain";
import { Box, Button, Step, StepLabel, Stepper } from "@mui/material";
import { useState } from "react";
import {
  Create,
  DateInput,
  Form,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  useTranslate,
} from "react-admin";

const KindStep = ({ onKind }: { onKind: (kind: string) => void }) => {
  const translate = useTranslate();
  return (
    <RadioButtonGroupInput
      source="kind"
      row={false}
      validate={required()}
      onChange={(...args: unknown[]) =>
        onKind(String((args[0] as { target?: { value?: string } })?.target?.value ?? ""))
      }
      choices={activityKinds.map((id) => ({ id, name: translate(`resources.Activity.kinds.${id}`) }))}
    />
  );
};

const BasicsStep = () => (
  <Box sx={{ display: "flex", flexDirection: "column", maxWidth: 480 }}>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <NumberInput source="year" validate={required()} />
    <ReferenceInput source="departmentId" reference="Department">
      <SelectInput validate={required()} />
    </ReferenceInput>
    <DateInput source="registrationOpensOn" />
    <DateInput source="registrationClosesOn" />
    <DateInput source="judgingEndsOn" />
    <DateInput source="completedBy" />
    <TextInput source="deadlinePhrase" />
  </Box>
);

const Steps = () => {
  const translate = useTranslate();
  const [step, setStep] = useState(0);
  const [kind, setKind] = useState("");
  return (
    <Box sx={{ p: 2 }}>
      <Stepper activeStep={step} sx={{ mb: 3 }}>
        <Step>
          <StepLabel>{translate("resources.Activity.steps.kind")}</StepLabel>
        </Step>
        <Step>
          <StepLabel>{translate("resources.Activity.steps.basics")}</StepLabel>
        </Step>
      </Stepper>
      {step === 0 ? <KindStep onKind={setKind} /> : <BasicsStep />}
      <Box sx={{ display: "flex", gap: 2, mt: 2 }}>
        {step === 0 ? (
          <Button variant="contained" disabled={!kind} onClick={() => setStep(1)}>
            {translate("resources.Activity.steps.next")}
          </Button>
        ) : (
          <>
            <Button onClick={() => setStep(0)}>{translate("resources.Activity.steps.back")}</Button>
            <SaveButton label="resources.Activity.steps.create" />
          </>
        )}
      </Box>
    </Box>
  );
};

/** 新建活动: the kind first, then basics and dates; the API fills the rest from the kind's template. */
export const ActivityCreate = () => (
  <Create redirect="show">
    <Form defaultValues={{ year: new Date().getFullYear() }}>
      <Steps />
    </Form>
  </Create>
);
