import { HttpError } from "react-admin";
import { describe, expect, it } from "vitest";
import { httpErrorFromGraphqlErrors } from "../dataProvider/graphqlErrors.ts";
import type { Assignment, MyAssignment } from "./judgingApi.ts";
import {
  assignmentMatrix,
  cellActions,
  cellStatus,
  deskRound,
  groupByRound,
  isDeskRound,
  isPanelRound,
  judgesOfEntry,
  myProgress,
  panelChanged,
  panelJudges,
  panelOf,
  progressPercent,
  refusalText,
  roundProgress,
} from "./judgingView.ts";

function assignment(
  id: string,
  judge: [string, string],
  entry: [string, string, string],
  extra: Partial<Assignment> = {},
) {
  return {
    id,
    registrationId: entry[0],
    judgeUserId: judge[0],
    judgeName: judge[1],
    excused: false,
    excuseReason: null,
    recusalReason: null,
    sheetState: "DRAFT",
    entry: { name: entry[1], categoryId: "1", categoryName: entry[2] },
    score: null,
    ...extra,
  } satisfies Assignment;
}

const zhao: [string, string] = ["4", "评委 赵高工（凌海市总工会）"];
const qian: [string, string] = ["6", "评委 钱老师（北镇市总工会）"];
const wang: [string, string, string] = ["501", "王建国", "焊工"];
const li: [string, string, string] = ["502", "李明", "车工"];

describe("assignmentMatrix", () => {
  it("puts judges down and entries across, a cell per assignment, gaps where not assigned", () => {
    const matrix = assignmentMatrix([
      assignment("1", zhao, wang),
      assignment("2", qian, wang, { sheetState: "LOCKED" }),
      assignment("3", qian, li),
    ]);
    // Entries by category (车工 before 焊工 in pinyin order), judges by name.
    expect(matrix.entries.map((entry) => entry.name)).toEqual(["李明", "王建国"]);
    expect(matrix.rows.map((row) => row.judgeName)).toEqual([qian[1], zhao[1]]);
    expect(Object.keys(matrix.rows[1]?.cells ?? {})).toEqual(["501"]);
    expect(matrix.rows[0]?.cells["501"]?.sheetState).toBe("LOCKED");
  });

  it("is empty without assignments", () => {
    expect(assignmentMatrix([])).toEqual({ entries: [], rows: [] });
  });
});

describe("cells", () => {
  it("says excused first, then locked, recused, then the sheet's state", () => {
    expect(cellStatus({ excused: true, recusalReason: "亲属", sheetState: "DRAFT" })).toBe("EXCUSED");
    expect(cellStatus({ excused: false, recusalReason: null, sheetState: "LOCKED" })).toBe("LOCKED");
    expect(cellStatus({ excused: false, recusalReason: "亲属", sheetState: "DRAFT" })).toBe("RECUSED");
    expect(cellStatus({ excused: false, recusalReason: null, sheetState: "UNLOCKED" })).toBe("UNLOCKED");
  });

  it("offers unlock for a locked sheet and excuse for an open one, nothing once excused", () => {
    expect(cellActions({ excused: false, sheetState: "LOCKED" })).toEqual({ unlock: true, excuse: false });
    expect(cellActions({ excused: false, sheetState: "DRAFT" })).toEqual({ unlock: false, excuse: true });
    expect(cellActions({ excused: false, sheetState: "UNLOCKED" })).toEqual({ unlock: false, excuse: true });
    expect(cellActions({ excused: true, sheetState: "DRAFT" })).toEqual({ unlock: false, excuse: false });
  });
});

describe("progress", () => {
  it("counts submitted and excused sheets as done", () => {
    expect(progressPercent({ assigned: 4, submitted: 1, excused: 1 })).toBe(50);
    expect(progressPercent({ assigned: 3, submitted: 1, excused: 0 })).toBe(33);
    expect(progressPercent({ assigned: 0, submitted: 0, excused: 0 })).toBe(0);
  });

  it("sums the round", () => {
    expect(
      roundProgress([
        { assigned: 2, submitted: 1, excused: 0 },
        { assigned: 2, submitted: 0, excused: 1 },
      ]),
    ).toEqual({ assigned: 4, done: 2, percent: 50 });
    expect(roundProgress([])).toEqual({ assigned: 0, done: 0, percent: 0 });
  });
});

describe("panels", () => {
  const seats = [
    { id: "1", categoryId: "10", judgeUserId: "4", judgeName: "a" },
    { id: "2", categoryId: "10", judgeUserId: "6", judgeName: "b" },
    { id: "3", categoryId: "11", judgeUserId: "7", judgeName: "c" },
  ];

  it("reads a category's seated judges", () => {
    expect(panelOf(seats, "10")).toEqual(["4", "6"]);
    expect(panelOf(seats, "12")).toEqual([]);
  });

  it("sees a change regardless of order", () => {
    expect(panelChanged(["4", "6"], ["6", "4"])).toBe(false);
    expect(panelChanged(["4", "6"], ["4"])).toBe(true);
    expect(panelChanged(["4"], ["4", "7"])).toBe(true);
    expect(panelChanged(["4", "6"], ["4", "7"])).toBe(true);
  });
});

