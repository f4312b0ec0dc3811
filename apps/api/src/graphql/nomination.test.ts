import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import {
  createCandidates,
  createFixtureActivity,
  grassrootsUnder,
  organizationByCode,
} from "../test/nomination-fixtures.ts";

const nominateMutation = `mutation($activityId: ID!, $workerId: ID!, $key: String!) {
  nominate(activityId: $activityId, workerId: $workerId, idempotencyKey: $key) {
    id state name usedPlaces remainingPlaces
    composition { listSize acceptable limits { limitKey count listSize shareText requiredCount holds coveredByOverride overrideReason } }
  } }`;

interface Nominated {
  nominate: {
    id: string;
    state: string;
    name: string;
    usedPlaces: number;
    remainingPlaces: number;
    composition: {
      listSize: number;
      acceptable: boolean;
      limits: {
        limitKey: string;
        count: number;
        listSize: number;
        shareText: string;
        requiredCount: number;
        holds: boolean;
        coveredByOverride: boolean;
        overrideReason: string | null;
      }[];
    };
  } | null;
}

const allocateMutation = `mutation($activityId: ID!, $total: Int, $organizations: [QuotaOrganizationInput!]!) {
  allocateQuotas(activityId: $activityId, total: $total, organizations: $organizations) { total } }`;

