import TravelExplore from "@mui/icons-material/TravelExplore";
import { Box, Typography } from "@mui/material";
import { useTranslate } from "react-admin";

/** What a per-activity list says before an activity is chosen, or when it has nothing yet. */
export const ListPrompt = ({ title, text }: { title: string; text: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: "center", mx: "auto", my: 6, maxWidth: 560, px: 2 }} role="status">
      <TravelExplore sx={{ fontSize: 64, color: "text.disabled" }} />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate(title)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate(text)}
      </Typography>
    </Box>
  );
};