describe("a judge's own list", () => {
  const mine = (id: string, roundId: string, sheetState: MyAssignment["sheetState"]): MyAssignment => ({
    id,
    roundId,
    roundName: `轮次${roundId}`,
    sheetState,
    recusalReason: null,
    entry: { registrationId: id, name: id, memberNames: [], categoryName: "焊工" },
    score: null,
    judgementMarks: null,
  });

  it("groups by round in the API's order and counts the locked sheets", () => {
    const groups = groupByRound([mine("1", "9", "LOCKED"), mine("2", "8", "DRAFT"), mine("3", "9", "UNLOCKED")]);
    expect(groups.map((group) => [group.roundId, group.assignments.map((a) => a.id)])).toEqual([
      ["9", ["1", "3"]],
      ["8", ["2"]],
    ]);
    expect(myProgress(groups[0]?.assignments ?? [])).toEqual({ submitted: 1, total: 2 });
  });

  it("keeps the rounds a panel works on", () => {
    expect(["CRITERIA_SCORING", "COMMITTEE_VOTE", "EXAM", "PUBLIC_VOTE", "MATCHES"].filter(isPanelRound)).toEqual([
      "CRITERIA_SCORING",
      "COMMITTEE_VOTE",
    ]);
  });
});

describe("refusalText", () => {
  it("gives every reason of a refusal with field errors", () => {
    const error = httpErrorFromGraphqlErrors([
      {
        message: "不能自动分配评委",
        extensions: {
          code: "JUDGE_ASSIGNMENT_REFUSED",
          fieldErrors: [
            { field: "categoryId", code: "NOT_ENOUGH_JUDGES", message: "「王建国」需要 5 名评委" },
            { field: "categoryId", code: "NOT_ENOUGH_JUDGES", message: "「李明」需要 5 名评委" },
          ],
        },
      },
    ]);
    expect(refusalText(error)).toBe("不能自动分配评委：「王建国」需要 5 名评委；「李明」需要 5 名评委");
  });

  it("gives the message otherwise", () => {
    expect(refusalText(new HttpError("本轮评审已结束", 409))).toBe("本轮评审已结束");
    expect(refusalText("boom")).toBe("boom");
  });
});

describe("manual assignment helpers", () => {
  const candidates = [
    { id: "4", displayName: "评委 赵高工", organizationName: "凌海市总工会" },
    { id: "6", displayName: "评委 钱老师", organizationName: "北镇市总工会" },
    { id: "7", displayName: "评委 孙教授", organizationName: "黑山县总工会" },
  ];
  const seats = [
    { id: "1", categoryId: "10", judgeUserId: "4", judgeName: "评委 赵高工" },
    { id: "2", categoryId: "10", judgeUserId: "7", judgeName: "评委 孙教授" },
  ];

  it("offers the category's panel only", () => {
    expect(panelJudges(seats, candidates, "10").map((judge) => judge.id)).toEqual(["4", "7"]);
    expect(panelJudges(seats, candidates, "11")).toEqual([]);
  });

  it("reads an entry's current judges", () => {
    const assignments = [assignment("1", zhao, wang), assignment("2", qian, wang), assignment("3", qian, li)];
    expect(judgesOfEntry(assignments, "501")).toEqual(["4", "6"]);
    expect(judgesOfEntry(assignments, "503")).toEqual([]);
  });
});

describe("a judge's progress in a 评价分 round", () => {
  it("counts a submitted 评价分表 that waits for the other judges", () => {
    const base = {
      roundId: "9",
      roundName: "评价分评审",
      recusalReason: null,
      entry: { registrationId: "1", name: "焊花队", memberNames: [], categoryName: "焊工" },
      score: null,
    };
    const marks = (state: "DRAFT" | "SUBMITTED" | "LOCKED" | "UNLOCKED") => ({
      state,
      stateLabel: state,
      total: null,
      locked: state === "LOCKED",
      needsResolution: false,
      othersVisible: false,
      waitingForJudges: [],
      aspects: [],
    });
    const sheets: MyAssignment[] = [
      { ...base, id: "1", sheetState: "DRAFT", judgementMarks: marks("SUBMITTED") },
      { ...base, id: "2", sheetState: "LOCKED", judgementMarks: marks("LOCKED") },
      { ...base, id: "3", sheetState: "DRAFT", judgementMarks: marks("DRAFT") },
      { ...base, id: "4", sheetState: "UNLOCKED", judgementMarks: marks("UNLOCKED") },
    ];
    expect(myProgress(sheets)).toEqual({ submitted: 2, total: 4 });
  });
});

describe("the desk's rounds", () => {
  it("holds panel rounds and exams, not votes or matches", () => {
    expect(["CRITERIA_SCORING", "COMMITTEE_VOTE", "EXAM", "PUBLIC_VOTE", "MATCHES"].filter(isDeskRound)).toEqual([
      "CRITERIA_SCORING",
      "COMMITTEE_VOTE",
      "EXAM",
    ]);
  });
});

describe("deskRound", () => {
  const rounds = [
    { id: "1", kind: "EXAM", closed: false },
    { id: "2", kind: "CRITERIA_SCORING", closed: false },
  ];

  it("opens the round asked for, else the first open panel round", () => {
    expect(deskRound(rounds, "1")?.id).toBe("1");
    expect(deskRound(rounds, null)?.id).toBe("2");
    expect(deskRound(rounds, "99")?.id).toBe("2");
  });

  it("falls back to the first open round, then the first", () => {
    expect(
      deskRound(
        [
          { id: "1", kind: "EXAM", closed: false },
          { id: "2", kind: "CRITERIA_SCORING", closed: true },
        ],
        null,
      )?.id,
    ).toBe("1");
    expect(deskRound([{ id: "1", kind: "EXAM", closed: true }], null)?.id).toBe("1");
    expect(deskRound([], null)).toBeUndefined();
  });
});
