import { Create, SimpleForm } from "react-admin";
import { WorkerInputs } from "./WorkerInputs.tsx";
import { validateWorkerForm } from "./workerForm.ts";

const newWorker = { migrantWorker: false, skillGrade: null };

export const WorkerCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={validateWorkerForm} mode="onChange" reValidateMode="onChange" defaultValues={newWorker}>
      <WorkerInputs />
    </SimpleForm>
  </Create>
);
