import { Autocomplete, Box, TextField, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useGetList, useTranslate } from "react-admin";

export interface PickedWorker {
  id: string;
  name: string;
  memberCardNumber: string | null;
  gender: string;
  trade: string;
  positionCategory: string;
  organization: { name: string };
}

/** Only what the picker shows: the API prices a query by rows × fields. */
export const pickedWorkerFields = [
  "id",
  "name",
  "memberCardNumber",
  "gender",
  "trade",
  "positionCategory",
  { organization: ["name"] },
];

/** Typed text settles for this long before the roster is searched. */
const searchDelayMs = 300;

function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

const describe = (worker: PickedWorker, translate: (key: string, options?: object) => string) =>
  [
    worker.memberCardNumber
      ? translate("resources.Enrolment.worker.card", { card: worker.memberCardNumber })
      : translate("resources.Enrolment.worker.noCard"),
    translate(`enums.gender.${worker.gender}`),
    worker.trade,
    translate(`enums.positionCategory.${worker.positionCategory}`),
    worker.organization?.name,
  ]
    .filter(Boolean)
    .join(" · ");

interface CommonProps {
  label: string;
  helperText?: string;
  disabled?: boolean;
}

/**
 * Finds workers of the user's own subtree (the API scopes `allWorkers`) by name, member card
 * number or trade, as they type; each option shows the card, gender, trade, position and unit so
 * that two workers of the same name can be told apart.
 */
export function WorkerPicker(
  props: CommonProps &
    (
      | { multiple: true; value: PickedWorker[]; onChange: (workers: PickedWorker[]) => void }
      | { multiple?: false; value: PickedWorker | null; onChange: (worker: PickedWorker | null) => void }
    ),
) {
  const translate = useTranslate();
  const [input, setInput] = useState("");
  const q = useSettled(input.trim());
  const { data, isPending } = useGetList<PickedWorker>(
    "Worker",
    {
      filter: q ? { q } : {},
      pagination: { page: 1, perPage: 20 },
      sort: { field: "name", order: "ASC" },
      meta: { sparseFields: pickedWorkerFields },
    },
    { enabled: q.length > 0 },
  );
  const options = q ? (data ?? []) : [];
  const shared = {
    options,
    filterOptions: (all: PickedWorker[]) => all,
    getOptionLabel: (worker: PickedWorker) => worker.name,
    isOptionEqualToValue: (a: PickedWorker, b: PickedWorker) => a.id === b.id,
    loading: q.length > 0 && isPending,
    disabled: props.disabled,
    inputValue: input,
    // Resets included: a chosen worker shows their name, a cleared choice an empty box.
    onInputChange: (_event: unknown, value: string) => setInput(value),
    noOptionsText: translate(q ? "resources.Enrolment.worker.none" : "resources.Enrolment.worker.typeToSearch"),
    loadingText: translate("ra.page.loading"),
    renderOption: (optionProps: React.HTMLAttributes<HTMLLIElement> & { key: React.Key }, worker: PickedWorker) => {
      const { key: _key, ...rest } = optionProps;
      return (
        <Box component="li" {...rest} key={worker.id} sx={{ display: "block !important" }}>
          <Typography variant="body2">{worker.name}</Typography>
          <Typography variant="caption" color="text.secondary">
            {describe(worker, translate)}
          </Typography>
        </Box>
      );
    },
    renderInput: (params: object) => <TextField {...params} label={props.label} helperText={props.helperText ?? " "} />,
  };
  if (props.multiple) {
    return (
      <Autocomplete<PickedWorker, true>
        multiple
        {...shared}
        value={props.value}
        onChange={(_event, value) => {
          props.onChange(value);
          setInput("");
        }}
      />
    );
  }
  return (
    <Autocomplete<PickedWorker, false>
      {...shared}
      value={props.value}
      onChange={(_event, value) => props.onChange(value)}
    />
  );
}

export { describe as describeWorker };
