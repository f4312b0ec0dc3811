import { describe, expect, it } from "vitest";
import {
  type RoundDefinition,
  roundKindLabels,
  roundResultLabel,
  skillsContestDefaultRounds,
  validateRoundDefinitions,
} from "./round-definition.ts";

const theory: RoundDefinition = { key: "theory", name: "理论", kind: "EXAM", weight: "30", maxResult: "100" };
const practical: RoundDefinition = {
  key: "practical",
  name: "实操",
  kind: "CRITERIA_SCORING",
  weight: "70",
  maxResult: "100",
};

function codes(rounds: readonly RoundDefinition[]): string[] {
  return validateRoundDefinitions(rounds).map((reason) => reason.code);
}

describe("validateRoundDefinitions", () => {
  it("accepts the skills-contest default, theory 30% + practical 70%", () => {
    expect(validateRoundDefinitions(skillsContestDefaultRounds)).toEqual([]);
  });

  it("accepts decimal weights that sum to exactly 100 and a maximum that is the sum of criterion maxima", () => {
    // 33.3 + 33.3 + 33.4 = 100; a choir scored on 50 + 20 + 15 + 10 + 5 = 100
    expect(
      validateRoundDefinitions([
        { ...theory, key: "a", weight: "33.3" },
        { ...practical, key: "b", weight: "33.3", maxResult: "100" },
        { ...practical, key: "c", name: "答辩", weight: "33.4", maxResult: "20" },
      ]),
    ).toEqual([]);
  });

  it("refuses an empty list", () => {
    expect(validateRoundDefinitions([])).toEqual([{ code: "ROUNDS_EMPTY", message: "请至少设置一个评审轮次" }]);
  });

  it("refuses weights that do not sum to 100, saying what they sum to", () => {
    // 30 + 65 = 95
    expect(validateRoundDefinitions([theory, { ...practical, weight: "65" }])).toEqual([
      { code: "ROUND_WEIGHTS_NOT_100", message: "各轮次权重之和应为 100%，现为 95%" },
    ]);
    // 30 + 70.5 = 100.5
    expect(validateRoundDefinitions([theory, { ...practical, weight: "70.5" }])[0]?.message).toBe(
      "各轮次权重之和应为 100%，现为 100.5%",
    );
  });

  it("reports every problem at once", () => {
    const rounds = [
      { ...theory, weight: "0", maxResult: "-5" },
      { ...practical, key: "theory", name: "  ", kind: "ORAL" as never, weight: "七十", maxResult: "满分" },
      { ...practical, key: " ", weight: "-10" },
    ];
    expect(validateRoundDefinitions(rounds)).toEqual([
      { code: "ROUND_WEIGHT_NOT_POSITIVE", message: "轮次“理论”的权重应大于 0" },
      { code: "ROUND_MAX_RESULT_NOT_POSITIVE", message: "轮次“理论”的满分应大于 0" },
      { code: "ROUND_KEY_DUPLICATE", message: "轮次代码“theory”重复" },
      { code: "ROUND_NAME_REQUIRED", message: "轮次（第 2 个）缺少名称" },
      { code: "ROUND_KIND_UNKNOWN", message: "轮次（第 2 个）的评审方式无法识别" },
      { code: "ROUND_WEIGHT_FORMAT", message: "轮次（第 2 个）的权重应为数字（百分比），如 30" },
      { code: "ROUND_MAX_RESULT_FORMAT", message: "轮次（第 2 个）的满分应为数字，如 100" },
      { code: "ROUND_KEY_REQUIRED", message: "轮次“实操”缺少代码" },
      { code: "ROUND_WEIGHT_NOT_POSITIVE", message: "轮次“实操”的权重应大于 0" },
    ]);
  });

  it("does not add a sum complaint when a weight cannot be read", () => {
    expect(codes([theory, { ...practical, weight: "" }])).toEqual(["ROUND_WEIGHT_FORMAT"]);
  });

  it("treats values of the wrong type from stored configuration as unreadable", () => {
    const broken = { key: 7, name: null, kind: "EXAM", weight: 30, maxResult: null } as unknown as RoundDefinition;
    expect(codes([broken])).toEqual([
      "ROUND_KEY_REQUIRED",
      "ROUND_NAME_REQUIRED",
      "ROUND_MAX_RESULT_FORMAT",
      "ROUND_WEIGHTS_NOT_100",
    ]);
  });
});

describe("labels", () => {
  it("calls a round's result by its name plus 成绩, without doubling it", () => {
    expect(roundResultLabel(theory)).toBe("理论成绩");
    expect(roundResultLabel(practical)).toBe("实操成绩");
    expect(roundResultLabel({ name: "理论成绩" })).toBe("理论成绩");
  });

  it("names every round kind in Chinese", () => {
    expect(Object.values(roundKindLabels)).toEqual(["评委评分", "考试成绩", "评审委员会投票", "公众投票", "比赛对阵"]);
  });
});
