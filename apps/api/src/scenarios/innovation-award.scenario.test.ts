// The 2015 innovation award (创新工作奖) of 组织部, driven only through the documented API
// (docs/api/*.md) as an independent client: set-up from the template, projects declared by workers
// and teams with their documents as attachments, review by the unit and by 组织部 (a return and a
// resubmission), the expert review by criteria (a judge never sees a project from their own
// organization), the awards with a shared place, the public notice with objections (one late),
// finalization and certificates.
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Scenario, type SignedInClient, startScenario } from "./scenario-client.ts";

/** Moves the faked clock to a China-time instant ("2015-11-02T09:00"). */
function at(chinaTime: string): void {
  vi.setSystemTime(new Date(`${chinaTime}:00+08:00`));
}

/** A small but real PDF (recognized by its bytes). */
function pdfBytes(title: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    "latin1",
  );
}

/**
 * A judge's sheet for a total T (a whole number), in 0.1 steps: 创新性 30 % of T, 推广价值 20 %,
 * and the remaining half split between 实用性 and 经济社会效益 (each at most 25).
 */
function sheetFor(total: number) {
  const tenths = total * 10;
  const novelty = (tenths * 3) / 10;
  const spread = (tenths * 2) / 10;
  const rest = tenths - novelty - spread;
  const practicality = Math.ceil(rest / 2);
  const text = (value: number) => String(value / 10);
  return [
    { criterionKey: "novelty", score: text(novelty) },
    { criterionKey: "practicality", score: text(practicality) },
    { criterionKey: "benefit", score: text(rest - practicality) },
    { criterionKey: "spread", score: text(spread) },
  ];
}

/** The operation is refused with this code (nothing is written). */
async function refusedWith(
  client: SignedInClient,
  code: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ code: string; message: string }> {
  const refusal = await client.refused(query, variables);
  expect(refusal.code, `${client.username || "public"}: ${refusal.message}`).toBe(code);
  return refusal;
}

function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString("latin1").match(/\/Type\s*\/Page(?![s])/g) ?? []).length;
}

const review = `mutation Review($id: ID!, $action: RegistrationReviewAction!, $reason: String, $version: Int!) {
  reviewRegistration(id: $id, action: $action, reason: $reason, version: $version) { id state stateLabel version }
}`;
const transition = `mutation Move($id: ID!, $to: ActivityState!, $reason: String) {
  transitionActivity(id: $id, to: $to, reason: $reason) { id state }
}`;
const declare = `mutation Declare($a: ID!, $title: String!, $summary: String!, $authors: [ID!], $key: String!) {
  declareProject(activityId: $a, title: $title, summary: $summary, authorWorkerIds: $authors, idempotencyKey: $key) {
    id entrantType name state stateLabel channel projectSummary members { workerId name isLeader }
  }
}`;

interface WorkerRow {
  id: string;
  name: string;
  organizationId: string;
}

