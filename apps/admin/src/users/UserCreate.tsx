import { Create, SimpleForm } from "react-admin";
import { UserInputs } from "./UserInputs.tsx";
import { type UserFormValues, userFormToSave, validateUserForm } from "./userForm.ts";

const newUser: UserFormValues = { role: "UNIT_ADMIN", active: true };

export const UserCreate = () => (
  <Create redirect="show" transform={(values: UserFormValues) => userFormToSave(values)}>
    <SimpleForm defaultValues={newUser} validate={(values) => validateUserForm(values as UserFormValues, true)}>
      <UserInputs creating />
    </SimpleForm>
  </Create>
);
