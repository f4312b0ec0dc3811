import { Alert, Box, Typography } from "@mui/material";
import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useTranslate,
} from "react-admin";
import { OrganizationReferenceInput } from "../organizations/OrganizationInputs.tsx";
import { isRole, roleChoices } from "./roleChoices.ts";
import type { UserFormValues } from "./userForm.ts";

const searchByText = (q: string) => ({ q });

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h2" sx={{ mt: 2, mb: 1, fontWeight: "bold" }}>
      {translate(title)}
    </Typography>
  );
};

/** "王小明 · 锦州市总工会/古塔区总工会/…": a worker with where they work. */
const workerText = (worker: { name: string; organizationPathName?: string }) =>
  worker.organizationPathName ? `${worker.name} · ${worker.organizationPathName}` : worker.name;

/**
 * The account form: username, name and (on creation) an initial password; then the role and what
 * it needs — the organization subtree for everyone, a department for an organizer, the worker for
 * a worker account — with a line saying what the role may do.
 */
export const UserInputs = ({ creating }: { creating: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: "100%", maxWidth: 720 }}>
      <Section title="resources.User.sections.account" />
      <TextInput source="username" helperText="resources.User.helpers.username" fullWidth />
      <TextInput source="displayName" fullWidth />
      {creating ? <PasswordInput source="password" helperText="resources.User.helpers.password" fullWidth /> : null}
      <Section title="resources.User.sections.scope" />
      <SelectInput source="role" choices={roleChoices} fullWidth />
      <FormDataConsumer<UserFormValues>>
        {({ formData }) =>
          isRole(formData.role) ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate(`resources.User.roleHints.${formData.role}`)}
            </Alert>
          ) : null
        }
      </FormDataConsumer>
      <OrganizationReferenceInput
        source="organizationId"
        helperText="resources.User.helpers.organizationId"
        sx={{ width: "100%" }}
      />
      <FormDataConsumer<UserFormValues>>
        {({ formData }) => (
          <>
            {formData.role === "ORGANIZER" ? (
              <ReferenceInput source="departmentId" reference="Department" sort={{ field: "sortOrder", order: "ASC" }}>
                <SelectInput optionText="name" helperText="resources.User.helpers.departmentId" fullWidth />
              </ReferenceInput>
            ) : null}
            {formData.role === "WORKER" ? (
              <ReferenceInput
                source="workerId"
                reference="Worker"
                filter={formData.organizationId ? { organizationId: formData.organizationId } : {}}
              >
                <AutocompleteInput
                  optionText={workerText}
                  filterToQuery={searchByText}
                  helperText="resources.User.helpers.workerId"
                  fullWidth
                />
              </ReferenceInput>
            ) : null}
          </>
        )}
      </FormDataConsumer>
      <BooleanInput source="active" label="resources.User.states.active" />
    </Box>
  );
};
