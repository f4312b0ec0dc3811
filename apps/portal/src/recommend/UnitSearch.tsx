import { useEffect, useId, useState } from "react";
import { useQuery } from "../api/use-query.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { ErrorNotice } from "../ui/Feedback.tsx";
import { TextField } from "../ui/Field.tsx";

const unitsQuery = `query RecommendableUnits($q: String!) { recommendableUnits(nameContains: $q) { id name } }`;

export interface Unit {
  id: string;
  name: string;
}

/** Finds the candidate's grassroots union by part of its name (no sign-in), and keeps the one chosen. */
export function UnitSearch({
  chosen,
  onChoose,
  error,
}: {
  chosen: Unit | null;
  onChoose(unit: Unit | null): void;
  /** Shown once the recommender tries to go on without choosing. */
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [searched, setSearched] = useState("");
  const listId = useId();
  // Asks once the typing pauses, not at every character.
  useEffect(() => {
    const timer = window.setTimeout(() => setSearched(text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [text]);
  const ready = searched.length >= 2;
  const found = useQuery<{ recommendableUnits: Unit[] }>(unitsQuery, { q: searched }, { skip: !ready || !!chosen });
  const units = ready ? (found.data?.recommendableUnits ?? []) : [];

  if (chosen) {
    return (
      <div className="field">
        <span className="field-label">{t("recommend.unit")}</span>
        <div className="row">
          <span data-unit={chosen.name}>{t("recommend.unitChosen", { name: chosen.name })}</span>
          <Button variant="text" onClick={() => onChoose(null)}>
            {t("recommend.unitChange")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div>
      <TextField
        label={t("recommend.unit")}
        placeholder={t("recommend.unitSearch")}
        hint={t("recommend.unitHint")}
        value={text}
        type="search"
        autoComplete="organization"
        enterKeyHint="search"
        aria-controls={listId}
        onChange={(event) => setText(event.target.value)}
        error={error}
      />
      {found.error && ready ? <ErrorNotice error={found.error} onRetry={found.reload} /> : null}
      {ready && found.loading ? <p className="meta">{t("recommend.unitSearching")}</p> : null}
      {ready && !found.loading && !found.error && units.length === 0 && found.data ? (
        <p className="meta">{t("recommend.unitNone", { text: searched })}</p>
      ) : null}
      {units.length > 0 ? (
        <ul id={listId} className="list-plain unit-options">
          {units.map((unit) => (
            <li key={unit.id}>
              <button type="button" onClick={() => onChoose(unit)}>
                {unit.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
