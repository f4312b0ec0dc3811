import { Box, Typography } from "@mui/material";
import { LocalesMenuButton, Login, LoginForm, useTranslate } from "react-admin";

/** react-admin's login form under the platform's name, with the language menu at hand. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Box sx={{ px: 2, textAlign: "center", maxWidth: 360 }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 600 }}>
          {translate("app.title")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate("app.login.subtitle")}
        </Typography>
      </Box>
      <LoginForm />
      <Box sx={{ display: "flex", justifyContent: "center", pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
};
