import type { Gender } from "../id-number.ts";
import type { PositionCategory } from "../worker.ts";
import type { CompositionCandidate } from "./composition-candidate.ts";

/** A candidate for the composition tests: only position and gender vary; the other facts are off. */
export function compositionTestCandidate(
  id: string,
  positionCategory: PositionCategory,
  gender: Gender = "MALE",
): CompositionCandidate {
  return {
    id,
    facts: {
      positionCategory,
      gender,
      youngWorker: false,
      nonPublicEnterprise: false,
      migrantWorker: false,
      skillGrade: null,
      grassrootsClass: "A",
    },
  };
}
