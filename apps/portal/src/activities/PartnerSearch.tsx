import { useEffect, useId, useState } from "react";
import { type ApiError, asApiError } from "../api/api-error.ts";
import { graphql } from "../api/graphql.ts";
import { useT } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { useErrorText } from "../ui/Feedback.tsx";
import { TextField } from "../ui/Field.tsx";
import { lookupTerm, type WorkerChoice } from "./member-list.ts";
import { type PartnerLookupAnswer, partnerLookupQuery } from "./queries.ts";

/** Waits this long after the last keystroke before looking a name up. */
const debounceMilliseconds = 350;

/**
 * Finds a worker by name (partnerLookup: at least 2 characters, looked up once typing pauses) and
 * lists each match with their masked ID number and unit to pick one.
 */
export function PartnerSearch({
  label,
  excludeIds,
  onPick,
  error,
}: {
  label: string;
  /** Workers already chosen (and the registrant), left out of the matches. */
  excludeIds: string[];
  onPick(worker: WorkerChoice): void;
  /** A problem with the choice, shown under the field. */
  error?: string | undefined;
}) {
  const t = useT();
  const errorText = useErrorText();
  const listId = useId();
  const [typed, setTyped] = useState("");
  const [found, setFound] = useState<{ term: string; workers: WorkerChoice[] } | null>(null);
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const term = lookupTerm(typed);

  useEffect(() => {
    if (term === null) {
      setFound(null);
      setSearching(false);
      return;
    }
    const controller = new AbortController();
    setSearching(true);
    setFailure(undefined);
    const timer = window.setTimeout(() => {
      graphql<PartnerLookupAnswer>(partnerLookupQuery, { name: term }, { signal: controller.signal }).then(
        (answer) => {
          setFound({ term, workers: answer.partnerLookup });
          setFailure(undefined);
          setSearching(false);
        },
        (problem: unknown) => {
          if (controller.signal.aborted) return;
          setFailure(asApiError(problem));
          setSearching(false);
        },
      );
    }, debounceMilliseconds);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [term]);

  const matches = (found?.workers ?? []).filter((worker) => !excludeIds.includes(worker.workerId));
  const pick = (worker: WorkerChoice) => {
    onPick(worker);
    setTyped("");
    setFound(null);
  };
  return (
    <div className="partner-search">
      <TextField
        label={label}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        inputMode="text"
        autoComplete="off"
        enterKeyHint="search"
        aria-controls={listId}
        error={error ?? (failure ? errorText(failure) : undefined)}
        hint={searching ? t("activities.register.searching") : t("activities.register.searchHint")}
      />
      <ul id={listId} className="list-plain partner-results" aria-live="polite">
        {found && !searching && matches.length === 0 ? (
          <li className="meta">{t("activities.register.noMatch", { name: found.term })}</li>
        ) : null}
        {matches.map((worker) => (
          <li key={worker.workerId} className="partner-result">
            <WorkerLine worker={worker} />
            <Button
              variant="secondary"
              onClick={() => pick(worker)}
              aria-label={`${t("activities.register.pick")} ${worker.name}`}
            >
              {t("activities.register.pick")}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A worker as a choice shows them: name, masked ID number, unit. */
export function WorkerLine({ worker }: { worker: WorkerChoice }) {
  return (
    <div className="worker-line">
      <strong>{worker.name}</strong>
      <span className="meta">
        {worker.maskedIdNumber} · {worker.organizationName}
      </span>
    </div>
  );
}
