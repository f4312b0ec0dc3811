import { Create, SimpleForm } from "react-admin";
import { OrganizationInputs } from "./OrganizationInputs.tsx";
import { organizationToSave, validateOrganizationForm } from "./organizationForm.ts";

export const OrganizationCreate = () => (
  <Create redirect="show" transform={organizationToSave}>
    <SimpleForm validate={validateOrganizationForm} mode="onChange" reValidateMode="onChange">
      <OrganizationInputs />
    </SimpleForm>
  </Create>
);
