import { describe, expect, it } from "vitest";
import { finalStandingRows, groupProgress, rankingOrderText, signed, standingRows } from "./standingsDisplay.ts";
import type { FinalStanding, GroupStanding, GroupTable } from "./tournamentApi.ts";

const standing = (place: number, name: string, rest: Partial<GroupStanding> = {}): GroupStanding => ({
  place,
  played: 0,
  won: 0,
  lost: 0,
  gamesWon: 0,
  gamesLost: 0,
  gameDifference: 0,
  pointsWon: 0,
  pointsLost: 0,
  pointDifference: 0,
  decidedBy: "MATCHES_WON",
  explanation: "",
  entrant: { registrationId: name, name, unitName: "锦州石化" },
  ...rest,
});

describe("group tables as shown", () => {
  it("signs the differences", () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(["+3", "−2", "0"]);
  });

  it("lists the ranking criteria in the order they apply, in the domain's words", () => {
    expect(rankingOrderText()).toBe("胜场数 → 局数差 → 得失分差 → 抽签");
  });

  it("orders rows by place and writes games, points and what decided the place", () => {
    const table: GroupTable = {
      group: "A",
      complete: true,
      note: null,
      lots: [],
      standings: [
        standing(2, "李明", {
          played: 2,
          won: 1,
          lost: 1,
          gamesWon: 2,
          gamesLost: 3,
          gameDifference: -1,
          pointsWon: 90,
          pointsLost: 95,
          pointDifference: -5,
          decidedBy: "HEAD_TO_HEAD",
          explanation: "两人同积 1 胜，相互间比赛获胜，列第 2",
        }),
        standing(1, "王强", {
          played: 2,
          won: 2,
          lost: 0,
          gamesWon: 4,
          gamesLost: 1,
          gameDifference: 3,
          pointsWon: 100,
          pointsLost: 80,
          pointDifference: 20,
        }),
        standing(3, "赵刚", {
          played: 2,
          won: 0,
          lost: 2,
          gamesWon: 1,
          gamesLost: 3,
          gameDifference: -2,
          pointsWon: 75,
          pointsLost: 90,
          pointDifference: -15,
        }),
      ],
    };
    const rows = standingRows(table);
    expect(rows.map((row) => row.name)).toEqual(["王强", "李明", "赵刚"]);
    expect(rows[0]).toMatchObject({
      games: "4:1",
      gameDifference: "+3",
      points: "100:80",
      pointDifference: "+20",
      decidedBy: "胜场数",
    });
    expect(rows[1]).toMatchObject({ gameDifference: "−1", decidedBy: "相互间胜负" });
    expect(groupProgress(table)).toEqual({ played: 3, total: 3 });
  });

  it("counts a group still in play", () => {
    const table: GroupTable = {
      group: "B",
      complete: false,
      note: "名次暂列",
      lots: [],
      standings: [
        standing(1, "甲", { played: 1, won: 1 }),
        standing(2, "乙"),
        standing(3, "丙"),
        standing(4, "丁", { played: 1, lost: 1 }),
      ],
    };
    expect(groupProgress(table)).toEqual({ played: 1, total: 6 });
  });

  it("puts undecided final places last and keeps shared places together", () => {
    const final = (place: number | null, name: string): FinalStanding => ({
      place,
      sharedPlace: place === 3,
      stageReached: "",
      explanation: "",
      entrant: { registrationId: name, name, unitName: "" },
    });
    const rows = finalStandingRows([final(null, "戊"), final(3, "丙"), final(1, "甲"), final(3, "丁"), final(2, "乙")]);
    expect(rows.map((row) => row.entrant?.name)).toEqual(["甲", "乙", "丙", "丁", "戊"]);
  });
});
