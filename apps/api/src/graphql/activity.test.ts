import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";

const activityFields = `id code name kind state departmentId year version registrationOpensOn registrationClosesOn
  judgingEndsOn completedBy deadlinePhrase configuration department { name }
  categories { key name entrantType capacity sortOrder }
  allowedTransitions { transition to label allowed reasonRequired reasons { code message } }`;

interface ActivityRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  state: string;
  version: number;
  registrationClosesOn: string | null;
  completedBy: string | null;
  configuration: {
    name: string;
    ownerDepartmentCode: string;
    rounds: { weight: string }[];
    categories: { categoryId: string; categoryName: string; capacity: number | null }[];
  };
  department: { name: string };
  categories: { key: string; name: string; entrantType: string; capacity: number | null; sortOrder: number }[];
  allowedTransitions: {
    transition: string;
    to: string;
    label: string;
    allowed: boolean;
    reasonRequired: boolean;
    reasons: { code: string; message: string }[];
  }[];
}

// Dates far ahead, so that "the deadline has passed" never depends on the day the test runs.
const schedule = {
  registrationOpensOn: "2099-04-01",
  registrationClosesOn: "2099-05-10",
  judgingEndsOn: "2099-06-10",
  completedBy: "2099-06-30",
};

describe.each(testProviders())("activities (%s)", (provider) => {
  let api: ApiHarness;
  let productionProtectionId: number;
  let culturePalaceId: number;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    productionProtectionId = (await prisma.department.findUniqueOrThrow({ where: { name: "生产保护部" } })).id;
    culturePalaceId = (await prisma.department.findUniqueOrThrow({ where: { name: "文化宫" } })).id;
    // An organizer of another department, with the demo password.
    const organizer = await prisma.user.findUniqueOrThrow({ where: { username: "organizer" } });
    await prisma.user.create({
      data: {
        username: "organizer-whg",
        passwordHash: organizer.passwordHash,
        displayName: "文化宫 李主任",
        role: "ORGANIZER",
        organizationId: organizer.organizationId,
        departmentId: culturePalaceId,
      },
    });
  });
  afterAll(() => api?.close());

  const create = (variables: Record<string, unknown>, token: string) =>
    api.graphql<{ createActivity: ActivityRow }>(
      `mutation($kind: ActivityKind!, $code: String!, $name: String!, $year: Int!, $departmentId: ID!, $deadlinePhrase: String) {
        createActivity(kind: $kind, code: $code, name: $name, year: $year, departmentId: $departmentId,
          deadlinePhrase: $deadlinePhrase) { ${activityFields} } }`,
      variables,
      token,
    );
  const update = (variables: Record<string, unknown>, token: string) =>
    api.graphql<{ updateActivity: ActivityRow }>(
      `mutation($id: ID!, $version: Int!, $name: String, $configuration: JSON, $registrationOpensOn: String,
          $registrationClosesOn: String, $judgingEndsOn: String, $completedBy: String) {
        updateActivity(id: $id, version: $version, name: $name, configuration: $configuration,
          registrationOpensOn: $registrationOpensOn, registrationClosesOn: $registrationClosesOn,
          judgingEndsOn: $judgingEndsOn, completedBy: $completedBy) { ${activityFields} } }`,
      variables,
      token,
    );
  const transition = (variables: Record<string, unknown>, token: string) =>
    api.graphql<{ transitionActivity: ActivityRow }>(
      `mutation($id: ID!, $to: ActivityState!, $reason: String) {
        transitionActivity(id: $id, to: $to, reason: $reason) { ${activityFields} } }`,
      variables,
      token,
    );
  const skillsContest = {
    kind: "SKILLS_CONTEST",
    code: "2015-zyb",
    name: "第二届“状元杯”职工职业技能大赛",
    year: 2015,
    deadlinePhrase: "十月末前",
  };

  it("walks a skills contest from the template through registration, with every refusal explained", async () => {
    const organizer = await api.tokenFor("organizer");

    // Created from the template: a draft with the four trades as categories.
    const created = await create({ ...skillsContest, departmentId: productionProtectionId }, organizer);
    expect(created.errors).toBeUndefined();
    const activity = created.data?.createActivity as ActivityRow;
    expect(activity).toMatchObject({
      code: "2015-ZYB",
      kind: "SKILLS_CONTEST",
      state: "DRAFT",
      version: 0,
      completedBy: "2015-10-31",
      department: { name: "生产保护部" },
    });
    expect(activity.configuration).toMatchObject({ name: skillsContest.name, ownerDepartmentCode: "SCBHB" });
    expect(activity.categories.map((category) => [category.key, category.name, category.capacity])).toEqual([
      ["LATHE", "车工", 40],
      ["FITTER", "钳工", 40],
      ["ELECTRICIAN", "维修电工", 40],
      ["WELDER", "焊工", 40],
    ]);
    // Registration cannot open yet: the buttons say why.
    expect(activity.allowedTransitions).toEqual([
      expect.objectContaining({
        transition: "OPEN_REGISTRATION",
        to: "REGISTRATION_OPEN",
        label: "开放报名",
        allowed: false,
      }),
    ]);

    // The same code again.
    const duplicate = await create({ ...skillsContest, departmentId: productionProtectionId }, organizer);
    expect(duplicate.errors?.[0]).toMatchObject({
      message: "该活动代码已被使用",
      extensions: { code: "ACTIVITY_CODE_TAKEN" },
    });

    // Opening now is refused with every reason: the three dates not yet set (完成时限 came from the phrase).
    const early = await transition({ id: activity.id, to: "REGISTRATION_OPEN" }, organizer);
    expect(early.errors?.[0]?.extensions?.code).toBe("ACTIVITY_TRANSITION_REFUSED");
    expect(early.errors?.[0]?.message).toMatch(
      /^不能开放报名：请设置报名开始日期；请设置报名截止日期；请设置评审结束日期/,
    );
    expect(early.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "SCHEDULE_DATE_MISSING",
      "SCHEDULE_DATE_MISSING",
      "SCHEDULE_DATE_MISSING",
      // The phrase's 2015-10-31 is before the dates not yet set; nothing else is wrong.
    ]);

    // Weights 30 + 60, a negative capacity and an impossible date: every problem, with its path.
    const broken = structuredClone(activity.configuration);
    (broken.rounds[1] as { weight: string }).weight = "60";
    (broken.categories[0] as { capacity: number }).capacity = -1;
    const invalid = await update(
      { id: activity.id, version: 0, configuration: broken, registrationClosesOn: "2099-02-30" },
      organizer,
    );
    expect(invalid.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(invalid.errors?.[0]?.message).toBe("提交的内容有误，请按提示修改（共 3 处）");
    expect(invalid.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "registrationClosesOn", code: "SCHEDULE_DATE_INVALID", message: "报名截止日期“2099-02-30”不是有效日期" },
      {
        field: "categories[0].capacity",
        code: "CATEGORY_CAPACITY_RANGE",
        message: "组别“车工”的名额应为 1–100000 的整数；不限名额请留空",
      },
      { field: "rounds", code: "ROUND_WEIGHTS_NOT_100", message: "各轮次权重之和应为 100%，现为 90%" },
    ]);

    // Fixed: weights back to 30 + 70, 车工 dropped, 电焊工 renamed, a new trade, the schedule set.
    const fixed = structuredClone(activity.configuration);
    fixed.categories = [
      ...fixed.categories.slice(1, 3),
      { ...(fixed.categories[3] as object), categoryName: "电焊工", capacity: 30 } as never,
      { ...(fixed.categories[1] as object), categoryId: "PLC", categoryName: "可编程控制系统设计师" } as never,
    ];
    const updated = await update(
      { id: activity.id, version: 0, name: "第二届“状元杯”职业技能大赛", configuration: fixed, ...schedule },
      organizer,
    );
    expect(updated.errors).toBeUndefined();
    const draft = updated.data?.updateActivity as ActivityRow;
    expect(draft).toMatchObject({ version: 1, name: "第二届“状元杯”职业技能大赛", ...schedule });
    expect(draft.configuration.name).toBe("第二届“状元杯”职业技能大赛");
    expect(
      draft.categories.map((category) => [category.key, category.name, category.capacity, category.sortOrder]),
    ).toEqual([
      ["FITTER", "钳工", 40, 0],
      ["ELECTRICIAN", "维修电工", 40, 1],
      ["WELDER", "电焊工", 30, 2],
      ["PLC", "可编程控制系统设计师", 40, 3],
    ]);
    expect(draft.allowedTransitions).toEqual([
      {
        transition: "OPEN_REGISTRATION",
        to: "REGISTRATION_OPEN",
        label: "开放报名",
        allowed: true,
        reasonRequired: false,
        reasons: [],
      },
    ]);

    // Someone still holding version 0 is told the activity changed.
    const stale = await update({ id: activity.id, version: 0, name: "旧名称" }, organizer);
    expect(stale.errors?.[0]).toMatchObject({
      message: "该活动已被他人修改，请刷新后再试",
      extensions: { code: "STALE_VERSION" },
    });

    // Open registration; then the draft's settings are fixed.
    const opened = await transition({ id: activity.id, to: "REGISTRATION_OPEN" }, organizer);
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.transitionActivity).toMatchObject({ state: "REGISTRATION_OPEN", version: 2 });
    expect(opened.data?.transitionActivity.allowedTransitions).toEqual([
      expect.objectContaining({ transition: "CLOSE_REGISTRATION", allowed: true, reasonRequired: true }),
      expect.objectContaining({ transition: "WITHDRAW_TO_DRAFT", to: "DRAFT", allowed: true, reasonRequired: true }),
    ]);
    const locked = await update({ id: activity.id, version: 2, name: "改名" }, organizer);
    expect(locked.errors?.[0]).toMatchObject({
      message: "只有草稿状态的活动可以修改设置和日期",
      extensions: { code: "ACTIVITY_NOT_EDITABLE" },
    });

    // Closing before the deadline needs a reason.
    const noReason = await transition({ id: activity.id, to: "REGISTRATION_CLOSED" }, organizer);
    expect(noReason.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        field: "to",
        code: "EARLY_CLOSE_REASON_REQUIRED",
        message: "报名截止日期（2099年5月10日）尚未过，提前截止报名须填写原因",
      },
    ]);
    const closed = await transition(
      { id: activity.id, to: "REGISTRATION_CLOSED", reason: "各工种报名已满" },
      organizer,
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.transitionActivity.state).toBe("REGISTRATION_CLOSED");
    // Judging cannot start with nobody accepted; a step that does not exist from here is refused too.
    expect(closed.data?.transitionActivity.allowedTransitions).toEqual([
      expect.objectContaining({
        transition: "START_JUDGING",
        allowed: false,
        reasons: [{ code: "NO_ACCEPTED_REGISTRATIONS", message: "没有审核通过的报名，无法开始评审" }],
      }),
      expect.objectContaining({ transition: "REOPEN_REGISTRATION", allowed: true, reasonRequired: true }),
    ]);
    const skip = await transition({ id: activity.id, to: "FINAL" }, organizer);
    expect(skip.errors?.[0]).toMatchObject({
      message: "活动当前为“报名截止”，不能转为“已发布”",
      extensions: { code: "ACTIVITY_TRANSITION_REFUSED" },
    });

    // The audit log: created, updated (before / after), opened, closed with its reason.
    const entries = await api.server.database.prisma.auditEntry.findMany({
      where: { activityId: Number(activity.id) },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.actorRole, entry.reason])).toEqual([
      ["ACTIVITY_CREATE", "ORGANIZER", null],
      ["ACTIVITY_UPDATE", "ORGANIZER", null],
      ["ACTIVITY_TRANSITION", "ORGANIZER", null],
      ["ACTIVITY_TRANSITION", "ORGANIZER", "各工种报名已满"],
    ]);
    const [, change, open, close] = entries;
    expect(change?.before).toMatchObject({ name: skillsContest.name, version: 0, registrationOpensOn: null });
    expect(change?.after).toMatchObject({
      name: "第二届“状元杯”职业技能大赛",
      version: 1,
      registrationOpensOn: "2099-04-01",
      categories: { created: ["PLC"], updated: ["FITTER", "ELECTRICIAN", "WELDER"], deleted: ["LATHE"] },
    });
    expect(open?.before).toEqual({ state: "DRAFT" });
    expect(open?.after).toEqual({ state: "REGISTRATION_OPEN", transition: "OPEN_REGISTRATION" });
    expect(close?.after).toEqual({ state: "REGISTRATION_CLOSED", transition: "CLOSE_REGISTRATION" });
  });

  it("refuses organizers of other departments and unit admins, but lets every signed-in role read", async () => {
    const organizer = await api.tokenFor("organizer");
    const other = await api.tokenFor("organizer-whg");
    const unit = await api.tokenFor("unit");
    const created = await create(
      { ...skillsContest, code: "2015-ZYB-B", departmentId: productionProtectionId },
      organizer,
    );
    const id = created.data?.createActivity.id;
    expect(id).toBeDefined();

    const forbidden = [
      await create({ ...skillsContest, code: "2015-WHG-X", departmentId: productionProtectionId }, other),
      await update({ id, version: 0, name: "别人的活动" }, other),
      await transition({ id, to: "REGISTRATION_OPEN" }, other),
      await create({ ...skillsContest, code: "2015-UNIT-X", departmentId: productionProtectionId }, unit),
      await update({ id, version: 0, name: "别人的活动" }, unit),
      await transition({ id, to: "REGISTRATION_OPEN" }, unit),
    ];
    for (const answer of forbidden) {
      expect(answer.errors?.[0]).toMatchObject({ message: "您没有权限执行此操作", extensions: { code: "FORBIDDEN" } });
    }
    // The other department's organizer may run their own activities.
    const own = await create(
      { ...skillsContest, kind: "PERFORMANCE_CONTEST", code: "2015-WHG-CHOIR", departmentId: culturePalaceId },
      other,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.createActivity.department.name).toBe("文化宫");

    // Reading: the unit admin sees the activity, and the buttons say why they may not use them.
    const read = await api.graphql<{ Activity: ActivityRow }>(
      `query($id: ID!) { Activity(id: $id) { ${activityFields} } }`,
      { id },
      unit,
    );
    expect(read.data?.Activity.allowedTransitions[0]).toMatchObject({
      allowed: false,
      reasons: expect.arrayContaining([
        { code: "ACTIVITY_NOT_OWNER", message: "只有承办部门（生产保护部）的工作人员或系统管理员可以开放报名" },
      ]),
    });
    const list = await api.graphql<{
      allActivities: { code: string }[];
      _allActivitiesMeta: { count: number };
    }>(
      `query($filter: ActivityFilter) {
        allActivities(filter: $filter, sortField: "code", sortOrder: "DESC") { code }
        _allActivitiesMeta(filter: $filter) { count } }`,
      { filter: { kind: "SKILLS_CONTEST", state: "DRAFT", departmentId: productionProtectionId, q: "ZYB" } },
      await api.tokenFor("worker"),
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.allActivities.map((row) => row.code)).toEqual(["2015-ZYB-B"]);
    expect(list.data?._allActivitiesMeta.count).toBe(1);
    const anonymous = await api.graphql("{ allActivities { id } }");
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("never deletes a category that already has registrations", async () => {
    const admin = await api.tokenFor("admin");
    const prisma = api.server.database.prisma;
    const created = await create({ ...skillsContest, code: "2015-ZYB-C", departmentId: productionProtectionId }, admin);
    const activity = created.data?.createActivity as ActivityRow;
    const lathe = await prisma.category.findFirstOrThrow({ where: { activityId: Number(activity.id), key: "LATHE" } });
    const unit = await prisma.organization.findFirstOrThrow({ where: { kind: "GRASSROOTS_UNION" } });
    await prisma.registration.create({
      data: {
        activityId: Number(activity.id),
        categoryId: lathe.id,
        entrantType: "INDIVIDUAL",
        channel: "SELF_REGISTRATION",
        state: "PENDING_UNIT",
        organizationId: unit.id,
      },
    });
    const without = structuredClone(activity.configuration);
    without.categories = without.categories.slice(1);
    const refused = await update({ id: activity.id, version: 0, configuration: without }, admin);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: {
        code: "RECORD_IN_USE",
        fieldErrors: [{ field: "configuration.categories", code: "RECORD_IN_USE" }],
      },
    });
    // Nothing changed: not the version, not the categories.
    const after = await prisma.activity.findUniqueOrThrow({
      where: { id: Number(activity.id) },
      include: { categories: true },
    });
    expect(after.version).toBe(0);
    expect(after.categories).toHaveLength(4);
  });
});
