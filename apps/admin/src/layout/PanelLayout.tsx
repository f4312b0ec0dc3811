import { type Theme, useMediaQuery } from "@mui/material";
import { type ReactNode, useEffect, useState } from "react";
import { Layout, useLocale, useStoreContext, useTranslate } from "react-admin";
import { PanelAppBar } from "./PanelAppBar.tsx";
import { PanelMenu } from "./PanelMenu.tsx";

/** Keeps the page's language and the browser tab's title in step with the chosen locale. */
function useDocumentLanguage() {
  const locale = useLocale();
  const translate = useTranslate();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate("app.title");
  }, [locale, translate]);
}

/**
 * On a tablet held upright the menu starts folded to icons, leaving the width to the tables;
 * once the user opens or folds it, react-admin remembers their choice.
 */
function useFoldedMenuOnNarrowScreens() {
  const store = useStoreContext();
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"), { noSsr: true });
  useState(() => {
    if (narrow && store.getItem("sidebar.open") === undefined) store.setItem("sidebar.open", false);
    return null;
  });
}

export const PanelLayout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  useFoldedMenuOnNarrowScreens();
  return (
    <Layout appBar={PanelAppBar} menu={PanelMenu}>
      {children}
    </Layout>
  );
};
