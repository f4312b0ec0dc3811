import { Box, type SxProps, type Theme, Typography } from "@mui/material";
import type { ReactNode } from "react";
import {
  AutocompleteInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useTranslate,
} from "react-admin";
import { grassrootsClassChoices, organizationKindChoices, ownershipChoices } from "../enums.ts";
import type { OrganizationFormValues } from "./organizationForm.ts";

const searchByText = (q: string) => ({ q });

/** A titled group of inputs laid out in two columns on wide screens. */
export const FormSection = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1, width: "100%", maxWidth: 880 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600, mt: 1, mb: 0.5 }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, columnGap: 2 }}>{children}</Box>
    </Box>
  );
};

/** Picks an organization by typing part of its name; options show the full path. */
export const OrganizationReferenceInput = ({
  source,
  label,
  helperText,
  filter,
  sx = { gridColumn: "1 / -1" },
}: {
  source: string;
  label?: string;
  helperText?: string | false;
  filter?: Record<string, unknown>;
  sx?: SxProps<Theme>;
}) => (
  <ReferenceInput
    source={source}
    reference="Organization"
    sort={{ field: "path", order: "ASC" }}
    perPage={50}
    filter={filter}
  >
    <AutocompleteInput
      optionText="pathName"
      filterToQuery={searchByText}
      label={label}
      helperText={helperText}
      sx={sx}
    />
  </ReferenceInput>
);

/** The inputs of the organization create and edit forms. */
export const OrganizationInputs = () => (
  <>
    <FormSection title="resources.Organization.sections.placement">
      <SelectInput source="kind" choices={organizationKindChoices} />
      <Box />
      <OrganizationReferenceInput source="parentId" helperText="resources.Organization.helpers.parentId" />
    </FormSection>
    <FormSection title="resources.Organization.sections.identity">
      <TextInput source="name" />
      <TextInput source="code" helperText="resources.Organization.helpers.code" />
      <NumberInput
        source="frontlineHeadcount"
        min={0}
        step={1}
        helperText="resources.Organization.helpers.frontlineHeadcount"
      />
    </FormSection>
    <FormDataConsumer<OrganizationFormValues>>
      {({ formData }) =>
        formData.kind === "GRASSROOTS_UNION" ? (
          <FormSection title="resources.Organization.sections.enterprise">
            <SelectInput source="grassrootsClass" choices={grassrootsClassChoices} />
            <SelectInput source="ownership" choices={ownershipChoices} />
          </FormSection>
        ) : null
      }
    </FormDataConsumer>
    <FormSection title="resources.Organization.sections.contact">
      <TextInput source="contactPerson" />
      <TextInput source="contactPhone" />
    </FormSection>
  </>
);
