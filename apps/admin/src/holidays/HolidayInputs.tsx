import { DateInput, RadioButtonGroupInput, required, TextInput } from "react-admin";
import { holidayKindChoices } from "./holidayChoices.ts";

/** The inputs of the create and edit forms: a China calendar day, its name and its kind. */
export const HolidayInputs = () => (
  <>
    <DateInput source="date" validate={required()} helperText="resources.Holiday.helpers.date" />
    <TextInput source="name" validate={required()} helperText="resources.Holiday.helpers.name" />
    <RadioButtonGroupInput
      source="kind"
      choices={holidayKindChoices}
      validate={required()}
      helperText="resources.Holiday.helpers.kind"
    />
  </>
);
