import { Edit, SimpleForm } from "react-admin";
import { OrganizationInputs } from "./OrganizationInputs.tsx";
import { organizationToSave, validateOrganizationForm } from "./organizationForm.ts";

// Pessimistic: the API's refusals (a code already taken, a move under its own subtree) must
// reach the form as field errors before anything is shown as saved.
export const OrganizationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={organizationToSave}>
    <SimpleForm validate={validateOrganizationForm} mode="onChange" reValidateMode="onChange">
      <OrganizationInputs />
    </SimpleForm>
  </Edit>
);
