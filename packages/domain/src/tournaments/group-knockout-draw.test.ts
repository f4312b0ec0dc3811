import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tournamentGroupName } from "./group-draw.ts";
import {
  drawKnockoutFromGroups,
  type GroupKnockoutDraw,
  type GroupKnockoutQualifiers,
  groupKnockoutLotsByNumber,
  groupKnockoutOpenLines,
} from "./group-knockout-draw.ts";

function drawn(...args: Parameters<typeof drawKnockoutFromGroups>): GroupKnockoutDraw {
  const outcome = drawKnockoutFromGroups(...args);
  if (!outcome.ok) throw new Error(outcome.reasons.map((reason) => reason.message).join("; "));
  return outcome.value;
}

const groupsOf = (count: number, advancing = 2): GroupKnockoutQualifiers[] =>
  Array.from({ length: count }, (_, index) => {
    const group = tournamentGroupName(index);
    return { group, qualifiers: Array.from({ length: advancing }, (_, place) => `${group}${place + 1}`) };
  });

describe("four groups' winners and runners-up into an 8-line knockout", () => {
  // Group winners are seeds in group order: A1 seed 1 → line 1, B1 seed 2 → line 8.
  // Quarters of 8 lines: 1–2, 3–4, 5–6, 7–8; free for seeds 3–4: 3–4 (free quarter 1), 5–6 (2).
  // Lots [[2, 1]]: C1 (seed 3) → 5–6, lower half → line 6; D1 (seed 4) → 3–4, upper half → line 3.
  // Open lines 2, 4, 5, 7, drawn in the order 7, 2, 5, 4. A runner-up's best lines are those in the
  // half opposite its winner (they can then meet only in the final, round 3); every choice below
  // leaves the later runners-up a line in their opposite half, so only the drawn order decides.
  //   A2 (A1 on 1): 5 or 7 → 7 (drawn before 5).
  //   B2 (B1 on 8): 2 or 4 → 2.
  //   C2 (C1 on 6): 4 is left in the upper half → 4.
  //   D2 (D1 on 3): 5 is left in the lower half → 5.
  const draw = drawn({ groups: groupsOf(4), lots: { seedSections: [[2, 1]], lineOrder: [7, 2, 5, 4] } });

  it("keeps group-mates apart until the final; round 1 pits winners against other groups' runners-up", () => {
    expect(draw.lines).toEqual(["A1", "B2", "D1", "C2", "D2", "C1", "A2", "B1"]);
    expect(draw.byeLines).toEqual([]);
    expect(draw.placements.map((p) => [p.entrant, p.line, p.seed, p.earliestGroupMeeting])).toEqual([
      ["A1", 1, 1, 3],
      ["B1", 8, 2, 3],
      ["C1", 6, 3, 3],
      ["D1", 3, 4, 3],
      ["A2", 7, null, 3],
      ["B2", 2, null, 3],
      ["C2", 4, null, 3],
      ["D2", 5, null, 3],
    ]);
  });

  it("records the rule and the lots", () => {
    expect(draw.record).toEqual([
      "4 个小组共 8 个出线者，签表共 8 个签位，0 个轮空",
      "各组第 1 名按小组顺序为种子：A 组第 1 名为 1 号种子，B 组第 1 名为 2 号种子，C 组第 1 名为 3 号种子，D 组第 1 名为 4 号种子",
      "1 号种子列第 1 签位（上半区顶端）",
      "2 号种子列第 8 签位（下半区底端）",
      "3–4 号种子抽签进入尚无种子的 1/4 区：3 号种子抽入第 3 个 1/4 区，列第 6 签位；4 号种子抽入第 2 个 1/4 区，列第 3 签位",
      "A 组第 2 名进入第 7 签位，与同组选手最早在决赛相遇",
      "B 组第 2 名进入第 2 签位，与同组选手最早在决赛相遇",
      "C 组第 2 名进入第 4 签位，与同组选手最早在决赛相遇",
      "D 组第 2 名进入第 5 签位，与同组选手最早在决赛相遇",
    ]);
    expect(draw.lots).toEqual({ seedSections: [[2, 1]], lineOrder: [7, 2, 5, 4] });
    expect(groupKnockoutOpenLines(groupsOf(4), [[2, 1]])).toEqual({ ok: true, value: [2, 4, 5, 7] });
  });
});

