import { Box } from "@mui/material";
import {
  BooleanField,
  FunctionField,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useTranslate,
} from "react-admin";
import { genderChoices, positionCategoryChoices, skillGradeChoices } from "../enums.ts";
import { CalendarDateField } from "../fields/CalendarDateField.tsx";
import { ChinaTimeField } from "../fields/ChinaTimeField.tsx";

const twoColumns = { display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, columnGap: 4, rowGap: 1 };

export const WorkerShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <Box sx={twoColumns}>
          <Labeled>
            <TextField source="name" />
          </Labeled>
          <Labeled>
            <SelectField source="gender" choices={genderChoices} />
          </Labeled>
          <Labeled>
            <TextField source="idNumber" />
          </Labeled>
          <Labeled>
            <TextField source="phone" />
          </Labeled>
          <Labeled>
            <CalendarDateField source="birthDate" />
          </Labeled>
          <Labeled>
            <FunctionField<{ age: number; youngWorker: boolean }>
              source="age"
              render={(record) => translate("resources.Worker.values.age", { age: record.age })}
            />
          </Labeled>
          <Labeled>
            <ReferenceField source="organizationId" reference="Organization" link="show">
              <TextField source="pathName" />
            </ReferenceField>
          </Labeled>
          <Labeled>
            <TextField source="trade" />
          </Labeled>
          <Labeled>
            <SelectField
              source="skillGrade"
              choices={skillGradeChoices}
              emptyText="resources.Worker.values.noSkillGrade"
            />
          </Labeled>
          <Labeled>
            <SelectField source="positionCategory" choices={positionCategoryChoices} />
          </Labeled>
          <Labeled>
            <BooleanField source="migrantWorker" />
          </Labeled>
          <Labeled>
            <BooleanField source="youngWorker" />
          </Labeled>
          <Labeled>
            <TextField source="memberCardNumber" emptyText="—" />
          </Labeled>
          <Labeled>
            <ChinaTimeField source="createdAt" />
          </Labeled>
        </Box>
      </SimpleShowLayout>
    </Show>
  );
};
