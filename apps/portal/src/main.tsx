import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Shell } from "./app/Shell.tsx";
import { I18nProvider } from "./i18n/i18n.tsx";
import "./styles.css";
// Each feature's look, in one stylesheet per folder, loaded in this order after the shared one.
import "./mine/mine.css";
import "./results/results.css";
import "./live/live.css";
import "./vote/vote.css";
import "./tournament/tournament.css";
import "./activities/activities.css";
import "./account/account.css";
import "./recommend/recommend.css";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <Shell />
      </I18nProvider>
    </StrictMode>,
  );
}
