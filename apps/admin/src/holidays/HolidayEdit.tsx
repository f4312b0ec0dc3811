import { Edit, SimpleForm } from "react-admin";
import { HolidayInputs } from "./HolidayInputs.tsx";

// Pessimistic: a date already entered is refused by the API and must show before "saved".
export const HolidayEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <HolidayInputs />
    </SimpleForm>
  </Edit>
);
