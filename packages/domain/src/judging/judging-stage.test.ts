import { describe, expect, it } from "vitest";
import { judgingStepStateReasons } from "./judging-stage.ts";

describe("when judging steps may be taken", () => {
  it("prepares panels, assignments, recusals and exam scores once registration has closed", () => {
    for (const step of ["SEAT_PANEL", "ASSIGN_JUDGES", "DECLARE_RECUSAL", "IMPORT_EXAM_SCORES"] as const) {
      expect(judgingStepStateReasons(step, "REGISTRATION_CLOSED")).toEqual([]);
      expect(judgingStepStateReasons(step, "JUDGING")).toEqual([]);
      expect(judgingStepStateReasons(step, "REGISTRATION_OPEN")).toHaveLength(1);
    }
  });

  it("scores, unlocks, excuses and closes rounds only while judging", () => {
    for (const step of ["SUBMIT_SCORE", "UNLOCK_SCORE", "EXCUSE_JUDGE", "CLOSE_ROUND"] as const) {
      expect(judgingStepStateReasons(step, "JUDGING")).toEqual([]);
      expect(judgingStepStateReasons(step, "REGISTRATION_CLOSED")).toHaveLength(1);
    }
  });

  it("says in Chinese when the step would be possible", () => {
    expect(judgingStepStateReasons("SUBMIT_SCORE", "PUBLIC_NOTICE")).toEqual([
      {
        code: "JUDGING_STEP_NOT_NOW",
        message: "活动当前为“结果公示”，不能提交评分（仅在“评审中”时可以）",
      },
    ]);
    expect(judgingStepStateReasons("ASSIGN_JUDGES", "DRAFT")).toEqual([
      {
        code: "JUDGING_STEP_NOT_NOW",
        message: "活动当前为“草稿”，不能分配评委（仅在“报名截止”或“评审中”时可以）",
      },
    ]);
  });
});
