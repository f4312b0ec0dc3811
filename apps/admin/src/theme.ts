import { defaultTheme, type RaThemeOptions } from "react-admin";

// Chinese system fonts first: PingFang on Apple devices, Microsoft YaHei on Windows, Noto on Linux.
const fontFamily = [
  "-apple-system",
  "BlinkMacSystemFont",
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  "Roboto",
  '"Helvetica Neue"',
  "Arial",
  "sans-serif",
].join(",");

/** react-admin's default theme in the union's red, with Chinese fonts. */
export const panelTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: "#1e56a0" },
    secondary: { main: "#b3261e" },
  },
  typography: {
    ...defaultTheme.typography,
    fontFamily,
  },
  // Chinese menu labels are short; the roster needs the width.
  sidebar: { width: 200, closedWidth: 50 },
};
