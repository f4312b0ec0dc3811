import type { ActivityEntryChannel, ActivityKind, FieldError } from "@jinzhou/domain";
import Add from "@mui/icons-material/Add";
import { Box, Button, Divider, FormControl, FormGroup, FormHelperText, FormLabel, Typography } from "@mui/material";
import { type CategoryForm, freshKey, moveItem, replaceItem } from "./configuration-form.ts";
import {
  CheckBox,
  ChoiceBox,
  FieldRow,
  ProblemAlert,
  RowActions,
  stepProblems,
  TextBox,
  useWizardText,
} from "./WizardControls.tsx";

const entrantTypes = ["INDIVIDUAL", "TEAM", "UNIT", "PROJECT"] as const;
const entryChannelChoices: readonly ActivityEntryChannel[] = [
  "SELF_REGISTRATION",
  "UNIT_NOMINATION",
  "PUBLIC_RECOMMENDATION",
];

/**
 * 组别 and how entries arrive: each category's key, name, capacity and who enters it, a trade per
 * category for skills contests, a gender for tournaments.
 */
export const CategoriesStep = ({
  kind,
  categories,
  onChange,
  entryChannels,
  onEntryChannels,
  problems,
}: {
  kind: ActivityKind;
  categories: CategoryForm[];
  onChange: (categories: CategoryForm[]) => void;
  entryChannels: ActivityEntryChannel[];
  onEntryChannels: (channels: ActivityEntryChannel[]) => void;
  problems: readonly FieldError[];
}) => {
  const t = useWizardText();
  const shown = stepProblems(problems);
  const channelProblems = shown.at("entryChannels");
  const channels = (
    <FormControl error={channelProblems.length > 0} sx={{ mb: 1 }}>
      <FormLabel>{t("entryChannels")}</FormLabel>
      <FormGroup row>
        {entryChannelChoices.map((channel) => (
          <CheckBox
            key={channel}
            label={t(`entryChannelOptions.${channel}`)}
            checked={entryChannels.includes(channel)}
            onChange={(checked) =>
              onEntryChannels(
                checked
                  ? entryChannelChoices.filter((c) => c === channel || entryChannels.includes(c))
                  : entryChannels.filter((c) => c !== channel),
              )
            }
          />
        ))}
      </FormGroup>
      {channelProblems.map((message) => (
        <FormHelperText key={message}>{message}</FormHelperText>
      ))}
    </FormControl>
  );
  const change = (index: number, part: Partial<CategoryForm>) => onChange(replaceItem(categories, index, part));
  const showTrades = kind === "SKILLS_CONTEST" || categories.some((category) => category.trades !== "");
  const showGender = kind === "TOURNAMENT" || categories.some((category) => category.gender !== "");
  const rows = categories.map((category, index) => {
    const path = `categories[${index}]`;
    const grouped = category.entrantType === "TEAM" || category.entrantType === "PROJECT";
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; a key may be typed over.
      <Box key={index}>
        <FieldRow testId={`category-${index}`}>
          <TextBox
            label={t("categoryId")}
            value={category.categoryId}
            onChange={(categoryId) => change(index, { categoryId })}
            problems={shown.at(`${path}.categoryId`)}
            width={170}
          />
          <TextBox
            label={t("categoryName")}
            value={category.categoryName}
            onChange={(categoryName) => change(index, { categoryName })}
            problems={shown.at(`${path}.categoryName`)}
            width={180}
          />
          <TextBox
            label={t("capacity")}
            value={category.capacity}
            onChange={(capacity) => change(index, { capacity })}
            problems={shown.at(`${path}.capacity`)}
            help={t("capacityHelp")}
            numeric
            width={120}
          />
          <ChoiceBox
            label={t("entrantType")}
            value={category.entrantType}
            onChange={(entrantType) => change(index, { entrantType: entrantType as CategoryForm["entrantType"] })}
            choices={entrantTypes.map((id) => ({ id, name: t(`entrantTypes.${id}`) }))}
            problems={[...shown.at(`${path}.entrant.type`), ...shown.at(`${path}.entrant`)]}
            width={140}
          />
          {grouped ? (
            <>
              <TextBox
                label={t("membersMin")}
                value={category.membersMin}
                onChange={(membersMin) => change(index, { membersMin })}
                problems={[...shown.at(`${path}.entrant.members.min`), ...shown.at(`${path}.entrant.members`)]}
                numeric
                width={120}
              />
              <TextBox
                label={t("membersMax")}
                value={category.membersMax}
                onChange={(membersMax) => change(index, { membersMax })}
                problems={shown.at(`${path}.entrant.members.max`)}
                help={t("membersMaxHelp")}
                numeric
                width={120}
              />
            </>
          ) : null}
          {showTrades ? (
            <TextBox
              label={t("trades")}
              value={category.trades}
              onChange={(trades) => change(index, { trades })}
              problems={shown.at(`${path}.eligibility.trades`)}
              help={t("tradesHelp")}
              width={180}
            />
          ) : null}
          {showGender ? (
            <ChoiceBox
              label={t("gender")}
              value={category.gender}
              onChange={(gender) => change(index, { gender: gender as CategoryForm["gender"] })}
              choices={[
                { id: "", name: t("anyGender") },
                { id: "MALE", name: t("genders.MALE") },
                { id: "FEMALE", name: t("genders.FEMALE") },
              ]}
              problems={shown.at(`${path}.eligibility.gender`)}
              width={110}
            />
          ) : null}
          <RowActions
            index={index}
            count={categories.length}
            label={category.categoryName}
            onMove={(from, to) => onChange(moveItem(categories, from, to))}
            onRemove={(at) => onChange(categories.filter((_, i) => i !== at))}
          />
        </FieldRow>
        <Divider />
      </Box>
    );
  });
  const add = () => {
    const template = categories[categories.length - 1];
    onChange([
      ...categories,
      {
        categoryId: freshKey(
          "C",
          categories.map((category) => category.categoryId),
        ),
        categoryName: "",
        capacity: "",
        entrantType: template?.entrantType ?? "INDIVIDUAL",
        membersMin: template?.membersMin ?? "",
        membersMax: template?.membersMax ?? "",
        trades: "",
        gender: "",
        original: null,
      },
    ]);
  };
  return (
    <Box>
      <ProblemAlert messages={shown.unplaced()} />
      {channels}
      {categories.length === 0 ? <Typography variant="body2">{t("noCategories")}</Typography> : rows}
      <Button startIcon={<Add />} onClick={add} sx={{ mt: 1 }}>
        {t("add")}
      </Button>
    </Box>
  );
};
