import { Edit, SimpleForm } from "react-admin";
import { WorkerInputs } from "./WorkerInputs.tsx";
import { validateWorkerForm } from "./workerForm.ts";

// Pessimistic: the API's refusals (an ID number already registered …) must reach the form as
// field errors before anything is shown as saved.
export const WorkerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm validate={validateWorkerForm} mode="onChange" reValidateMode="onChange">
      <WorkerInputs />
    </SimpleForm>
  </Edit>
);
