import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import {
  accountsFor,
  createCandidates,
  createFixtureActivity,
  grassrootsUnder,
  pairCategory,
} from "../test/nomination-fixtures.ts";

const registerMutation = `mutation($a: ID!, $c: String!, $key: String!, $partner: ID, $team: TeamInput) {
  register(activityId: $a, categoryKey: $c, idempotencyKey: $key, partnerWorkerId: $partner, team: $team) {
    id state entrantType channel name members { workerId name isLeader } } }`;

interface Registered {
  register: {
    id: string;
    state: string;
    entrantType: string;
    channel: string;
    name: string | null;
    members: { workerId: string; name: string; isLeader: boolean }[];
  } | null;
}

describe.each(testProviders())("pairs, teams and projects (%s)", (provider) => {
  let api: ApiHarness;
  let unionId: number;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    unionId = (await grassrootsUnder(api.server.database.prisma, "JZ-GT")).id;
  }, 120_000);
  afterAll(() => api?.close());

  async function doublesActivity(code: string) {
    return createFixtureActivity(api.server.database.prisma, {
      code,
      kind: "TOURNAMENT",
      categories: [
        pairCategory("DOUBLES", "双打"),
        {
          ...pairCategory("TRIO", "三人团体"),
          entrant: { type: "TEAM", members: { min: 3, max: 3 } },
        },
      ],
      approvalLevels: ["UNIT"],
    });
  }

  it("registers a pair with a partner found by name (masked ID only), each member checked", async () => {
    const prisma = api.server.database.prisma;
    const activity = await doublesActivity(`PAIR-${provider}`);
    const [me, partner] = (await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `搭档${provider}`,
      specs: [{ gender: "MALE" }, { gender: "FEMALE" }],
    })) as [number, number];
    const [token] = await accountsFor(api, [me]);

    const lookup = await api.graphql<{
      partnerLookup: { workerId: string; name: string; maskedIdNumber: string; organizationName: string }[];
    }>(
      `query($n: String!) { partnerLookup(name: $n) { workerId name maskedIdNumber organizationName } }`,
      { n: `搭档${provider}2` },
      token,
    );
    const found = lookup.data?.partnerLookup ?? [];
    expect(found.map((worker) => worker.name)).toEqual([`搭档${provider}2`]);
    const partnerRow = await prisma.worker.findUniqueOrThrow({ where: { id: partner } });
    expect(found[0]?.maskedIdNumber).toBe(`${partnerRow.idNumber.slice(0, 6)}********${partnerRow.idNumber.slice(-4)}`);
    expect(JSON.stringify(lookup)).not.toContain(partnerRow.idNumber);
    const tooShort = await api.graphql(`query { partnerLookup(name: "搭") { name } }`, {}, token);
    expect(tooShort.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");

    // Each member is checked: a partner who is not a union member is refused with her own reason.
    const [outsider] = await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `非会员${provider}`,
      specs: [{ gender: "FEMALE" }],
    });
    await prisma.worker.update({ where: { id: outsider }, data: { memberCardNumber: null } });
    const notMember = await api.graphql(
      registerMutation,
      { a: activity.id, c: "DOUBLES", key: "nm", partner: outsider },
      token,
    );
    expect(notMember.errors?.[0]?.extensions?.code).toBe("NOT_ELIGIBLE");
    expect(notMember.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        field: "members[1]",
        code: "UNION_MEMBERSHIP_REQUIRED",
        message: `非会员${provider}1：本项目仅限工会会员参加，系统中没有该职工的工会会员登记，请联系所在单位工会核实`,
      },
    ]);

    const alone = await api.graphql(registerMutation, { a: activity.id, c: "DOUBLES", key: "alone" }, token);
    expect(alone.errors?.[0]?.message).toBe("该组别须组队报名，请选择搭档或填写队员");

    const answer = await api.graphql<Registered>(
      registerMutation,
      { a: activity.id, c: "DOUBLES", key: "pair", partner: found[0]?.workerId },
      token,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.register).toMatchObject({
      state: "PENDING_UNIT",
      entrantType: "TEAM",
      channel: "SELF_REGISTRATION",
    });
    expect(answer.data?.register?.members.map((member) => [Number(member.workerId), member.isLeader])).toEqual([
      [me, true],
      [partner, false],
    ]);
    const keys = await prisma.registrationMember.findMany({
      where: { registration: { activityId: activity.id } },
      orderBy: { sortOrder: "asc" },
    });
    const category = activity.categories.find((row) => row.key === "DOUBLES");
    expect(keys.map((member) => member.liveKey)).toEqual([
      `category:${category?.id}:worker:${me}`,
      `category:${category?.id}:worker:${partner}`,
    ]);
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "REGISTRATION_CREATE" } })).toBe(
      1,
    );

    // The registrant (队长) acts for the pair: the partner may not withdraw it, the registrant may,
    // and withdrawing frees both players to enter again.
    const [partnerToken] = await accountsFor(api, [partner]);
    const withdraw = `mutation($id: ID!) { withdrawRegistration(id: $id) { id state } }`;
    const id = answer.data?.register?.id;
    const byPartner = await api.graphql(withdraw, { id }, partnerToken);
    expect(byPartner.errors?.[0]?.extensions?.code).toBe("WITHDRAWAL_REFUSED");
    const byRegistrant = await api.graphql<{ withdrawRegistration: { state: string } }>(withdraw, { id }, token);
    expect(byRegistrant.errors).toBeUndefined();
    expect(byRegistrant.data?.withdrawRegistration.state).toBe("WITHDRAWN");
    const freed = await prisma.registrationMember.findMany({ where: { registrationId: Number(id) } });
    expect(freed.map((member) => member.liveKey)).toEqual([null, null]);
  });

  it("lands exactly one of two simultaneous pairs naming the same partner", async () => {
    const prisma = api.server.database.prisma;
    const activity = await doublesActivity(`RACE-${provider}`);
    // Six workers each ask the same partner at the same moment.
    const workers = await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `争抢${provider}`,
      specs: [{ gender: "FEMALE" }, ...Array.from({ length: 6 }, () => ({ gender: "MALE" as const }))],
    });
    const shared = workers[0] as number;
    const tokens = await accountsFor(api, workers.slice(1));
    const answers = await Promise.all(
      tokens.map((token, index) =>
        api.graphql<Registered>(
          registerMutation,
          { a: activity.id, c: "DOUBLES", key: `race-${index}`, partner: shared },
          token,
        ),
      ),
    );
    expect(answers.filter((answer) => answer.data?.register)).toHaveLength(1);
    const losers = answers.filter((answer) => answer.errors);
    expect(losers).toHaveLength(5);
    for (const loser of losers) {
      expect(loser.errors?.[0]?.extensions?.code).toBe("ALREADY_REGISTERED");
      expect(loser.errors?.[0]?.message).toBe(`争抢${provider}1已报名“双打”（待单位审核），不能重复报名`);
    }
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(1);
    expect(await prisma.registrationMember.count({ where: { workerId: shared } })).toBe(1);
  });

  it("lands one of two workers who name each other at the same moment, never deadlocking", async () => {
    const prisma = api.server.database.prisma;
    const activity = await doublesActivity(`CROSS-${provider}`);
    const [a, b] = (await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `互选${provider}`,
      specs: [{ gender: "MALE" }, { gender: "FEMALE" }],
    })) as [number, number];
    const [tokenA, tokenB] = (await accountsFor(api, [a, b])) as [string, string];
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all([
        api.graphql<Registered>(
          registerMutation,
          { a: activity.id, c: "DOUBLES", key: `a${round}`, partner: b },
          tokenA,
        ),
        api.graphql<Registered>(
          registerMutation,
          { a: activity.id, c: "DOUBLES", key: `b${round}`, partner: a },
          tokenB,
        ),
      ]);
      const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? "OK").sort();
      expect(codes).toEqual(round === 0 ? ["ALREADY_REGISTERED", "OK"] : ["ALREADY_REGISTERED", "ALREADY_REGISTERED"]);
    }
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it("registers a worker's team with a leader and refuses a team of the wrong size", async () => {
    const prisma = api.server.database.prisma;
    const activity = await doublesActivity(`TRIO-${provider}`);
    const [me, second, third] = (await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `团体${provider}`,
      specs: [{ gender: "MALE" }, { gender: "FEMALE" }, { gender: "MALE" }],
    })) as [number, number, number];
    const [token] = await accountsFor(api, [me]);
    const tooSmall = await api.graphql(
      registerMutation,
      { a: activity.id, c: "TRIO", key: "small", team: { name: "钳工一队", memberWorkerIds: [second] } },
      token,
    );
    expect(tooSmall.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(tooSmall.errors?.[0]?.message).toBe("“三人团体”每份报名须有 3 人，现有 2 人");
    const team = await api.graphql<Registered>(
      registerMutation,
      {
        a: activity.id,
        c: "TRIO",
        key: "trio",
        team: { name: "钳工一队", memberWorkerIds: [second, third], leaderWorkerId: second },
      },
      token,
    );
    expect(team.errors).toBeUndefined();
    expect(team.data?.register?.name).toBe("钳工一队");
    expect(team.data?.register?.members.map((member) => [Number(member.workerId), member.isLeader])).toEqual([
      [me, false],
      [second, true],
      [third, false],
    ]);
  });

  it("lets a unit admin enrol a choir team of their subtree, and nobody else's", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createFixtureActivity(prisma, { code: `CHOIR-${provider}`, kind: "PERFORMANCE_CONTEST" });
    const singers = await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `合唱${provider}`,
      specs: [{ gender: "FEMALE" }, { gender: "FEMALE" }, { gender: "MALE" }, { gender: "MALE" }],
    });
    const elsewhere = await grassrootsUnder(prisma, "JZ-LH");
    const [stranger] = await createCandidates(prisma, {
      organizationId: elsewhere.id,
      prefix: `外区${provider}`,
      specs: [{ gender: "MALE" }],
    });
    const enrolMutation = `mutation($a: ID!, $ids: [ID!], $leader: ID, $name: String, $key: String!) {
      enrol(activityId: $a, categoryKey: "CHOIR", workerIds: $ids, leaderWorkerId: $leader, name: $name, idempotencyKey: $key) {
        id state channel entrantType name organizationId members { workerId isLeader } } }`;
    const unit = await api.tokenFor("unit");

    const outside = await api.graphql(
      enrolMutation,
      { a: activity.id, ids: [...singers, stranger], name: "合唱团", key: "x" },
      unit,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const byWorker = await api.graphql(
      enrolMutation,
      { a: activity.id, ids: singers, name: "合唱团", key: "w" },
      await api.tokenFor("worker"),
    );
    expect(byWorker.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noName = await api.graphql(enrolMutation, { a: activity.id, ids: singers, key: "n" }, unit);
    expect(noName.errors?.[0]?.message).toBe("请填写队伍名称");

    const enrolled = await api.graphql<{
      enrol: {
        state: string;
        channel: string;
        entrantType: string;
        name: string;
        organizationId: string;
        members: { workerId: string; isLeader: boolean }[];
      };
    }>(
      enrolMutation,
      { a: activity.id, ids: singers, leader: singers[1], name: "华辰精密职工合唱团", key: "choir" },
      unit,
    );
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data?.enrol).toMatchObject({
      state: "PENDING_UNIT",
      channel: "UNIT_NOMINATION",
      entrantType: "TEAM",
      name: "华辰精密职工合唱团",
      organizationId: String(unionId),
    });
    expect(
      enrolled.data?.enrol.members.filter((member) => member.isLeader).map((member) => Number(member.workerId)),
    ).toEqual([singers[1]]);
    expect(enrolled.data?.enrol.members).toHaveLength(4);
    // A singer already in a choir cannot be enrolled in a second one in the same category.
    const again = await api.graphql(
      enrolMutation,
      { a: activity.id, ids: singers.slice(0, 2), name: "二团", key: "again" },
      unit,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("ALREADY_REGISTERED");
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "ENROL" } })).toBe(1);
  });

  it("lets a worker declare an innovation project with co-authors", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createFixtureActivity(prisma, { code: `INNO-${provider}`, kind: "INNOVATION_AWARD" });
    const [me, coAuthor] = (await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `创新${provider}`,
      specs: [{ gender: "MALE", position: "TECHNICAL" }, { gender: "FEMALE" }],
    })) as [number, number];
    const [token] = await accountsFor(api, [me]);
    const declare = `mutation($a: ID!, $t: String!, $s: String!, $authors: [ID!], $key: String!) {
      declareProject(activityId: $a, title: $t, summary: $s, authorWorkerIds: $authors, idempotencyKey: $key) {
        id entrantType name state projectSummary members { workerId isLeader } } }`;
    const noSummary = await api.graphql(declare, { a: activity.id, t: "数控刀具寿命预测", s: " ", key: "p0" }, token);
    expect(noSummary.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    const declared = await api.graphql<{
      declareProject: {
        id: string;
        entrantType: string;
        name: string;
        members: { workerId: string; isLeader: boolean }[];
      };
    }>(
      declare,
      {
        a: activity.id,
        t: "数控刀具寿命预测",
        s: "用切削声音判断刀具磨损，年节约刀具费用 12.5 万元",
        authors: [coAuthor],
        key: "p1",
      },
      token,
    );
    expect(declared.errors).toBeUndefined();
    expect(declared.data?.declareProject).toMatchObject({
      entrantType: "PROJECT",
      name: "数控刀具寿命预测",
      projectSummary: "用切削声音判断刀具磨损，年节约刀具费用 12.5 万元",
    });
    expect(declared.data?.declareProject.members.map((member) => [Number(member.workerId), member.isLeader])).toEqual([
      [me, true],
      [coAuthor, false],
    ]);
    const row = await prisma.registration.findUniqueOrThrow({
      where: { id: Number(declared.data?.declareProject.id) },
    });
    expect(row.details).toEqual({ summary: "用切削声音判断刀具磨损，年节约刀具费用 12.5 万元" });
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "PROJECT_DECLARE" } })).toBe(1);

    // The innovation award asks for at least one document: the project is not approved without it.
    const review = `mutation($id: ID!) { reviewRegistration(id: $id, action: APPROVE) { id state } }`;
    const unit = await api.tokenFor("unit");
    const projectId = declared.data?.declareProject.id;
    const withoutReport = await api.graphql(review, { id: projectId }, unit);
    expect(withoutReport.errors?.[0]?.extensions?.code).toBe("REVIEW_REFUSED");
    expect(withoutReport.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        field: "attachments",
        code: "ATTACHMENTS_MISSING",
        message: "须上传至少 1 份材料（现有 0 份），补齐后才能审核通过",
      },
    ]);
    await prisma.attachment.create({
      data: {
        kind: "PROJECT_DOCUMENT",
        fileName: "项目报告.pdf",
        contentType: "application/pdf",
        size: 1024,
        storageKey: `test-${provider}-report`,
        sha256: "0".repeat(64),
        registrationId: Number(projectId),
        uploadedById: (await prisma.user.findFirstOrThrow({ where: { workerId: me } })).id,
      },
    });
    const withReport = await api.graphql<{ reviewRegistration: { state: string } }>(review, { id: projectId }, unit);
    expect(withReport.errors).toBeUndefined();
    expect(withReport.data?.reviewRegistration.state).not.toBe("PENDING_UNIT");
  });
});
