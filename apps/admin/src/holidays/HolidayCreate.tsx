import { Create, SimpleForm } from "react-admin";
import { HolidayInputs } from "./HolidayInputs.tsx";
import { HolidayWhy } from "./HolidayWhy.tsx";

export const HolidayCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ kind: "HOLIDAY" }}>
      <HolidayWhy />
      <HolidayInputs />
    </SimpleForm>
  </Create>
);
