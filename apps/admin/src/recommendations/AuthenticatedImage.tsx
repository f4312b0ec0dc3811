import BrokenImage from "@mui/icons-material/BrokenImage";
import { Box, CircularProgress, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useTranslate } from "react-admin";
import { readToken } from "../authProvider/session.ts";
import { attachmentObjectUrl } from "./attachmentBlob.ts";

/** A photo attachment fetched with the token and shown from a blob URL, released when it goes. */
export const AuthenticatedImage = ({ downloadUrl, alt }: { downloadUrl: string; alt: string }) => {
  const translate = useTranslate();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let created: string | null = null;
    setUrl(null);
    setFailed(false);
    attachmentObjectUrl(downloadUrl, readToken())
      .then((objectUrl) => {
        created = objectUrl;
        if (cancelled) URL.revokeObjectURL(objectUrl);
        else setUrl(objectUrl);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [downloadUrl]);

  const frame = {
    width: 200,
    height: 240,
    borderRadius: 1,
    bgcolor: "action.hover",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    overflow: "hidden",
  };
  if (failed) {
    return (
      <Box sx={frame} role="img" aria-label={translate("resources.Recommendation.photo.failed")}>
        <BrokenImage color="disabled" />
        <Typography variant="caption" sx={{ ml: 0.5 }}>
          {translate("resources.Recommendation.photo.failed")}
        </Typography>
      </Box>
    );
  }
  if (!url) {
    return (
      <Box sx={frame} aria-busy="true" aria-label={translate("resources.Recommendation.photo.loading")}>
        <CircularProgress size={24} />
      </Box>
    );
  }
  return (
    <Box sx={frame}>
      <Box component="img" src={url} alt={alt} sx={{ maxWidth: "100%", maxHeight: "100%", objectFit: "contain" }} />
    </Box>
  );
};