describe.each(testProviders())("nominations within quotas (%s)", (provider) => {
  let api: ApiHarness;
  let organizer: string;
  let unit: string;
  let gutaId: number;
  let unionId: number;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    organizer = await api.tokenFor("organizer");
    unit = await api.tokenFor("unit");
    const prisma = api.server.database.prisma;
    gutaId = (await organizationByCode(prisma, "JZ-GT")).id;
    unionId = (await grassrootsUnder(prisma, "JZ-GT")).id;
  }, 120_000);
  afterAll(() => api?.close());

  /** A model-worker selection with 5 places for 古塔区 (one organization: its whole total). */
  async function activityWithQuota(code: string, compositionLimits?: []) {
    const prisma = api.server.database.prisma;
    const activity = await createFixtureActivity(prisma, {
      code,
      kind: "MODEL_WORKER_SELECTION",
      ...(compositionLimits ? { compositionLimits } : {}),
    });
    const allocated = await api.graphql(
      allocateMutation,
      { activityId: activity.id, total: 5, organizations: [{ organizationId: gutaId, weight: "1", minimum: 0 }] },
      organizer,
    );
    expect(allocated.errors).toBeUndefined();
    return activity;
  }

  it("nominates up to the quota with the composition shown, refuses a limit broken for good until an override", async () => {
    const prisma = api.server.database.prisma;
    const activity = await activityWithQuota(`NM-${provider}`);
    const [woman, man1, man2, man3, head, woman2] = (await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `候选${provider}`,
      specs: [
        { gender: "FEMALE" },
        { gender: "MALE" },
        { gender: "MALE" },
        { gender: "MALE" },
        { gender: "MALE", position: "ENTERPRISE_HEAD" },
        { gender: "FEMALE" },
      ],
    })) as [number, number, number, number, number, number];
    const nominateAs = (workerId: number, token = unit) =>
      api.graphql<Nominated>(
        nominateMutation,
        { activityId: activity.id, workerId, key: `n-${workerId}-${Date.now()}` },
        token,
      );

    // Four front-line workers, one a woman: places used 1…4 of 5, every limit holds at each step
    // (front-line 100%; heads 0%; women 1/1, 1/2 = 50%, 1/3 = 33.33%, 1/4 = 25% ≥ 20%).
    for (const [index, workerId] of [woman, man1, man2, man3].entries()) {
      const answer = await nominateAs(workerId);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.nominate?.state).toBe("PENDING_UNIT");
      expect(answer.data?.nominate?.usedPlaces).toBe(index + 1);
      expect(answer.data?.nominate?.remainingPlaces).toBe(4 - index);
    }
    const fourth = await api.graphql<{ Nomination: Nominated["nominate"] }>(
      `query($id: ID!) { Nomination(id: $id) { composition { listSize acceptable limits { limitKey shareText holds } } } }`,
      {
        id: (
          await prisma.registration.findFirstOrThrow({ where: { activityId: activity.id }, orderBy: { id: "desc" } })
        ).id,
      },
      unit,
    );
    expect(
      fourth.data?.Nomination?.composition.limits.map((limit) => [limit.limitKey, limit.shareText, limit.holds]),
    ).toEqual([
      ["FRONT_LINE_AND_TECHNICAL", "100.00%", true],
      ["ENTERPRISE_HEADS", "0.00%", true],
      ["WOMEN", "25.00%", true],
    ]);

    // What if the enterprise head were the fifth? Heads 1/5 = 20% > 10% (at most ⌊5 × 10%⌋ = 0), and
    // no place would be left to add others: refused unless the organizer grants an override.
    const whatIf = await api.graphql<{
      nominationWhatIf: {
        allowed: boolean;
        remainingPlaces: number;
        refusals: { code: string; message: string }[];
        changes: { limitKey: string; effect: string; after: { shareText: string; requiredCount: number } }[];
      };
    }>(
      `query($a: ID!, $w: ID!) { nominationWhatIf(activityId: $a, workerId: $w) {
        allowed remainingPlaces refusals { code message } changes { limitKey effect after { shareText requiredCount } } } }`,
      { a: activity.id, w: head },
      unit,
    );
    expect(whatIf.data?.nominationWhatIf.allowed).toBe(false);
    expect(whatIf.data?.nominationWhatIf.remainingPlaces).toBe(1);
    expect(
      whatIf.data?.nominationWhatIf.changes.map((change) => [change.limitKey, change.effect, change.after.shareText]),
    ).toEqual([
      ["FRONT_LINE_AND_TECHNICAL", "HOLDS", "80.00%"],
      ["ENTERPRISE_HEADS", "BREAKS", "20.00%"],
      ["WOMEN", "HOLDS", "20.00%"],
    ]);
    const breach =
      "「企业负责人」应不超过 10%：现有候选人 5 名，其中企业负责人 1 名，占 20.00%；按 5 名计算最多 0 名。剩余名额 0 名已不足以调整到符合要求。";
    expect(whatIf.data?.nominationWhatIf.refusals).toEqual([{ code: "COMPOSITION_SHARE_TOO_HIGH", message: breach }]);

    const refused = await nominateAs(head);
    expect(refused.errors?.[0]?.extensions?.code).toBe("COMPOSITION_LIMIT_BROKEN");
    expect(refused.errors?.[0]?.message).toBe(`推荐后名单不符合比例要求，须经主办部门批准破例：${breach}`);
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(4);

    // A unit admin cannot excuse their own list; the organizer grants 1 head of 5 with a reason.
    const overrideMutation = `mutation($a: ID!, $o: ID, $reason: String!) {
      grantCompositionOverride(activityId: $a, organizationId: $o, limitKey: "ENTERPRISE_HEADS",
        acceptedCount: 1, acceptedListSize: 5, reason: $reason) { id limitKey reason grantedByName } }`;
    const selfExcused = await api.graphql(overrideMutation, { a: activity.id, o: gutaId, reason: "自行破例" }, unit);
    expect(selfExcused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const reason = "该同志带领企业扭亏为盈，一线职工联名推荐，经评选委员会研究同意";
    const granted = await api.graphql(overrideMutation, { a: activity.id, o: gutaId, reason }, organizer);
    expect(granted.errors).toBeUndefined();

    const allowed = await nominateAs(head);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.nominate?.remainingPlaces).toBe(0);
    const heads = allowed.data?.nominate?.composition.limits.find((limit) => limit.limitKey === "ENTERPRISE_HEADS");
    expect(heads).toMatchObject({
      count: 1,
      listSize: 5,
      shareText: "20.00%",
      requiredCount: 0,
      holds: false,
      coveredByOverride: true,
      overrideReason: reason,
    });
    expect(allowed.data?.nominate?.composition.acceptable).toBe(true);

    // The quota is used up: a sixth is refused, nothing written.
    const full = await nominateAs(woman2);
    expect(full.errors?.[0]?.extensions?.code).toBe("QUOTA_FULL");
    expect(full.errors?.[0]?.message).toBe("古塔区总工会分配名额 5 名，已推荐 5 名，名额已满，不能再推荐");
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(5);

    // A withdrawn nomination frees its place: withdraw man3, then woman2 fits (heads 1 of 5 again, as
    // accepted; women 2 of 5 = 40%).
    const man3Entry = await prisma.registration.findFirstOrThrow({
      where: { activityId: activity.id, members: { some: { workerId: man3 } } },
    });
    const withdrawn = await api.graphql(
      `mutation($id: ID!, $v: Int) { withdrawRegistration(id: $id, version: $v) { state } }`,
      { id: man3Entry.id, v: man3Entry.version },
      unit,
    );
    expect(withdrawn.errors).toBeUndefined();
    const refilled = await nominateAs(woman2);
    expect(refilled.errors).toBeUndefined();
    expect(refilled.data?.nominate).toMatchObject({ usedPlaces: 5, remainingPlaces: 0 });
    expect(refilled.data?.nominate?.composition.acceptable).toBe(true);

    // The organizer's view: the whole list and 古塔区's list.
    const lists = await api.graphql<{
      nominationComposition: { organizationName: string; listSize: number; acceptable: boolean }[];
    }>(
      `query($a: ID!) { nominationComposition(activityId: $a) { organizationName listSize acceptable } }`,
      { a: activity.id },
      organizer,
    );
    expect(lists.data?.nominationComposition).toEqual([
      // The whole list is not covered: the override was granted for 古塔区's list only.
      { organizationName: "全部推荐名单", listSize: 5, acceptable: false },
      { organizationName: "古塔区总工会", listSize: 5, acceptable: true },
    ]);
    const listed = await api.graphql<{
      allNominations: {
        name: string;
        organizationName: string;
        usedPlaces: number;
        remainingPlaces: number;
        registration: { channel: string };
      }[];
      _allNominationsMeta: { count: number };
    }>(
      `query($a: ID!) { allNominations(filter: { activityId: $a }, sortField: "id") {
          name organizationName usedPlaces remainingPlaces registration { channel citation } }
        _allNominationsMeta(filter: { activityId: $a }) { count } }`,
      { a: activity.id },
      organizer,
    );
    // Six nominations in all, one of them withdrawn (已撤销) and no longer counted.
    expect(listed.data?._allNominationsMeta.count).toBe(6);
    expect(listed.data?.allNominations.map((row) => row.name)).toEqual(
      [1, 2, 3, 4, 5, 6].map((index) => `候选${provider}${index}`),
    );
    expect(listed.data?.allNominations[0]).toMatchObject({
      usedPlaces: 5,
      remainingPlaces: 0,
      registration: { channel: "UNIT_NOMINATION" },
    });
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "NOMINATE" } })).toBe(6);
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "COMPOSITION_OVERRIDE" } })).toBe(
      1,
    );
  });

  it("refuses candidates holding the honour or from a unit with a recent serious accident, with the reasons", async () => {
    const prisma = api.server.database.prisma;
    const activity = await activityWithQuota(`NE-${provider}`, []);
    const accidentUnion = await grassrootsUnder(prisma, "JZ-GT", 1);
    const [honoured, fromAccidentUnit, fromOldAccidentUnit] = (await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `资格${provider}`,
      specs: [
        { gender: "MALE" },
        { gender: "FEMALE", organizationId: accidentUnion.id },
        { gender: "MALE", organizationId: (await grassrootsUnder(prisma, "JZ-GT", 2)).id },
      ],
    })) as [number, number, number];
    await prisma.workerHonour.create({
      data: { workerId: honoured, code: "JZ_MODEL_WORKER", name: "锦州市劳动模范", awardedYear: 2096 },
    });
    // The window counts back three years from the registration deadline 2099-05-10: from 2096-05-10 on.
    await prisma.safetyAccident.create({
      data: { organizationId: accidentUnion.id, occurredOn: "2096-05-10", description: "起重伤害事故" },
    });
    await prisma.safetyAccident.create({
      data: {
        organizationId: (await grassrootsUnder(prisma, "JZ-GT", 2)).id,
        occurredOn: "2096-05-09",
        description: "较早的事故",
      },
    });

    const first = await api.graphql(nominateMutation, { activityId: activity.id, workerId: honoured, key: "h" }, unit);
    expect(first.errors?.[0]?.extensions?.code).toBe("NOT_ELIGIBLE");
    expect(first.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual(["HONOUR_ALREADY_HELD"]);
    expect(first.errors?.[0]?.message).toBe(
      `不符合报名条件：资格${provider}1：该职工已获得“锦州市劳动模范”称号，已获得同一荣誉的不能再参评`,
    );

    const second = await api.graphql(
      nominateMutation,
      { activityId: activity.id, workerId: fromAccidentUnit, key: "a" },
      unit,
    );
    expect(second.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "UNIT_SERIOUS_SAFETY_ACCIDENT",
    ]);
    expect(second.errors?.[0]?.message).toContain(
      "2096年5月10日 发生过重大安全事故，在报名截止日 2099年5月10日 前 3 年内",
    );

    // An accident the day before the window does not count.
    const third = await api.graphql<Nominated>(
      nominateMutation,
      { activityId: activity.id, workerId: fromOldAccidentUnit, key: "o" },
      unit,
    );
    expect(third.errors).toBeUndefined();
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it("refuses a unit admin outside their subtree and roles that do not nominate", async () => {
    const prisma = api.server.database.prisma;
    const activity = await activityWithQuota(`NS-${provider}`, []);
    const elsewhere = await grassrootsUnder(prisma, "JZ-LH");
    const [stranger, own] = (await createCandidates(prisma, {
      organizationId: elsewhere.id,
      prefix: `辖区${provider}`,
      specs: [{ gender: "MALE" }, { gender: "MALE", organizationId: unionId }],
    })) as [number, number];
    const outside = await api.graphql(
      nominateMutation,
      { activityId: activity.id, workerId: stranger, key: "s" },
      unit,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(outside.errors?.[0]?.message).toBe("该职工不存在或不在您管理的范围内");
    for (const username of ["organizer", "worker", "judge"]) {
      const refused = await api.graphql(
        nominateMutation,
        { activityId: activity.id, workerId: own, key: username },
        await api.tokenFor(username),
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(0);
  });

  it("gives exactly 5 places to 20 simultaneous nominations against a quota of 5", async () => {
    const prisma = api.server.database.prisma;
    const activity = await activityWithQuota(`NC-${provider}`, []);
    const candidates = await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `并发候选${provider}`,
      specs: Array.from({ length: 20 }, () => ({ gender: "MALE" as const })),
    });
    const answers = await Promise.all(
      candidates.map((workerId) =>
        api.graphql<Nominated>(nominateMutation, { activityId: activity.id, workerId, key: `c-${workerId}` }, unit),
      ),
    );
    const landed = answers.filter((answer) => answer.data?.nominate);
    expect(landed).toHaveLength(5);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.code === "QUOTA_FULL")).toHaveLength(15);
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(5);
    // Each landed nomination saw the count inside the lock: 1…5 used, in some order.
    expect(landed.map((answer) => answer.data?.nominate?.remainingPlaces).sort()).toContain(0);
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "NOMINATE" } })).toBe(5);
    // Once nominations use the quotas, the split can no longer be redone.
    const again = await api.graphql(
      allocateMutation,
      { activityId: activity.id, total: 6, organizations: [{ organizationId: gutaId, weight: "1", minimum: 0 }] },
      organizer,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("QUOTA_IN_USE");
    expect((await prisma.quota.findFirstOrThrow({ where: { activityId: activity.id } })).allocatedPlaces).toBe(5);
  }, 120_000);

  it("answers 10 simultaneous retries of one nomination for the last place with the same nomination", async () => {
    const prisma = api.server.database.prisma;
    const activity = await activityWithQuota(`NR-${provider}`, []);
    const candidates = await createCandidates(prisma, {
      organizationId: unionId,
      prefix: `重试候选${provider}`,
      specs: Array.from({ length: 5 }, () => ({ gender: "MALE" as const })),
    });
    for (const workerId of candidates.slice(0, 4)) {
      await api.graphql(nominateMutation, { activityId: activity.id, workerId, key: `r-${workerId}` }, unit);
    }
    const last = candidates[4] as number;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.graphql<Nominated>(
          nominateMutation,
          { activityId: activity.id, workerId: last, key: "same-request" },
          unit,
        ),
      ),
    );
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    expect(new Set(answers.map((answer) => answer.data?.nominate?.id)).size).toBe(1);
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(5);
  }, 120_000);
});
