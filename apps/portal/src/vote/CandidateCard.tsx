import { useLayoutEffect, useRef, useState } from "react";
import { useT } from "../i18n/i18n.tsx";
import type { VoteCandidate } from "./vote-rules.ts";

/**
 * One candidate: photo (or the name's first character) in a fixed 3:4 box so the list never jumps, name, unit, story folded to
 * three lines (tap to read all), the vote count when the organizer shows counts, and the tick box.
 */
export function CandidateCard({
  candidate,
  selected,
  selectable,
  countsShown,
  onToggle,
}: {
  candidate: VoteCandidate;
  selected: boolean;
  selectable: boolean;
  countsShown: boolean;
  onToggle(): void;
}) {
  const t = useT();
  const checkboxId = `candidate-${candidate.registrationId}`;
  return (
    <article
      className={selected ? "card candidate candidate-selected" : "card candidate"}
      data-testid={`candidate-${candidate.registrationId}`}
    >
      <div className="candidate-portrait">
        {candidate.photoUrl ? (
          <img
            src={candidate.photoUrl}
            alt={t("vote.photoOf", { name: candidate.name })}
            loading="lazy"
            decoding="async"
          />
        ) : (
          <span aria-hidden="true">{candidate.name.slice(0, 1)}</span>
        )}
      </div>
      <div className="candidate-body">
        <h3>{candidate.name}</h3>
        <p className="meta">{candidate.organizationName}</p>
        {countsShown && candidate.validVotes !== null ? (
          <p className="candidate-votes">{t("vote.votes", { count: candidate.validVotes })}</p>
        ) : null}
        {candidate.story ? <Story text={candidate.story} /> : null}
        {selectable ? (
          <label
            className={selected ? "choice choice-selected candidate-choice" : "choice candidate-choice"}
            htmlFor={checkboxId}
          >
            <input id={checkboxId} type="checkbox" checked={selected} onChange={onToggle} />
            <span>
              {selected ? t("vote.chosen", { name: candidate.name }) : t("vote.choose", { name: candidate.name })}
            </span>
          </label>
        ) : null}
      </div>
    </article>
  );
}

/** The story folded to three lines; the toggle appears only when there is more to read. */
function Story({ text }: { text: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(false);
  const paragraph = useRef<HTMLParagraphElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the text changes
  useLayoutEffect(() => {
    const element = paragraph.current;
    if (element && !open) setOverflows(element.scrollHeight > element.clientHeight + 1);
  }, [text, open]);
  return (
    <div className="candidate-story">
      <p ref={paragraph} className={open ? "story-text" : "story-text story-folded"}>
        {text}
      </p>
      {overflows || open ? (
        <button
          type="button"
          className="button button-text story-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t("vote.story.less") : t("vote.story.more")}
        </button>
      ) : null}
    </div>
  );
}
