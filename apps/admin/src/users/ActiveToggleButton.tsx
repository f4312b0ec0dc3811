import Block from "@mui/icons-material/Block";
import CheckCircle from "@mui/icons-material/CheckCircle";
import { Button } from "@mui/material";
import { useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from "react-admin";

/** 停用 / 启用: disabling revokes the account's sign-in at once (the API refuses disabling oneself). */
export const ActiveToggleButton = () => {
  const record = useRecordContext<{ id: string; active: boolean; displayName: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const enabling = !record.active;
  const toggle = () =>
    update(
      "User",
      { id: record.id, data: { active: enabling }, previousData: record },
      {
        mutationMode: "pessimistic",
        onSuccess: () => {
          notify(
            translate(`resources.User.toggle.${enabling ? "enabled" : "disabled"}`, { name: record.displayName }),
            {
              type: "success",
            },
          );
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: "error" }),
      },
    );
  return (
    <Button
      size="small"
      color={enabling ? "success" : "warning"}
      startIcon={enabling ? <CheckCircle /> : <Block />}
      onClick={(event) => {
        event.stopPropagation();
        toggle();
      }}
      disabled={isPending}
    >
      {translate(`resources.User.toggle.${enabling ? "enable" : "disable"}`)}
    </Button>
  );
};
