import {
  DateInput,
  Edit,
  required,
  SimpleForm,
  TextInput,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from "react-admin";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";

const updateMutation = `mutation Adjust($id: ID!, $version: Int!, $name: String, $registrationOpensOn: String,
  $registrationClosesOn: String, $judgingEndsOn: String, $completedBy: String, $deadlinePhrase: String) {
  updateActivity(id: $id, version: $version, name: $name, registrationOpensOn: $registrationOpensOn,
    registrationClosesOn: $registrationClosesOn, judgingEndsOn: $judgingEndsOn, completedBy: $completedBy,
    deadlinePhrase: $deadlinePhrase) { id version }
}`;

const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

/** A draft's basics and dates, saved with the version it was read at. */
const DraftForm = () => {
  const record = useRecordContext<{ id: string; version: number }>();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const save = async (data: Record<string, unknown>) => {
    if (!record) return;
    try {
      await requestGraphql(updateMutation, {
        id: record.id,
        version: record.version,
        name: data.name,
        registrationOpensOn: emptyToNull(data.registrationOpensOn),
        registrationClosesOn: emptyToNull(data.registrationClosesOn),
        judgingEndsOn: emptyToNull(data.judgingEndsOn),
        completedBy: emptyToNull(data.completedBy),
        deadlinePhrase: emptyToNull(data.deadlinePhrase),
      });
      notify(translate("ra.notification.updated", { smart_count: 1 }), { type: "success" });
      redirect("show", "Activity", record.id);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: "error" });
    }
  };
  return (
    <SimpleForm onSubmit={save} sx={{ maxWidth: 480 }}>
      <TextInput source="name" validate={required()} />
      <DateInput source="registrationOpensOn" />
      <DateInput source="registrationClosesOn" />
      <DateInput source="judgingEndsOn" />
      <DateInput source="completedBy" />
      <TextInput source="deadlinePhrase" />
    </SimpleForm>
  );
};

export const ActivityEdit = () => (
  <Edit mutationMode="pessimistic">
    <DraftForm />
  </Edit>
);
