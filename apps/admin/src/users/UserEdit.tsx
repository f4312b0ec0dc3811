import { Edit, SimpleForm } from "react-admin";
import { UserInputs } from "./UserInputs.tsx";
import { type UserFormValues, userFormToSave, validateUserForm } from "./userForm.ts";

// Pessimistic: the API's refusals (a username taken, disabling oneself …) must show before "saved".
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(values: UserFormValues) => userFormToSave(values)}>
    <SimpleForm validate={(values) => validateUserForm(values as UserFormValues, false)}>
      <UserInputs creating={false} />
    </SimpleForm>
  </Edit>
);