describe("group qualifiers: other shapes", () => {
  it("three groups: the byes go to the two best group winners", () => {
    // 6 qualifiers → 8 lines, 2 byes beside seeds 1 (line 1 → bye 2) and 2 (line 8 → bye 7).
    // Seed 3 (C1), lots [[1]]: free quarter 1 = lines 3–4, upper half → line 3. Open: 4, 5, 6.
    // Best lines (opposite half): A2 (A1 on 1) 5, 6; B2 (B1 on 8) 4; C2 (C1 on 3) 5, 6.
    // A2 → 6 (drawn order 6, 4, 5; C2 can still have 5); B2 → 4; C2 → 5.
    const draw = drawn({ groups: groupsOf(3), lots: { seedSections: [[1]], lineOrder: [6, 4, 5] } });
    expect(draw.lines).toEqual(["A1", null, "C1", "B2", "C2", "A2", null, "B1"]);
    expect(draw.byeLines).toEqual([2, 7]);
    expect(draw.record).toContain("轮空：第 2、7 签位（对应排名最前的种子）");
    expect(draw.record.slice(-3)).toEqual([
      "A 组第 2 名进入第 6 签位，与同组选手最早在决赛相遇",
      "B 组第 2 名进入第 4 签位，与同组选手最早在决赛相遇",
      "C 组第 2 名进入第 5 签位，与同组选手最早在决赛相遇",
    ]);
  });

  it("one group winner each, no runners-up", () => {
    // 3 winners → 4 lines; only 2 can be seeded (one per first-round match): C1 is placed by lot.
    const draw = drawn(
      { groups: groupsOf(3, 1), lots: { seedSections: [], lineOrder: [3] } },
      { advancingPerGroup: 1 },
    );
    expect(draw.lines).toEqual(["A1", null, "C1", "B1"]);
    expect(draw.record).toContain("C 组第 1 名进入第 3 签位");
  });

  it("refuses a sheet with mistakes, every one at once", () => {
    const outcome = drawKnockoutFromGroups({
      groups: [
        { group: "A", qualifiers: ["A1", "A2"] },
        { group: "A", qualifiers: ["A1"] },
        { group: "C", qualifiers: ["C1", "C2"] },
      ],
      lots: { seedSections: [[5]], lineOrder: [1] },
    });
    expect(outcome.ok ? [] : outcome.reasons).toEqual([
      { code: "GROUP_KNOCKOUT_QUALIFIER_COUNT", message: "A 组应有 2 个出线名额，实际为 1 个" },
      { code: "GROUP_KNOCKOUT_DUPLICATE_GROUP", message: "小组名称重复" },
      { code: "GROUP_KNOCKOUT_DUPLICATE_ENTRANT", message: "同一选手不能从两个位置出线" },
      { code: "SEED_LOTS_INVALID", message: "3 号种子的抽签结果应为 1 个互不相同的区号（1–2）" },
    ]);
    const badLines = drawKnockoutFromGroups({ groups: groupsOf(2), lots: { seedSections: [], lineOrder: [2, 2] } });
    expect(badLines.ok ? [] : badLines.reasons).toEqual([
      { code: "GROUP_KNOCKOUT_LOTS_INVALID", message: "签位抽签结果应恰好包含第 2、3 签位各一次" },
    ]);
    const tooFew = drawKnockoutFromGroups(
      { groups: [{ group: "A", qualifiers: ["A1"] }], lots: { seedSections: [], lineOrder: [] } },
      { advancingPerGroup: 1 },
    );
    expect(tooFew.ok ? [] : tooFew.reasons.map((reason) => reason.code)).toEqual(["GROUP_KNOCKOUT_TOO_FEW"]);
    expect(groupKnockoutOpenLines(groupsOf(3), []).ok).toBe(false);
  });
});

describe("group qualifier properties", () => {
  const caseOf = (maxGroups: number, advancing: number) =>
    fc
      .tuple(fc.integer({ min: 1, max: maxGroups }), fc.integer({ min: 0, max: 0xffffffff }))
      .filter(([groups]) => groups * advancing >= 2)
      .map(([count, lotNumber]) => {
        const groups = groupsOf(count, advancing);
        return { groups, lots: groupKnockoutLotsByNumber(groups, lotNumber) };
      });

  it("every qualifier is placed exactly once", () => {
    for (const advancing of [1, 2, 3]) {
      fc.assert(
        fc.property(caseOf(12, advancing), (input) => {
          const draw = drawn(input, { advancingPerGroup: advancing });
          const placed = draw.lines.filter((line) => line !== null);
          expect([...placed].sort()).toEqual(input.groups.flatMap((group) => group.qualifiers).sort());
        }),
      );
    }
  });

  it("with two per group and up to ten groups, group-mates can meet only in the final", () => {
    // Up to 10 groups the byes always split evenly between the halves, so every runner-up finds a
    // line in the half opposite its winner.
    fc.assert(
      fc.property(caseOf(10, 2), (input) => {
        const draw = drawn(input);
        const final = Math.log2(draw.size);
        expect(draw.placements.every((placement) => placement.earliestGroupMeeting === final)).toBe(true);
      }),
    );
  });

  it("with two per group and any number of groups, group-mates never meet before the semi-finals", () => {
    // With 11 or 13 groups, seeds 9–10 (or 9–13) drawn into one half can leave that half too few
    // open lines for the runners-up who should go there; one of them then stays in its winner's
    // half, but in the other quarter.
    fc.assert(
      fc.property(caseOf(16, 2), (input) => {
        const draw = drawn(input);
        const semiFinal = Math.log2(draw.size) - 1;
        for (const placement of draw.placements) {
          expect(placement.earliestGroupMeeting ?? semiFinal).toBeGreaterThanOrEqual(semiFinal);
        }
      }),
    );
  });

  it("with three or four per group and at least four groups, group-mates meet no earlier than the semi-finals", () => {
    for (const advancing of [3, 4]) {
      fc.assert(
        fc.property(
          caseOf(12, advancing).filter((input) => input.groups.length >= 4),
          (input) => {
            const draw = drawn(input, { advancingPerGroup: advancing });
            const semiFinal = Math.log2(draw.size) - 1;
            for (const placement of draw.placements) {
              expect(placement.earliestGroupMeeting).toBeGreaterThanOrEqual(semiFinal);
            }
          },
        ),
      );
    }
  });
});
