import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import {
  createJudgingActivity,
  type JudgingActivity,
  type ResultRow,
  resultFields,
  skillsContest,
} from "../test/results-fixtures.ts";

const computeMutation = `mutation($id: ID!) { computeResults(activityId: $id) {
  resultCount blockingTies { code message } warnings { code message } } }`;
const resultsQuery = `query($activityId: ID!, $trackKey: String) {
  allResults(filter: { activityId: $activityId, trackKey: $trackKey }, sortField: "place", sortOrder: "ASC") { ${resultFields} }
  _allResultsMeta(filter: { activityId: $activityId, trackKey: $trackKey }) { count } }`;

describe.each(testProviders())("computing results (%s)", (provider) => {
  let api: ApiHarness;
  let organizer: string;
  let skills: JudgingActivity;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    organizer = await api.tokenFor("organizer");
    skills = await skillsContest(api, "R-ZYB", 7000);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  async function results(activityId: number, trackKey: string, token?: string) {
    const answer = await api.graphql<{ allResults: ResultRow[]; _allResultsMeta: { count: number } }>(
      resultsQuery,
      { activityId, trackKey },
      token,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.allResults ?? [];
  }

  it("refuses other roles and other departments, and changes nothing", async () => {
    const worker = skills.workers.甲?.token;
    const culture = await api.tokenFor("culture");
    for (const token of [worker, culture, await api.tokenFor("unit"), await api.tokenFor("judge")]) {
      const answer = await api.graphql(computeMutation, { id: skills.activityId }, token);
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(answer.errors?.[0]?.message).toBe("您没有权限执行此操作");
    }
    const anonymous = await api.graphql(computeMutation, { id: skills.activityId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await api.server.database.prisma.result.count({ where: { activityId: skills.activityId } })).toBe(0);
  });

  it("ranks the skills contest on the city and county tracks with tie-breaks, tiers, 状元 and advancement", async () => {
    const computed = await api.graphql<{ computeResults: { resultCount: number; blockingTies: unknown[] } }>(
      computeMutation,
      { id: skills.activityId },
      organizer,
    );
    expect(computed.errors).toBeUndefined();
    // City 10 ranked + 子 unranked = 11; 古塔区 5 + 子 = 6; 凌河区 5.
    expect(computed.data?.computeResults).toMatchObject({ resultCount: 22, blockingTies: [] });

    const city = await results(skills.activityId, "CITY", organizer);
    const ranked = city.filter((row) => row.place !== null);
    expect(ranked.map((row) => [row.entrantName, row.totalText, row.placeLabel, row.award.names])).toEqual([
      ["甲", "94.10", "第 1 名", ["一等奖", "状元"]],
      ["乙", "87.00", "第 2 名", ["二等奖"]],
      ["丙", "87.00", "第 3 名", ["二等奖"]],
      ["丁", "85.00", "并列第 4 名", ["三等奖"]],
      ["戊", "85.00", "并列第 4 名", ["三等奖"]],
      ["己", "83.00", "第 6 名", ["三等奖"]],
      ["庚", "82.60", "第 7 名", []],
      ["辛", "74.00", "第 8 名", []],
      ["壬", "71.50", "第 9 名", []],
      ["癸", "57.00", "第 10 名", []],
    ]);
    expect(ranked.filter((row) => row.award.advancesToProvincial).map((row) => row.entrantName)).toEqual([
      "甲",
      "乙",
      "丙",
    ]);
    // Exact values: 0.3 × 70 + 0.7 × 88 = 82.6 = 413/5; weighted practical 0.7 × 88 = 61.6 = 308/5.
    const geng = ranked.find((row) => row.entrantName === "庚");
    expect(geng?.total).toBe("413/5");
    expect(geng?.details?.roundScores?.find((score) => score.roundKey === "practical")?.weighted).toBe("308/5");
    // The explanation says which tie-break decided.
    expect(ranked[1]?.explanation).toContain("丙");
    expect(ranked[1]?.explanation).toContain("实操成绩");
    expect(ranked[3]?.explanation).toContain("并列第 4 名");
    const unranked = city.find((row) => row.entrantName === "子");
    expect(unranked).toMatchObject({ place: null, total: null, award: { names: [] } });
    expect(unranked?.explanation).toContain("缺少实操成绩");

    const guta = await results(skills.activityId, "COUNTY-JZ-GT", organizer);
    expect(guta.map((row) => [row.entrantName, row.place, row.award.names])).toEqual([
      ["甲", 1, ["一等奖", "状元"]],
      ["丙", 2, ["二等奖"]],
      ["戊", 3, ["三等奖"]],
      ["己", 4, []],
      ["壬", 5, []],
      ["子", null, []],
    ]);
    expect(guta[0]?.trackName).toBe("县(市)区级（古塔区）");
    // Advancement is decided on the city track only.
    expect(guta.some((row) => row.award.advancesToProvincial)).toBe(false);
    const linghe = await results(skills.activityId, "COUNTY-JZ-LH", organizer);
    expect(linghe.map((row) => [row.entrantName, row.place, row.award.tierName])).toEqual([
      ["乙", 1, "一等奖"],
      ["丁", 2, "二等奖"],
      ["庚", 3, "三等奖"],
      ["辛", 4, null],
      ["癸", 5, null],
    ]);
  });

  it("recomputes idempotently: the same rows, never a second set, even when run concurrently", async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        api.graphql<{ computeResults: { resultCount: number } }>(computeMutation, { id: skills.activityId }, organizer),
      ),
    );
    expect(answers.map((answer) => answer.data?.computeResults.resultCount)).toEqual([22, 22, 22]);
    expect(await api.server.database.prisma.result.count({ where: { activityId: skills.activityId } })).toBe(22);
    const audit = await api.server.database.prisma.auditEntry.count({
      where: { activityId: skills.activityId, action: "RESULTS_COMPUTE" },
    });
    expect(audit).toBe(4);
  });

  it("shows results of an activity still in judging to nobody but its managers", async () => {
    expect(await results(skills.activityId, "CITY")).toEqual([]);
    expect(await results(skills.activityId, "CITY", skills.workers.甲?.token)).toEqual([]);
    const mine = await api.graphql<{ myResults: unknown[] }>(`{ myResults { id } }`, {}, skills.workers.甲?.token);
    expect(mine.data?.myResults).toEqual([]);
    expect(await results(skills.activityId, "CITY", await api.tokenFor("culture"))).toEqual([]);
    expect(await results(skills.activityId, "CITY", await api.tokenFor("admin"))).toHaveLength(11);
  });

  it("breaks a performance contest's tie by the untrimmed mean", async () => {
    // 合唱比赛: one judged round (100 %, out of 100), trimmed mean already in the round result.
    //   team   trimmed  untrimmed mean (all judges)       place
    //   晨曦    92.5     6461/70 = 92.3                    1 (ties 长风 on total, higher untrimmed mean)
    //   长风    92.5     645/7 ≈ 92.142857                 2
    //   松韵    90       90                                3
    //   海潮    88       87.5                              并列 4
    //   锦音    88       87.5                              并列 4
    // Tiers by count 1 / 2 / 3: 一等奖 place 1, 二等奖 places 2–3, 三等奖 places 4–6.
    const choir = await createJudgingActivity(api, {
      kind: "PERFORMANCE_CONTEST",
      code: "R-HC",
      entrantType: "TEAM",
      departmentName: "文化宫",
      entrants: [
        { name: "长风", county: "JZ-LH", results: { performance: "92.5" }, untrimmedMeans: { performance: "645/7" } },
        { name: "晨曦", county: "JZ-GT", results: { performance: "92.5" }, untrimmedMeans: { performance: "6461/70" } },
        { name: "松韵", county: "JZ-GT", results: { performance: "90" }, untrimmedMeans: { performance: "90" } },
        { name: "海潮", county: "JZ-LH", results: { performance: "88" }, untrimmedMeans: { performance: "87.5" } },
        { name: "锦音", county: "JZ-GT", results: { performance: "88" }, untrimmedMeans: { performance: "87.5" } },
      ],
    });
    const culture = await api.tokenFor("culture");
    // The 生产保护部 organizer does not run the 文化宫's contest.
    const refused = await api.graphql(computeMutation, { id: choir.activityId }, organizer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const computed = await api.graphql<{ computeResults: { resultCount: number } }>(
      computeMutation,
      { id: choir.activityId },
      culture,
    );
    expect(computed.data?.computeResults.resultCount).toBe(5);
    const rows = await results(choir.activityId, "CITY", culture);
    expect(rows.map((row) => [row.entrantName, row.totalText, row.placeLabel, row.award.tierName])).toEqual([
      ["晨曦", "92.50", "第 1 名", "一等奖"],
      ["长风", "92.50", "第 2 名", "二等奖"],
      ["松韵", "90.00", "第 3 名", "二等奖"],
      ["海潮", "88.00", "并列第 4 名", "三等奖"],
      ["锦音", "88.00", "并列第 4 名", "三等奖"],
    ]);
    expect(rows[0]?.explanation).toContain("全体评委平均分");
  });

  it("ranks each category (trade) on its own, with advancement per category", async () => {
    // Two trades. 车工: 赵 0.3 × 90 + 0.7 × 90 = 90, 钱 0.3 × 80 + 0.7 × 80 = 80.
    // 钳工: 孙 0.3 × 70 + 0.7 × 70 = 70 (alone, so first in 钳工 although behind both turners).
    const trades = await createJudgingActivity(api, {
      kind: "SKILLS_CONTEST",
      code: "R-TRADES",
      entrantType: "INDIVIDUAL",
      departmentName: "生产保护部",
      firstWorkerSequence: 7150,
      categories: [
        { key: "LATHE", name: "车工" },
        { key: "FITTER", name: "钳工" },
      ],
      entrants: [
        { name: "赵", county: "JZ-GT", category: "LATHE", results: { theory: "90", practical: "90" } },
        { name: "钱", county: "JZ-LH", category: "LATHE", results: { theory: "80", practical: "80" } },
        { name: "孙", county: "JZ-GT", category: "FITTER", results: { theory: "70", practical: "70" } },
      ],
    });
    const computed = await api.graphql<{ computeResults: { resultCount: number } }>(
      computeMutation,
      { id: trades.activityId },
      organizer,
    );
    expect(computed.data?.computeResults.resultCount).toBe(3);
    const byCategory = `query($a: ID!, $c: ID!) { allResults(filter: { activityId: $a, categoryId: $c }, sortField: "place") {
      entrantName categoryName placeLabel award { names advancesToProvincial } } }`;
    const lathe = await api.graphql<{ allResults: unknown[] }>(
      byCategory,
      { a: trades.activityId, c: trades.categoryIds.LATHE },
      organizer,
    );
    // N = 2: 一等奖 max(⌊0.2⌋, 1) = 1 (place 1, 状元), 二等奖 max(⌊0.4⌋, 1) = 1 (place 2).
    expect(lathe.data?.allResults).toEqual([
      {
        entrantName: "赵",
        categoryName: "车工",
        placeLabel: "第 1 名",
        award: { names: ["一等奖", "状元"], advancesToProvincial: true },
      },
      {
        entrantName: "钱",
        categoryName: "车工",
        placeLabel: "第 2 名",
        award: { names: ["二等奖"], advancesToProvincial: true },
      },
    ]);
    const fitter = await api.graphql<{ allResults: unknown[] }>(
      byCategory,
      { a: trades.activityId, c: trades.categoryIds.FITTER },
      organizer,
    );
    expect(fitter.data?.allResults).toEqual([
      {
        entrantName: "孙",
        categoryName: "钳工",
        placeLabel: "第 1 名",
        award: { names: ["一等奖", "状元"], advancesToProvincial: true },
      },
    ]);
  });

  it("asks the organizer to separate a tie the activity does not let share an award", async () => {
    // 不设并列奖项 (sharedAwards false). N = 3: 一等奖 max(⌊0.3⌋, 1) = 1 place, 二等奖 1, 三等奖 1.
    // 周 and 吴 are equal on total (90), practical and theory, so they share place 1, occupying
    // places 1–2 and straddling the end of 一等奖 (place 1): the organizer orders them, with a reason.
    const tied = await createJudgingActivity(api, {
      kind: "SKILLS_CONTEST",
      code: "R-TIE",
      entrantType: "INDIVIDUAL",
      departmentName: "生产保护部",
      firstWorkerSequence: 7100,
      entrants: [
        { name: "周", county: "JZ-GT", results: { theory: "90", practical: "90" } },
        { name: "吴", county: "JZ-LH", results: { theory: "90", practical: "90" } },
        { name: "郑", county: "JZ-LH", results: { theory: "80", practical: "80" } },
      ],
      adjust: (configuration) => ({
        ...configuration,
        awards: { ...configuration.awards, sharedAwards: false },
      }),
    });
    const publish = `mutation($id: ID!) { publishResultsForNotice(activityId: $id) { id } }`;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2015-09-30T10:00:00+08:00"));
    const beforeComputing = await api.graphql(publish, { id: tied.activityId }, organizer);
    vi.useRealTimers();
    // Every reason at once: the tie is found from the round results even before computing.
    expect(beforeComputing.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "AWARD_TIE_NEEDS_SEPARATION",
      "RESULTS_NOT_COMPUTED",
    ]);
    const computed = await api.graphql<{ computeResults: { blockingTies: { code: string; message: string }[] } }>(
      computeMutation,
      { id: tied.activityId },
      organizer,
    );
    expect(computed.data?.computeResults.blockingTies.map((tie) => tie.code)).toEqual(["AWARD_TIE_NEEDS_SEPARATION"]);
    // Publishing is refused while the tie is not separated (on a date the holiday calendar covers).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2015-09-30T10:00:00+08:00"));
    const withTie = await api.graphql(publish, { id: tied.activityId }, organizer);
    vi.useRealTimers();
    expect(withTie.errors?.[0]?.extensions?.code).toBe("PUBLIC_NOTICE_REFUSED");
    expect(withTie.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "AWARD_TIE_NEEDS_SEPARATION",
    ]);
    const separate = `mutation($a: ID!, $c: ID!, $ids: [ID!]!, $reason: String!) {
      separateTie(activityId: $a, categoryId: $c, trackKey: "CITY", orderedEntryIds: $ids, reason: $reason) { place reason } }`;
    const ids = [tied.entryIds.吴, tied.entryIds.周];
    const withoutReason = await api.graphql(
      separate,
      { a: tied.activityId, c: tied.categoryId, ids, reason: " " },
      organizer,
    );
    expect(withoutReason.errors?.[0]?.extensions?.code).toBe("TIE_SEPARATION_REFUSED");
    expect(withoutReason.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe("SEPARATION_REASON_REQUIRED");
    const separated = await api.graphql(
      separate,
      { a: tied.activityId, c: tied.categoryId, ids, reason: "经评审委员会复核实操工件，吴的工件尺寸更优" },
      organizer,
    );
    expect(separated.errors).toBeUndefined();
    const again = await api.graphql<{ computeResults: { blockingTies: unknown[] } }>(
      computeMutation,
      { id: tied.activityId },
      organizer,
    );
    expect(again.data?.computeResults.blockingTies).toEqual([]);
    const rows = await results(tied.activityId, "CITY", organizer);
    expect(rows.map((row) => [row.entrantName, row.placeLabel, row.award.tierName])).toEqual([
      ["吴", "第 1 名", "一等奖"],
      ["周", "第 2 名", "二等奖"],
      ["郑", "第 3 名", "三等奖"],
    ]);
    expect(rows[0]?.explanation).toContain("经评审委员会复核实操工件");
  });
});
