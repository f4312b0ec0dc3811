import Inbox from "@mui/icons-material/Inbox";
import { Box, Typography } from "@mui/material";
import { CreateButton, useCanAccess, useResourceContext, useTranslate } from "react-admin";

/**
 * What an empty list says: that there is nothing yet and what to do next, which depends on
 * whether the user may create records (`resources.<name>.empty.{title,create,readOnly}`).
 */
export const EmptyState = () => {
  const resource = useResourceContext() ?? "";
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: "create" });
  return (
    <Box sx={{ textAlign: "center", mx: "auto", mt: 6, mb: 4, maxWidth: 560, px: 2 }}>
      <Inbox sx={{ fontSize: 72, color: "text.disabled" }} />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate(`resources.${resource}.empty.title`)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 2 }}>
        {translate(`resources.${resource}.empty.${canAccess ? "create" : "readOnly"}`)}
      </Typography>
      {canAccess ? <CreateButton variant="contained" /> : null}
    </Box>
  );
};