describe.each(testProviders())("2015年度创新工作奖 (%s)", (provider) => {
  let scenario: Scenario;
  let activityId = "";
  let roundId = "";
  let categoryId = "";
  /**
   * The projects (registration ids):
   *   A 餐饮后厨节能灶改造 — the demo worker (古塔区) with a co-author of the same union;
   *   B 建材窑炉余热回收 — a team of three of a 凌海市 enterprise (the judge from 凌海市 must not see it);
   *   C 数控刀具寿命预测 — a worker of another 古塔区 union; returned once for a missing document;
   *   D 商场客流智能引导 — a worker of a third 古塔区 union.
   */
  const project = { a: "", b: "", c: "", d: "" };
  const titles = { a: "餐饮后厨节能灶改造", b: "建材窑炉余热回收", c: "数控刀具寿命预测", d: "商场客流智能引导" };
  const documents: Record<string, string> = {};

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("2015-11-02T09:00");
    scenario = await startScenario(provider);
  }, 120_000);
  afterAll(async () => {
    await scenario?.close();
    vi.useRealTimers();
  });

  async function workersOf(code: string, count: number): Promise<WorkerRow[]> {
    const admin = await scenario.as("admin");
    const org = await admin.run<{ allOrganizations: { id: string; code: string }[] }>(
      `query($q: String!) { allOrganizations(filter: { q: $q }) { id code } }`,
      { q: code },
    );
    const id = org.allOrganizations.find((row) => row.code === code)?.id;
    const roster = await admin.run<{ allWorkers: WorkerRow[] }>(
      `query($f: WorkerFilter) { allWorkers(perPage: 20, sortField: "id", sortOrder: "ASC", filter: $f) { id name organizationId } }`,
      { f: { organizationId: id, positionCategory: "FRONT_LINE" } },
    );
    return roster.allWorkers.slice(0, count);
  }

  async function readVersion(client: SignedInClient, id: string): Promise<number> {
    return (
      await client.run<{ Registration: { version: number } }>(`query($id: ID!) { Registration(id: $id) { version } }`, {
        id,
      })
    ).Registration.version;
  }

  it("组织部 creates the award from the template and adjusts it", async () => {
    const orgdept = await scenario.as("orgdept");
    const me = await orgdept.run<{ me: { departmentId: string } }>(`{ me { departmentId } }`);
    const created = await orgdept.run<{
      createActivity: { id: string; version: number; configuration: Record<string, unknown> };
    }>(
      `mutation Create($d: ID!) {
        createActivity(kind: INNOVATION_AWARD, code: "JZ-2015-CXJ", name: "2015年度职工创新工作奖", year: 2015,
          departmentId: $d, registrationOpensOn: "2015-11-02", registrationClosesOn: "2015-11-20",
          judgingEndsOn: "2015-12-01", completedBy: "2015-12-25", deadlinePhrase: "年底前") { id version configuration }
      }`,
      { d: me.me.departmentId },
    );
    activityId = created.createActivity.id;
    const configuration = created.createActivity.configuration as {
      entryChannels: string[];
      approvalChain: { levels: string[] };
      attachments: { minCount: number; maxCount: number; acceptedExtensions: string[] };
      rounds: {
        key: string;
        judgesPerEntry: number;
        criteria?: unknown;
        criteriaScoring: { criteria: { key: string; max: string }[] };
      }[];
      awards: { tiers: { key: string; name: string; size: { by: string; count: number } }[]; sharedAwards: boolean };
    };
    // The template: projects declared by workers (or their unions), documents as pdf/doc/docx/jpg/png,
    // one expert round on four criteria (30 + 25 + 25 + 20 = 100), 1/2/3 prizes, shared awards.
    expect(configuration.entryChannels).toContain("SELF_REGISTRATION");
    expect(configuration.attachments).toMatchObject({
      minCount: 1,
      maxCount: 10,
      acceptedExtensions: ["pdf", "doc", "docx", "jpg", "png"],
    });
    expect(configuration.rounds[0]?.criteriaScoring.criteria.map((c) => [c.key, c.max])).toEqual([
      ["novelty", "30"],
      ["practicality", "25"],
      ["benefit", "25"],
      ["spread", "20"],
    ]);
    expect(configuration.awards.sharedAwards).toBe(true);
    // This year: the unit confirms its workers' projects and 组织部 reviews them (no county step);
    // four experts per project (the federation has five judges, one of them from 凌海市);
    // one first, two second and one third prize.
    configuration.approvalChain = { levels: ["UNIT", "ORGANIZER"] };
    (configuration.rounds[0] as { judgesPerEntry: number }).judgesPerEntry = 4;
    configuration.awards.tiers = [
      { key: "FIRST", name: "一等奖", size: { by: "COUNT", count: 1 } },
      { key: "SECOND", name: "二等奖", size: { by: "COUNT", count: 2 } },
      { key: "THIRD", name: "三等奖", size: { by: "COUNT", count: 1 } },
    ];
    // A bad configuration is refused with every problem, field by field.
    const bad = await orgdept.refused(
      `mutation($id: ID!, $v: Int!, $c: JSON) { updateActivity(id: $id, version: $v, configuration: $c) { id } }`,
      {
        id: activityId,
        v: created.createActivity.version,
        c: { ...configuration, attachments: { ...configuration.attachments, minCount: 5, maxCount: 2 } },
      },
    );
    expect(bad.code).toBe("VALIDATION_FAILED");
    await orgdept.run(
      `mutation($id: ID!, $v: Int!, $c: JSON) { updateActivity(id: $id, version: $v, configuration: $c) { id version } }`,
      { id: activityId, v: created.createActivity.version, c: configuration },
    );
    // Nobody declares into a draft.
    const worker = await scenario.as("worker");
    const draft = await worker.refused(declare, { a: activityId, title: "x", summary: "y", key: "draft" });
    expect(draft.code).toBe("REGISTRATION_CLOSED");
    // Another department's organizer cannot open it.
    expect(
      (await (await scenario.as("publicity")).refused(transition, { id: activityId, to: "REGISTRATION_OPEN" })).code,
    ).toBe("FORBIDDEN");
    await orgdept.run(transition, { id: activityId, to: "REGISTRATION_OPEN" });
    const rounds = await orgdept.run<{ Activity: { categories: { id: string }[] }; allRounds: { id: string }[] }>(
      `query($id: ID!, $f: RoundFilter) { Activity(id: $id) { categories { id } } allRounds(filter: $f) { id } }`,
      { id: activityId, f: { activityId } },
    );
    categoryId = rounds.Activity.categories[0]?.id ?? "";
    roundId = rounds.allRounds[0]?.id ?? "";
  });

  it("the admin gives three more workers and 凌海市's union admin their accounts", async () => {
    const admin = await scenario.as("admin");
    const [lhWang] = await workersOf("JZ-LHS-001", 1);
    const [gtZhao] = await workersOf("JZ-GT-001", 1);
    const [gtLi] = await workersOf("JZ-GT-004", 1);
    const lhs = await admin.run<{ allOrganizations: { id: string; code: string }[] }>(
      `{ allOrganizations(filter: { q: "JZ-LHS" }) { id code } }`,
    );
    const create = `mutation($u: String!, $n: String!, $role: Role!, $o: ID!, $w: ID) {
      createUser(username: $u, displayName: $n, password: "jinzhou2015", role: $role, organizationId: $o, workerId: $w) { id role }
    }`;
    for (const [username, row] of [
      ["lh.worker", lhWang],
      ["gt1.worker", gtZhao],
      ["gt4.worker", gtLi],
    ] as const) {
      if (!row) throw new Error(`no front-line worker for ${username}`);
      await admin.run(create, { u: username, n: row.name, role: "WORKER", o: row.organizationId, w: row.id });
    }
    await admin.run(create, {
      u: "lhs.unit",
      n: "凌海市总工会 孟干事",
      role: "UNIT_ADMIN",
      o: lhs.allOrganizations.find((row) => row.code === "JZ-LHS")?.id,
      w: null,
    });
  });

  it("workers and teams declare their projects and upload the documents", async () => {
    const worker = await scenario.as("worker");
    // The co-author is found by name (masked ID numbers only).
    const lookup = await worker.run<{ partnerLookup: { workerId: string; name: string; maskedIdNumber: string }[] }>(
      `{ partnerLookup(name: "赵军强") { workerId name maskedIdNumber organizationName } }`,
    );
    const coAuthor = lookup.partnerLookup[0];
    if (!coAuthor) throw new Error("the co-author is in the demo roster");
    expect(coAuthor.maskedIdNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const a = await worker.run<{
      declareProject: {
        id: string;
        entrantType: string;
        name: string;
        state: string;
        projectSummary: string;
        members: { name: string; isLeader: boolean }[];
      };
    }>(declare, {
      a: activityId,
      title: titles.a,
      summary: "改造后厨燃气灶具的进风与火眼结构，燃气用量下降约 18%。",
      authors: [coAuthor.workerId],
      key: "project-a",
    });
    expect(a.declareProject).toMatchObject({
      entrantType: "PROJECT",
      name: titles.a,
      state: "PENDING_UNIT",
      projectSummary: "改造后厨燃气灶具的进风与火眼结构，燃气用量下降约 18%。",
    });
    expect(a.declareProject.members.map((m) => [m.name, m.isLeader])).toEqual([
      [expect.any(String), true],
      ["赵军强", false],
    ]);
    project.a = a.declareProject.id;
    // Bad input: the summary is required.
    const empty = await worker.refused(declare, { a: activityId, title: "空项目", summary: " ", key: "project-empty" });
    expect(empty.code).toBe("VALIDATION_FAILED");
    // A unit admin does not declare projects (workers do).
    expect(
      (await (await scenario.as("unit")).refused(declare, { a: activityId, title: "x", summary: "y", key: "u" })).code,
    ).toBe("FORBIDDEN");

    const lhWorker = await scenario.as("lh.worker");
    const team = await workersOf("JZ-LHS-001", 3);
    const b = await lhWorker.run<{ declareProject: { id: string; members: unknown[] } }>(declare, {
      a: activityId,
      title: titles.b,
      summary: "回收窑炉尾气余热用于原料烘干，年节约标煤 600 吨。",
      authors: team.slice(1).map((row) => row.id),
      key: "project-b",
    });
    expect(b.declareProject.members).toHaveLength(3);
    project.b = b.declareProject.id;
    project.c = (
      await (
        await scenario.as("gt1.worker")
      ).run<{ declareProject: { id: string } }>(declare, {
        a: activityId,
        title: titles.c,
        summary: "用切削声音判断刀具磨损，提前换刀，废品率下降。",
        key: "project-c",
      })
    ).declareProject.id;
    project.d = (
      await (
        await scenario.as("gt4.worker")
      ).run<{ declareProject: { id: string } }>(declare, {
        a: activityId,
        title: titles.d,
        summary: "用客流热力图调度导购与收银台。",
        key: "project-d",
      })
    ).declareProject.id;

    // Documents: each declarant uploads the project report as PDF.
    for (const [key, username] of [
      ["a", "worker"],
      ["b", "lh.worker"],
      ["c", "gt1.worker"],
      ["d", "gt4.worker"],
    ] as const) {
      const answer = await (await scenario.as(username)).upload(
        { kind: "PROJECT_DOCUMENT", registrationId: project[key] },
        {
          bytes: pdfBytes(titles[key]),
          name: `${titles[key]}申报书.pdf`,
          type: "application/pdf",
        },
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body).toMatchObject({ kind: "PROJECT_DOCUMENT", contentType: "application/pdf" });
      documents[key] = String(answer.body.downloadUrl);
    }
    // The activity takes pdf, doc, docx, jpg and png only: an Excel sheet is refused.
    const excel = await worker.upload(
      { kind: "PROJECT_DOCUMENT", registrationId: project.a },
      {
        bytes: Buffer.from("PK\u0003\u0004not really a workbook"),
        name: "数据.xlsx",
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    );
    expect(excel.status).toBe(415);
    // A worker cannot attach to someone else's project: it looks absent.
    const foreign = await worker.upload(
      { kind: "PROJECT_DOCUMENT", registrationId: project.b },
      {
        bytes: pdfBytes("x"),
        name: "x.pdf",
        type: "application/pdf",
      },
    );
    expect(foreign.status).toBe(404);
    // The documents listed on the registration.
    const listed = await worker.run<{
      Registration: { attachments: { kind: string; kindLabel: string; fileName: string }[] };
    }>(`query($id: ID!) { Registration(id: $id) { attachments { kind kindLabel fileName } } }`, { id: project.a });
    expect(listed.Registration.attachments).toEqual([
      { kind: "PROJECT_DOCUMENT", kindLabel: expect.any(String), fileName: `${titles.a}申报书.pdf` },
    ]);
  });

  it("review: the unit confirms, 组织部 returns one project for a missing document, then passes all four", async () => {
    const unit = await scenario.as("unit");
    const lhsUnit = await scenario.as("lhs.unit");
    const orgdept = await scenario.as("orgdept");
    // 古塔区 cannot review 凌海市's project (it looks absent or is refused).
    const outside = await unit.refused(review, { id: project.b, action: "APPROVE", version: 1 });
    expect(outside).toEqual({ code: "NOT_FOUND", message: "记录不存在或您无权查看" });
    for (const key of ["a", "c", "d"] as const) {
      const step = await unit.run<{ reviewRegistration: { state: string } }>(review, {
        id: project[key],
        action: "APPROVE",
        version: await readVersion(unit, project[key]),
      });
      expect(step.reviewRegistration.state).toBe("PENDING_ORGANIZER");
    }
    await lhsUnit.run(review, { id: project.b, action: "APPROVE", version: await readVersion(lhsUnit, project.b) });
    // A judge or a worker never reviews.
    const byJudge = await (await scenario.as("judge2")).refused(review, {
      id: project.a,
      action: "APPROVE",
      version: 1,
    });
    expect(byJudge.code).toBe("FORBIDDEN");

    const returned = await orgdept.run<{ reviewRegistration: { state: string; stateLabel: string } }>(review, {
      id: project.c,
      action: "RETURN",
      reason: "请补充项目在车间的应用证明",
      version: await readVersion(orgdept, project.c),
    });
    expect(returned.reviewRegistration.state).toBe("RETURNED");
    expect(returned.reviewRegistration.stateLabel).toContain("请补充项目在车间的应用证明");
    // The declarant is told, in the portal.
    const gt1 = await scenario.as("gt1.worker");
    const told = await gt1.run<{ myNotifications: { kind: string; text: string }[] }>(
      `{ myNotifications(page: 0, perPage: 5) { kind text } }`,
    );
    expect(told.myNotifications[0]).toMatchObject({ kind: "REGISTRATION_RETURNED" });
    expect(told.myNotifications[0]?.text).toContain("请补充项目在车间的应用证明");
    const proof = await gt1.upload(
      { kind: "PROJECT_DOCUMENT", registrationId: project.c },
      {
        bytes: pdfBytes("应用证明"),
        name: "应用证明.pdf",
        type: "application/pdf",
      },
    );
    expect(proof.status).toBe(201);
    const resubmitted = await gt1.run<{ resubmitRegistration: { state: string } }>(
      `mutation($id: ID!, $v: Int!) { resubmitRegistration(id: $id, note: "已补充应用证明", version: $v) { id state } }`,
      { id: project.c, v: await readVersion(gt1, project.c) },
    );
    expect(resubmitted.resubmitRegistration.state).toBe("PENDING_UNIT");
    await unit.run(review, { id: project.c, action: "APPROVE", version: await readVersion(unit, project.c) });
    for (const key of ["a", "b", "c", "d"] as const) {
      const passed = await orgdept.run<{ reviewRegistration: { state: string } }>(review, {
        id: project[key],
        action: "APPROVE",
        version: await readVersion(orgdept, project[key]),
      });
      expect(["APPROVED", "CONFIRMED"]).toContain(passed.reviewRegistration.state);
    }
  });

  it("registration closes; the experts are assigned, never to a project of their own organization", async () => {
    // The deadline (11月20日) has passed: no more projects, whatever the activity's state.
    at("2015-11-21T09:00");
    const late = await refusedWith(await scenario.as("worker"), "REGISTRATION_CLOSED", declare, {
      a: activityId,
      title: "迟交的项目",
      summary: "简介",
      key: "late",
    });
    expect(late.message).toContain("2015年11月20日");
    at("2015-11-23T09:00");
    const orgdept = await scenario.as("orgdept");
    // Only 组织部 closes registration and seats the experts.
    for (const username of ["publicity", "unit", "judge", "worker"]) {
      await refusedWith(await scenario.as(username), "FORBIDDEN", transition, {
        id: activityId,
        to: "REGISTRATION_CLOSED",
      });
    }
    await orgdept.run(transition, { id: activityId, to: "REGISTRATION_CLOSED" });
    const judges = await orgdept.run<{ judgeCandidates: { id: string; displayName: string }[] }>(
      `{ judgeCandidates { id displayName organizationName } }`,
    );
    expect(judges.judgeCandidates).toHaveLength(5);
    for (const username of ["publicity", "unit", "judge"]) {
      await refusedWith(
        await scenario.as(username),
        "FORBIDDEN",
        `mutation($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id } }`,
        { r: roundId, c: categoryId, j: judges.judgeCandidates.map((judge) => judge.id) },
      );
    }
    await orgdept.run(
      `mutation($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id } }`,
      { r: roundId, c: categoryId, j: judges.judgeCandidates.map((judge) => judge.id) },
    );
    const assigned = await orgdept.run<{ assignJudgesBalanced: { registrationId: string; judgeName: string }[] }>(
      `mutation($r: ID!, $c: ID!) { assignJudgesBalanced(roundId: $r, categoryId: $c) { registrationId judgeName } }`,
      { r: roundId, c: categoryId },
    );
    // 4 projects × 4 experts = 16 assignments, four per project.
    expect(assigned.assignJudgesBalanced).toHaveLength(16);
    for (const id of Object.values(project)) {
      expect(assigned.assignJudgesBalanced.filter((row) => row.registrationId === id)).toHaveLength(4);
    }
    // The judge from 凌海市 is never given 凌海市's project B: B is judged by the other four.
    const onB = assigned.assignJudgesBalanced
      .filter((row) => row.registrationId === project.b)
      .map((row) => row.judgeName);
    expect(onB.some((name) => name.includes("凌海市"))).toBe(false);
    // Balanced: 16 over five judges, fewest first → 3 or 4 each.
    const perJudge = new Map<string, number>();
    for (const row of assigned.assignJudgesBalanced)
      perJudge.set(row.judgeName, (perJudge.get(row.judgeName) ?? 0) + 1);
    expect([...perJudge.values()].every((count) => count === 3 || count === 4)).toBe(true);
    // Assigning the 凌海市 judge to B by hand is refused for the conflict of interest.
    const lingHai = judges.judgeCandidates.find((judge) => judge.displayName.includes("凌海市"));
    const others = judges.judgeCandidates.filter((judge) => judge !== lingHai).slice(0, 3);
    const conflict = await orgdept.refused(
      `mutation($r: ID!, $a: [JudgeAssignmentInput!]!) { assignJudges(roundId: $r, assignments: $a) { id } }`,
      {
        r: roundId,
        a: [{ registrationId: project.b, judgeUserIds: [lingHai?.id, ...others.map((judge) => judge.id)] }],
      },
    );
    expect(conflict.code).toBe("JUDGE_ASSIGNMENT_REFUSED");
    expect(conflict.message).toContain("回避");
    await orgdept.run(transition, { id: activityId, to: "JUDGING" });
  });

  it("the experts score by criteria; the 凌海市 judge cannot see project B or its documents", async () => {
    at("2015-11-25T09:00");
    // Each project's four expert totals (whichever four experts were assigned; the mean does not
    // depend on who gave which):
    //   A: 85, 88, 90, 93 → 356 ÷ 4 = 89
    //   B: 92, 94, 95, 97 → 378 ÷ 4 = 94.5
    //   C: 86, 88, 90, 92 → 356 ÷ 4 = 89
    //   D: 83, 85, 85, 87 → 340 ÷ 4 = 85
    // (4 judges < 5: the trimmed mean drops nothing, DOMAIN.md.)
    const totals: Record<string, number[]> = {
      [project.a]: [85, 88, 90, 93],
      [project.b]: [92, 94, 95, 97],
      [project.c]: [86, 88, 90, 92],
      [project.d]: [83, 85, 85, 87],
    };
    const next = new Map<string, number>();
    for (const username of ["judge", "judge2", "judge3", "judge4", "judge5"]) {
      const judge = await scenario.as(username);
      const mine = await judge.run<{
        myJudgeAssignments: { id: string; entry: { registrationId: string; name: string; memberNames: string[] } }[];
      }>(
        `query($a: ID) { myJudgeAssignments(activityId: $a) { id entry { registrationId name memberNames categoryName } } }`,
        { a: activityId },
      );
      if (username === "judge") {
        expect(mine.myJudgeAssignments.map((row) => row.entry.registrationId)).not.toContain(project.b);
        // Nor can the judge open B or its documents: they look absent.
        const asked = await judge.run<{ Registration: unknown }>(
          `query($id: ID!) { Registration(id: $id) { id name } }`,
          {
            id: project.b,
          },
        );
        expect(asked.Registration).toBeNull();
        expect((await judge.download(documents.b ?? "")).status).toBe(404);
      }
      if (username === "judge2") {
        // A score above a criterion's maximum (创新性 out of 30) is refused, nothing is written.
        const over = await judge.refused(
          `mutation($id: ID!, $s: [CriterionScoreInput!]!) { submitScore(assignmentId: $id, scores: $s, idempotencyKey: "over") { state } }`,
          {
            id: mine.myJudgeAssignments[0]?.id,
            s: sheetFor(80).map((row) => (row.criterionKey === "novelty" ? { ...row, score: "31" } : row)),
          },
        );
        expect(over.code).toBe("SCORE_SHEET_REFUSED");
        expect(over.message).toContain("30");
      }
      for (const assignment of mine.myJudgeAssignments) {
        // An assigned judge may read the project's documents.
        expect(
          (
            await judge.download(
              documents[Object.entries(project).find(([, id]) => id === assignment.entry.registrationId)?.[0] ?? ""] ??
                "",
            )
          ).status,
        ).toBe(200);
        const index = next.get(assignment.entry.registrationId) ?? 0;
        next.set(assignment.entry.registrationId, index + 1);
        const total = totals[assignment.entry.registrationId]?.[index] as number;
        const sheet = await judge.run<{ submitScore: { state: string; total: string } }>(
          `mutation($id: ID!, $s: [CriterionScoreInput!]!, $k: String!) { submitScore(assignmentId: $id, scores: $s, idempotencyKey: $k) { state total } }`,
          { id: assignment.id, s: sheetFor(total), k: `${username}-${assignment.id}` },
        );
        expect(sheet.submitScore).toEqual({ state: "LOCKED", total: String(total) });
        if (username === "judge3") {
          // A retry of the same press (same key) answers with the locked sheet and writes nothing,
          // even with other numbers in it.
          const retried = await judge.run<{ submitScore: { state: string; total: string } }>(
            `mutation($id: ID!, $s: [CriterionScoreInput!]!, $k: String!) { submitScore(assignmentId: $id, scores: $s, idempotencyKey: $k) { state total } }`,
            { id: assignment.id, s: sheetFor(60), k: `${username}-${assignment.id}` },
          );
          expect(retried.submitScore).toEqual({ state: "LOCKED", total: String(total) });
        }
      }
    }
    // A submitted sheet is locked: sending it again under a new key is refused.
    const judge2 = await scenario.as("judge2");
    const one = (
      await judge2.run<{ myJudgeAssignments: { id: string }[] }>(
        `query($a: ID) { myJudgeAssignments(activityId: $a) { id } }`,
        { a: activityId },
      )
    ).myJudgeAssignments[0];
    const locked = await judge2.refused(
      `mutation($id: ID!, $s: [CriterionScoreInput!]!) { submitScore(assignmentId: $id, scores: $s, idempotencyKey: "again") { state } }`,
      { id: one?.id, s: sheetFor(50) },
    );
    expect(locked.code).toBe("SCORE_SHEET_REFUSED");
  });

  it("the round closes and the awards follow the ranking: 1, 2, 2, 4", async () => {
    at("2015-12-01T09:00");
    const orgdept = await scenario.as("orgdept");
    // Another department, a unit or a judge cannot close the round or compute the results.
    for (const username of ["publicity", "unit", "judge"]) {
      const client = await scenario.as(username);
      await refusedWith(client, "FORBIDDEN", `mutation($r: ID!) { closeRound(roundId: $r) { id } }`, { r: roundId });
      await refusedWith(client, "FORBIDDEN", `mutation($a: ID!) { computeResults(activityId: $a) { resultCount } }`, {
        a: activityId,
      });
    }
    await orgdept.run(`mutation($r: ID!) { closeRound(roundId: $r) { id closed } }`, { r: roundId });
    const computed = await orgdept.run<{ computeResults: { resultCount: number; blockingTies: unknown[] } }>(
      `mutation($a: ID!) { computeResults(activityId: $a) { resultCount blockingTies { code message } warnings { code message } } }`,
      { a: activityId },
    );
    expect(computed.computeResults).toMatchObject({ resultCount: 4, blockingTies: [] });
    const results = await orgdept.run<{
      allResults: {
        registrationId: number;
        entrantName: string;
        total: string;
        totalText: string;
        place: number;
        placeLabel: string;
        sharedPlace: boolean;
        explanation: string;
        award: { names: string[] };
      }[];
    }>(
      `query($a: ID!) { allResults(filter: { activityId: $a, trackKey: "CITY" }, sortField: "place", sortOrder: "ASC") {
        registrationId entrantName total totalText place placeLabel sharedPlace explanation award { names } } }`,
      { a: activityId },
    );
    // One round weighted 100 %, out of 100: the total is the experts' mean.
    //   B 94.5 → 1st, 一等奖
    //   A 89 and C 89: equal totals, and equal on the tie-break (the untrimmed mean is the same 89) →
    //     a shared 2nd place; the second prize covers places 2–3, so both get 二等奖
    //   D 85 → place 4 (place 3 is skipped), the third prize covers place 4 → 三等奖
    const rows = results.allResults.map((row) => [
      String(row.registrationId),
      row.total,
      row.totalText,
      row.placeLabel,
      row.award.names,
    ]);
    expect(rows[0]).toEqual([project.b, "189/2", "94.50", "第 1 名", ["一等奖"]]);
    expect(
      rows
        .slice(1, 3)
        .map((row) => row[0])
        .sort(),
    ).toEqual([project.a, project.c].sort());
    for (const row of rows.slice(1, 3)) expect(row.slice(1)).toEqual(["89", "89.00", "并列第 2 名", ["二等奖"]]);
    expect(rows[3]).toEqual([project.d, "85", "85.00", "第 4 名", ["三等奖"]]);
    // The explanation (名次说明) names the tie and the tie-break that could not separate it.
    const explanation = Object.fromEntries(
      results.allResults.map((row) => [String(row.registrationId), row.explanation]),
    );
    expect(explanation[project.a]).toBe(`与 ${titles.c} 总分相同，专家评审全体评委平均分也相同，并列第 2 名`);
    expect(explanation[project.d]).toBe("总分 85.00，列第 4 名");
    // Before the notice the public and the declarants see nothing of it.
    const publicView = await scenario.public.run<{ allResults: unknown[] }>(
      `query($a: ID!) { allResults(filter: { activityId: $a }) { id } }`,
      { a: activityId },
    );
    expect(publicView.allResults).toEqual([]);
    const unpublished = await scenario.public.run<{ publicNotice: unknown; publishedActivities: { code: string }[] }>(
      `query($a: ID!) { publicNotice(activityId: $a) { id } publishedActivities(year: 2015) { code } }`,
      { a: activityId },
    );
    expect(unpublished.publicNotice).toBeNull();
    expect(unpublished.publishedActivities.map((row) => row.code)).not.toContain("JZ-2015-CXJ");
    const workerView = await (await scenario.as("worker")).run<{ myResults: unknown[] }>(
      `{ myResults { activityName } }`,
    );
    expect(workerView.myResults).toEqual([]);
    await refusedWith(
      scenario.public,
      "OBJECTION_REFUSED",
      `mutation($a: ID!, $e: ID!) { fileObjection(activityId: $a, entryId: $e, content: "异议", contactName: "王", otherContact: "微信 wang2015") { id } }`,
      { a: activityId, e: project.a },
    );
  });

  it("public notice, a dismissed objection and a late one, finalization, certificates", async () => {
    at("2015-12-02T10:00");
    const orgdept = await scenario.as("orgdept");
    // Published Wednesday 12月2日: Thu 3, Fri 4, Mon 7, Tue 8, Wed 9 → ends 12月9日.
    const notice = await orgdept.run<{
      publishResultsForNotice: { firstDay: string; endDate: string; description: string };
    }>(`mutation($a: ID!) { publishResultsForNotice(activityId: $a) { firstDay endDate description } }`, {
      a: activityId,
    });
    expect(notice.publishResultsForNotice).toEqual({
      firstDay: "2015-12-03",
      endDate: "2015-12-09",
      description: "公示期：2015年12月3日至2015年12月9日（5 个工作日）",
    });
    // Now the public finds it among the activities with results.
    const listed = await scenario.public.run<{ publishedActivities: { code: string; stateLabel: string }[] }>(
      `{ publishedActivities(year: 2015) { code stateLabel } }`,
    );
    expect(listed.publishedActivities).toContainEqual({ code: "JZ-2015-CXJ", stateLabel: "结果公示" });
    const objection = `mutation($a: ID!, $e: ID!, $c: String!) {
      fileObjection(activityId: $a, entryId: $e, content: $c, contactName: "刘先生", contactPhone: "0416-1234567") { id status late filedOn }
    }`;
    at("2015-12-04T10:00");
    const first = await scenario.public.run<{ fileObjection: { id: string; late: boolean } }>(objection, {
      a: activityId,
      e: project.d,
      c: "商场客流引导项目与去年某区获奖项目相似，请核查",
    });
    expect(first.fileObjection.late).toBe(false);
    const list = async () =>
      (
        await (
          await scenario.as("orgdept")
        ).run<{ allObjections: { id: string; version: number; late: boolean }[] }>(
          `query($a: ID!) { allObjections(filter: { activityId: $a, status: OPEN }) { id version late } }`,
          { a: activityId },
        )
      ).allObjections;
    const dismiss = async (row: { id: string; version: number }, text: string) =>
      (await scenario.as("orgdept")).run(
        `mutation($id: ID!, $v: Int!, $t: String!) { resolveObjection(id: $id, version: $v, outcome: DISMISSED, text: $t) { id status } }`,
        { id: row.id, v: row.version, t: text },
      );
    const [open] = await list();
    if (!open) throw new Error("the objection is open");
    await dismiss(open, "经专家复核，两项目技术路线不同，异议不成立");
    // After the end of the notice (12月9日) an objection is still accepted, flagged late, and must
    // be resolved before the results become final.
    at("2015-12-10T09:00");
    const late = await scenario.public.run<{ fileObjection: { late: boolean; filedOn: string } }>(objection, {
      a: activityId,
      e: project.a,
      c: "节能灶改造的节气数据请公开",
    });
    expect(late.fileObjection).toMatchObject({ late: true, filedOn: "2015-12-10" });
    const blocked = await (await scenario.as("orgdept")).refused(
      `mutation($a: ID!) { finalizeResults(activityId: $a) { id } }`,
      { a: activityId },
    );
    expect(blocked.code).toBe("ACTIVITY_TRANSITION_REFUSED");
    const [lateOpen] = await list();
    expect(lateOpen?.late).toBe(true);
    if (!lateOpen) throw new Error("the late objection is open");
    await dismiss(lateOpen, "节气数据已在申报材料中列明，异议不成立");
    const final = await (await scenario.as("orgdept")).run<{ finalizeResults: { state: string } }>(
      `mutation($a: ID!) { finalizeResults(activityId: $a) { id state } }`,
      { a: activityId },
    );
    expect(final.finalizeResults.state).toBe("FINAL");

    const issued = await (await scenario.as("orgdept")).run<{
      issueCertificates: {
        number: string;
        kind: string;
        registrationId: number;
        recipientName: string;
        awardName: string;
        downloadPath: string;
        id: string;
      }[];
    }>(
      `mutation($a: ID!) { issueCertificates(activityId: $a) { id number kind registrationId recipientName awardName citation downloadPath } }`,
      { a: activityId },
    );
    // Award certificates only (no participation certificates in this template): B first prize,
    // then A and C second, then D third.
    expect(issued.issueCertificates.map((c) => c.awardName)).toEqual(["一等奖", "二等奖", "二等奖", "三等奖"]);
    expect(String(issued.issueCertificates[0]?.registrationId)).toBe(project.b);
    expect(issued.issueCertificates.map((c) => c.number)).toEqual([
      "JZ-CXJ-0001",
      "JZ-CXJ-0002",
      "JZ-CXJ-0003",
      "JZ-CXJ-0004",
    ]);
    // The whole activity's certificates are 组织部's and the admin's.
    expect(
      (await (await scenario.as("worker")).download(`/files/activities/${activityId}/certificates.pdf`)).status,
    ).toBe(403);
    expect((await scenario.public.download(`/files/activities/${activityId}/certificates.pdf`)).status).toBe(401);
    const all = await (await scenario.as("orgdept")).download(`/files/activities/${activityId}/certificates.pdf`);
    expect(all.status).toBe(200);
    const bytes = Buffer.from(await all.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPageCount(bytes)).toBe(4);
    // The demo worker (project A's leader) downloads A's certificate; D's is not theirs.
    const worker = await scenario.as("worker");
    const mine = await worker.run<{ myCertificates: { downloadPath: string; awardName: string }[] }>(
      `{ myCertificates { number awardName downloadPath } }`,
    );
    expect(mine.myCertificates.map((c) => c.awardName)).toEqual(["二等奖"]);
    // Now published: the worker sees their result, the public the list.
    const myResults = await worker.run<{ myResults: { placeLabel: string; award: { names: string[] } }[] }>(
      `{ myResults { activityName placeLabel award { names } } }`,
    );
    expect(myResults.myResults).toEqual([
      { activityName: "2015年度职工创新工作奖", placeLabel: "并列第 2 名", award: { names: ["二等奖"] } },
    ]);
    const own = await worker.download(mine.myCertificates[0]?.downloadPath ?? "");
    expect(own.status).toBe(200);
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    const d = issued.issueCertificates.find((c) => String(c.registrationId) === project.d);
    expect((await worker.download(d?.downloadPath ?? "")).status).toBe(404);

    // The results as Excel: 组织部 gets the sheet, a worker does not.
    const sheet = await (await scenario.as("orgdept")).download(`/files/activities/${activityId}/results.xlsx`);
    expect(sheet.status).toBe(200);
    expect(
      Buffer.from(await sheet.arrayBuffer())
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");
    expect((await worker.download(`/files/activities/${activityId}/results.xlsx`)).status).toBe(403);

    // The audit log (admin) shows the key steps.
    const audit = await (await scenario.as("admin")).run<{ allAuditEntries: { action: string }[] }>(
      `query($f: AuditEntryFilter) { allAuditEntries(filter: $f, perPage: 200) { action } }`,
      { f: { activityId } },
    );
    const actions = new Set(audit.allAuditEntries.map((row) => row.action));
    for (const action of [
      "PROJECT_DECLARE",
      "ATTACHMENT_UPLOAD",
      "REGISTRATION_APPROVE",
      "REGISTRATION_RETURN",
      "REGISTRATION_RESUBMIT",
      "JUDGE_ASSIGN",
      "SCORE_SUBMIT",
      "ROUND_CLOSE",
      "PUBLIC_NOTICE_PUBLISH",
      "ACTIVITY_TRANSITION",
    ]) {
      expect(actions, action).toContain(action);
    }
    // 4 projects × 4 experts = 16 sheets, each written once (the retried key added nothing).
    expect(audit.allAuditEntries.filter((row) => row.action === "SCORE_SUBMIT")).toHaveLength(16);
  });
});
