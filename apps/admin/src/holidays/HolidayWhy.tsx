import { Alert, AlertTitle } from "@mui/material";
import { useTranslate } from "react-admin";

/** Why the admin keeps this calendar: public-notice periods count working days. */
export const HolidayWhy = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mt: 1, mb: 1 }}>
      <AlertTitle>{translate("resources.Holiday.why.title")}</AlertTitle>
      {translate("resources.Holiday.why.body")}
    </Alert>
  );
};
