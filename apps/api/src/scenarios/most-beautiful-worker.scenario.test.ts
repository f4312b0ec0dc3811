// The 2nd "most beautiful worker" search (第二届“最美劳动者”寻找评选活动) of 宣教部, by the end of
// October 2015, driven only through the documented API (docs/api/*.md) as an independent client:
// set-up from the template, nominations by a unit and recommendations by the public (with a photo),
// the approval chain with the preliminary review (初评), the expert panel, the public online vote
// (phone-verified voters and a signed-in worker, daily limits, a voided fraudulent vote), the
// combined result 70 % jury + 30 % public, the public notice with an objection, finalization and
// certificates.
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Scenario, type SignedInClient, startScenario } from "./scenario-client.ts";

/** Moves the faked clock to a China-time instant ("2015-10-09T10:00"). */
function at(chinaTime: string): void {
  vi.setSystemTime(new Date(`${chinaTime}:00+08:00`));
}

/** A 1×1 PNG: a real image, recognized by its bytes. */
const onePixelPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** A judge's sheet for a total T (a whole number): 30 % / 30 % / 20 % / 20 % of T, each in 0.1 steps. */
function sheetFor(total: number) {
  const part = (share: number) => String(Math.round(total * share * 10) / 10);
  return [
    { criterionKey: "dedication", score: part(0.3) },
    { criterionKey: "contribution", score: part(0.3) },
    { criterionKey: "virtue", score: part(0.2) },
    { criterionKey: "influence", score: part(0.2) },
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

const requestCode = `mutation Ask($phone: String!) { requestVoterCode(phone: $phone) { challenge maskedPhone expiresAt } }`;
const verifyCode = `mutation Verify($challenge: String!, $code: String!) {
  verifyVoterCode(challenge: $challenge, code: $code) { voterToken maskedPhone expiresAt }
}`;
const castBallot = `mutation Cast($roundId: ID!, $candidateIds: [ID!]!, $voterToken: String, $key: String) {
  castBallot(roundId: $roundId, candidateIds: $candidateIds, voterToken: $voterToken, idempotencyKey: $key) {
    id roundId castAt votingDay voter votes { id registrationId }
  }
}`;
const review = `mutation Review($id: ID!, $action: RegistrationReviewAction!, $reason: String, $version: Int!) {
  reviewRegistration(id: $id, action: $action, reason: $reason, version: $version) { id state stateLabel version }
}`;
const transition = `mutation Move($id: ID!, $to: ActivityState!, $reason: String) {
  transitionActivity(id: $id, to: $to, reason: $reason) { id state }
}`;

describe.each(testProviders())("第二届“最美劳动者”寻找评选活动 (%s)", (provider) => {
  let scenario: Scenario;
  // Phones no demo worker has (166 prefix); each database its own, so nothing is shared between runs.
  const phoneBase = provider === "sqlite" ? 16600001000 : 16600002000;
  const phone = (n: number) => String(phoneBase + n);
  const allPhones: string[] = [];

  let activityId = "";
  let juryRoundId = "";
  let publicRoundId = "";
  let categoryId = "";
  let unionId = "";
  /**
   * Registration ids: 甲 (the demo worker) nominated by their union; 乙, 丙 and 丁 recommended by the
   * public; 丁 does not pass the preliminary review (初评).
   */
  const entry = { jia: "", yi: "", bing: "", ding: "" };
  const names = { jia: "", yi: "刘秀英", bing: "张桂兰", ding: "王大海" };
  /** The demo worker's roster id (甲). */
  let workerId = "";

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("2015-09-01T09:00");
    scenario = await startScenario(provider);
  }, 120_000);
  afterAll(async () => {
    await scenario?.close();
    vi.useRealTimers();
  });

  async function voterToken(number: string): Promise<string> {
    allPhones.push(number);
    const asked = await scenario.public.run<{ requestVoterCode: { challenge: string; maskedPhone: string } }>(
      requestCode,
      { phone: number },
    );
    expect(asked.requestVoterCode.maskedPhone).toBe(`${number.slice(0, 3)}****${number.slice(-4)}`);
    // Embedded mode: the SMS is not sent; the server logs one developer line with the masked phone
    // and the code (docs/api/voting.md §2). A developer reads the code from there.
    let code = "";
    for (const line of [...scenario.harness.logLines].reverse()) {
      const parsed = JSON.parse(line) as { message?: string; developerOnlyCode?: string };
      if (parsed.message === `短信验证码已发送至 ${asked.requestVoterCode.maskedPhone}` && parsed.developerOnlyCode) {
        code = parsed.developerOnlyCode;
        break;
      }
    }
    expect(code).toMatch(/^\d{6}$/);
    const verified = await scenario.public.run<{ verifyVoterCode: { voterToken: string } }>(verifyCode, {
      challenge: asked.requestVoterCode.challenge,
      code,
    });
    return verified.verifyVoterCode.voterToken;
  }

  it("宣教部 creates the search from the template and adjusts it (5 experts, 2 titles)", async () => {
    const publicity = await scenario.as("publicity");
    const me = await publicity.run<{ me: { departmentId: string } }>(`{ me { departmentId } }`);
    const created = await publicity.run<{
      createActivity: { id: string; version: number; state: string; configuration: Record<string, unknown> };
    }>(
      `mutation Create($departmentId: ID!) {
        createActivity(kind: MOST_BEAUTIFUL_WORKER, code: "JZ-2015-ZMLDZ", name: "第二届“最美劳动者”寻找评选活动",
          year: 2015, departmentId: $departmentId, registrationOpensOn: "2015-09-01", registrationClosesOn: "2015-09-20",
          judgingEndsOn: "2015-10-15", completedBy: "2015-10-31", deadlinePhrase: "十月末前") {
          id version state configuration
        }
      }`,
      { departmentId: me.me.departmentId },
    );
    expect(created.createActivity.state).toBe("DRAFT");
    activityId = created.createActivity.id;
    const configuration = created.createActivity.configuration as {
      entryChannels: string[];
      eligibility: { excludedPositionCategories: string[] };
      approvalChain: { levels: string[] };
      rounds: { key: string; kind: string; weight: string; judgesPerEntry: number | null }[];
      awards: { tiers: { key: string; name: string; size: { by: string; count: number } }[] };
      voting: { maxCandidatesPerBallot: number; ballotsPerVoterPerDay: number; ballotsPerIpPerDay: number };
    };
    // The template (DOMAIN.md): unit nomination or public recommendation, no enterprise heads, the
    // full approval chain, experts 70 % + public vote 30 %, one ballot a day for one candidate.
    expect(configuration.entryChannels).toEqual(["UNIT_NOMINATION", "PUBLIC_RECOMMENDATION"]);
    expect(configuration.eligibility.excludedPositionCategories).toEqual(["ENTERPRISE_HEAD"]);
    expect(configuration.approvalChain.levels).toEqual(["UNIT", "COUNTY_OR_INDUSTRY", "ORGANIZER"]);
    expect(configuration.rounds.map((round) => [round.key, round.kind, round.weight])).toEqual([
      ["jury", "CRITERIA_SCORING", "70"],
      ["public", "PUBLIC_VOTE", "30"],
    ]);
    expect(configuration.voting).toMatchObject({
      maxCandidatesPerBallot: 1,
      ballotsPerVoterPerDay: 1,
      ballotsPerIpPerDay: 20,
    });
    // The federation has five judges: the expert panel is five, and this edition names two 最美劳动者.
    const jury = configuration.rounds[0] as { judgesPerEntry: number | null };
    jury.judgesPerEntry = 5;
    const tier = configuration.awards.tiers[0] as { size: { by: string; count: number } };
    tier.size = { by: "COUNT", count: 2 };
    const updated = await publicity.run<{ updateActivity: { version: number; configuration: typeof configuration } }>(
      `mutation Adjust($id: ID!, $version: Int!, $configuration: JSON) {
        updateActivity(id: $id, version: $version, configuration: $configuration) { id version configuration }
      }`,
      { id: activityId, version: created.createActivity.version, configuration },
    );
    expect(updated.updateActivity.configuration.rounds[0]?.judgesPerEntry).toBe(5);
    expect(updated.updateActivity.configuration.awards.tiers[0]?.size.count).toBe(2);

    const rounds = await publicity.run<{ allRounds: { id: string; key: string }[] }>(
      `query($filter: RoundFilter) { allRounds(filter: $filter, sortField: "sortOrder", sortOrder: "ASC") { id key } }`,
      { filter: { activityId } },
    );
    juryRoundId = rounds.allRounds.find((round) => round.key === "jury")?.id ?? "";
    publicRoundId = rounds.allRounds.find((round) => round.key === "public")?.id ?? "";
    expect(juryRoundId).not.toBe("");
    expect(publicRoundId).not.toBe("");

    // Only an organizer of the owning department (or the admin) creates activities.
    const createAgain = `mutation($d: ID!) { createActivity(kind: MOST_BEAUTIFUL_WORKER, code: "JZ-2015-ZMLDZ-X", name: "x",
      year: 2015, departmentId: $d) { id } }`;
    await refusedWith(scenario.public, "UNAUTHENTICATED", createAgain, { d: me.me.departmentId });
    for (const username of ["worker", "unit", "judge"]) {
      await refusedWith(await scenario.as(username), "FORBIDDEN", createAgain, { d: me.me.departmentId });
    }
    // A draft is not public: its vote looks absent to the public and to other departments.
    const draftVote = `query($r: ID!) { publicVote(roundId: $r) { name candidates { name } } }`;
    await refusedWith(scenario.public, "NOT_FOUND", draftVote, { r: publicRoundId });
    await refusedWith(await scenario.as("organizer"), "NOT_FOUND", draftVote, { r: publicRoundId });
    expect(
      (await publicity.run<{ publicVote: { name: string } }>(draftVote, { r: publicRoundId })).publicVote.name,
    ).toBe("网络投票");
    // The public cannot recommend into a draft.
    const units = await scenario.public.run<{ recommendableUnits: { id: string }[] }>(
      `{ recommendableUnits(nameContains: "工会") { id } }`,
    );
    const draftRecommendation = await refusedWith(
      scenario.public,
      "RECOMMENDATION_NOT_ALLOWED",
      `mutation($a: ID!, $o: ID!) { recommendCandidate(activityId: $a, candidateName: "甲", organizationId: $o, story: "事迹",
        recommenderName: "乙", recommenderPhone: "16600000001", idempotencyKey: "draft") { id } }`,
      { a: activityId, o: units.recommendableUnits[0]?.id },
    );
    expect(draftRecommendation.message).toContain("不在推荐期");

    // Another department's organizer may not touch it.
    const other = await scenario.as("organizer");
    const refused = await other.refused(transition, { id: activityId, to: "REGISTRATION_OPEN" });
    expect(refused).toEqual({ code: "FORBIDDEN", message: "您没有权限执行此操作" });

    const opened = await publicity.run<{ transitionActivity: { state: string } }>(transition, {
      id: activityId,
      to: "REGISTRATION_OPEN",
    });
    expect(opened.transitionActivity.state).toBe("REGISTRATION_OPEN");
    const activity = await publicity.run<{ Activity: { categories: { id: string; key: string }[] } }>(
      `query($id: ID!) { Activity(id: $id) { categories { id key } } }`,
      { id: activityId },
    );
    categoryId = activity.Activity.categories[0]?.id ?? "";
  });

  it("the admin gives the worker's grassroots union an admin account for the 单位审核", async () => {
    const worker = await scenario.as("worker");
    const me = await worker.run<{ me: { workerId: string } }>(`{ me { workerId } }`);
    const unit = await scenario.as("unit");
    const self = await unit.run<{ allWorkers: { organizationId: string }[] }>(
      `query($filter: WorkerFilter) { allWorkers(filter: $filter) { organizationId } }`,
      { filter: { ids: [me.me.workerId] } },
    );
    unionId = self.allWorkers[0]?.organizationId ?? "";
    const admin = await scenario.as("admin");
    const made = await admin.run<{ createUser: { role: string; active: boolean } }>(
      `mutation($organizationId: ID!) {
        createUser(username: "gt.union", displayName: "基层工会 周主席", password: "jinzhou2015", role: UNIT_ADMIN,
                   organizationId: $organizationId) { id username role active }
      }`,
      { organizationId: unionId },
    );
    expect(made.createUser).toMatchObject({ role: "UNIT_ADMIN", active: true });
  });

  it("the union nominates its front-line worker; its enterprise head is refused by the eligibility rule", async () => {
    const union = await scenario.as("gt.union");
    const roster = await union.run<{ allWorkers: { id: string; name: string; positionCategory: string }[] }>(
      `query($filter: WorkerFilter) { allWorkers(perPage: 50, sortField: "id", sortOrder: "ASC", filter: $filter) { id name positionCategory } }`,
      { filter: { organizationId: unionId } },
    );
    const worker = await scenario.as("worker");
    const me = await worker.run<{ me: { workerId: string } }>(`{ me { workerId } }`);
    workerId = me.me.workerId;
    const jia = roster.allWorkers.find((row) => row.id === me.me.workerId);
    const head = roster.allWorkers.find((row) => row.positionCategory === "ENTERPRISE_HEAD");
    if (!jia || !head)
      throw new Error("the demo union of the worker account has a front-line worker and an enterprise head");
    expect(jia.positionCategory).toBe("FRONT_LINE");
    names.jia = jia.name;
    const enrol = `mutation Enrol($a: ID!, $w: [ID!]!, $key: String!) {
      enrol(activityId: $a, categoryKey: "CANDIDATES", workerIds: $w, idempotencyKey: $key) {
        id state stateLabel channel entrantType name version
      }
    }`;
    const first = await union.run<{ enrol: { id: string; state: string; stateLabel: string; channel: string } }>(
      enrol,
      {
        a: activityId,
        w: [jia.id],
        key: "nominate-jia",
      },
    );
    expect(first.enrol).toMatchObject({ state: "PENDING_UNIT", stateLabel: "待单位审核", channel: "UNIT_NOMINATION" });
    entry.jia = first.enrol.id;
    // A retry with the same key answers with the first nomination.
    const retried = await union.run<{ enrol: { id: string } }>(enrol, {
      a: activityId,
      w: [jia.id],
      key: "nominate-jia",
    });
    expect(retried.enrol.id).toBe(entry.jia);

    // 最美劳动者 are ordinary workers: the enterprise's head is not eligible.
    const refused = await union.refused(enrol, { a: activityId, w: [head.id], key: "nominate-head" });
    expect(refused.code).toBe("NOT_ELIGIBLE");
    expect(refused.message).toContain("企业负责人");
    // Another county's worker is not the union's to nominate (it looks absent).
    const outside = await union.refused(enrol, { a: activityId, w: ["1"], key: "nominate-outside" });
    expect(outside.code).toBe("NOT_FOUND");

    // Candidates arrive by nomination or recommendation only: a worker cannot enter themselves.
    const self = await worker.refused(
      `mutation($a: ID!) { register(activityId: $a, categoryKey: "CANDIDATES", idempotencyKey: "self") { id } }`,
      { a: activityId },
    );
    expect(self.code).toBe("SELF_REGISTRATION_NOT_ALLOWED");
  });

  it("the public recommends three candidates; the recommender's phone is masked for everyone but 宣教部", async () => {
    const units = await scenario.public.run<{ recommendableUnits: { id: string; name: string }[] }>(
      `query($ids: String!) { recommendableUnits(nameContains: $ids) { id name } }`,
      { ids: "工会" },
    );
    expect(units.recommendableUnits.some((unit) => unit.id === unionId)).toBe(true);
    const recommend = `mutation Recommend($a: ID!, $org: ID!, $name: String!, $story: String!, $phone: String!, $key: String!) {
      recommendCandidate(activityId: $a, candidateName: $name, organizationId: $org, story: $story,
                         recommenderName: "李建国", recommenderPhone: $phone, idempotencyKey: $key) {
        id candidateName organizationName story recommenderName recommenderPhone state stateLabel
      }
    }`;
    const recommenderPhone = phone(900);
    allPhones.push(recommenderPhone);
    const bing = await scenario.public.run<{
      recommendCandidate: { id: string; recommenderName: string; recommenderPhone: string; state: string };
    }>(recommend, {
      a: activityId,
      org: unionId,
      name: names.bing,
      story: "环卫工人，二十年如一日清扫城区主干道，冬天凌晨三点上岗……",
      phone: recommenderPhone,
      key: "rec-bing",
    });
    expect(bing.recommendCandidate).toMatchObject({
      recommenderName: "李**",
      recommenderPhone: `166****${recommenderPhone.slice(-4)}`,
      state: "PENDING_UNIT",
    });
    entry.bing = bing.recommendCandidate.id;
    const another = async (name: string, story: string, key: string) =>
      (
        await scenario.public.run<{ recommendCandidate: { id: string } }>(recommend, {
          a: activityId,
          org: unionId,
          name,
          story,
          phone: recommenderPhone,
          key,
        })
      ).recommendCandidate.id;
    entry.yi = await another(names.yi, "后厨帮工，十五年坚持为社区孤寡老人送餐", "rec-yi");
    entry.ding = await another(names.ding, "热心公益，常年义务为社区老人理发", "rec-ding");
    // The same key again (a retried request) answers with the first recommendation.
    expect(await another(names.ding, "热心公益，常年义务为社区老人理发", "rec-ding")).toBe(entry.ding);
    const publicity = await scenario.as("publicity");
    const full = await publicity.run<{ allRecommendations: { id: string; recommenderPhone: string }[] }>(
      `query($filter: RecommendationFilter) { allRecommendations(filter: $filter) { id recommenderPhone } }`,
      { filter: { activityId } },
    );
    expect(full.allRecommendations.find((row) => row.id === entry.bing)?.recommenderPhone).toBe(recommenderPhone);
    // While the search runs, nothing of its results is public and objections are not taken.
    const nothing = await scenario.public.run<{ allResults: unknown[]; _allResultsMeta: { count: number } }>(
      `query($a: ID!) { allResults(filter: { activityId: $a }) { id } _allResultsMeta(filter: { activityId: $a }) { count } }`,
      { a: activityId },
    );
    expect(nothing).toEqual({ allResults: [], _allResultsMeta: { count: 0 } });
    await refusedWith(
      scenario.public,
      "OBJECTION_REFUSED",
      `mutation($a: ID!, $e: ID!) { fileObjection(activityId: $a, entryId: $e, content: "异议", contactName: "王", contactPhone: "16600000002") { id } }`,
      { a: activityId, e: entry.bing },
    );
    // Bad input: every problem at once, nothing written.
    const bad = await scenario.public.refused(recommend, {
      a: activityId,
      org: unionId,
      name: "",
      story: "事迹",
      phone: "12345",
      key: "rec-bad",
    });
    expect(bad.code).toBe("VALIDATION_FAILED");
  });

  it("photos: the nominated worker uploads their own, the union those of the recommended (the public may not)", async () => {
    const union = await scenario.as("gt.union");
    const worker = await scenario.as("worker");
    for (const [client, id] of [
      [worker, entry.jia],
      [union, entry.yi],
      [union, entry.bing],
    ] as const) {
      const answer = await client.upload(
        { kind: "PHOTO", registrationId: id },
        {
          bytes: onePixelPng,
          name: "候选人照片.png",
          type: "image/png",
        },
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body).toMatchObject({ kind: "PHOTO", contentType: "image/png", registrationId: Number(id) });
    }
    // A recommender cannot attach a photo without an account: the public uploads only evidence.
    const anonymous = await scenario.public.upload(
      { kind: "PHOTO", registrationId: entry.ding },
      {
        bytes: onePixelPng,
        name: "照片.png",
        type: "image/png",
      },
    );
    expect(anonymous.status).toBe(401);
    // A PDF is not a photo.
    const notImage = await union.upload(
      { kind: "PHOTO", registrationId: entry.ding },
      {
        bytes: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
        name: "照片.pdf",
        type: "application/pdf",
      },
    );
    expect(notImage.status).toBe(415);
  });

  it("preliminary review through the chain: unit → 古塔区 → 宣教部 初评 (丁 is not accepted)", async () => {
    const union = await scenario.as("gt.union");
    const unit = await scenario.as("unit");
    const publicity = await scenario.as("publicity");
    const read = async (client: SignedInClient, id: string) =>
      (
        await client.run<{ Registration: { version: number; state: string } }>(
          `query($id: ID!) { Registration(id: $id) { version state } }`,
          { id },
        )
      ).Registration;
    for (const id of [entry.jia, entry.yi, entry.bing, entry.ding]) {
      const at1 = await read(union, id);
      const unitStep = await union.run<{ reviewRegistration: { state: string } }>(review, {
        id,
        action: "APPROVE",
        version: at1.version,
      });
      expect(unitStep.reviewRegistration.state).toBe("PENDING_COUNTY");
      const at2 = await read(unit, id);
      // The union's admin cannot take the county's step (县区审核), nor approve a second level.
      const countyStep = await union.refused(review, { id, action: "APPROVE", version: at2.version });
      expect(countyStep).toEqual({
        code: "REVIEW_REFUSED",
        message:
          "不能审核这份报名：县区审核须由报名人所在单位所属的县(市)区总工会或产业工会的单位管理员进行；您已在单位审核中同意了这份报名，同一人不能审核通过两级，请由其他人员进行县区审核",
      });
      const county = await unit.run<{ reviewRegistration: { state: string; stateLabel: string } }>(review, {
        id,
        action: "APPROVE",
        version: at2.version,
      });
      expect(county.reviewRegistration).toMatchObject({ state: "PENDING_ORGANIZER", stateLabel: "待主办审核" });
    }
    // 初评: three pass; 丁's deeds are not those of the search (a reason is required to reject).
    for (const id of [entry.jia, entry.yi, entry.bing]) {
      const current = await read(publicity, id);
      const passed = await publicity.run<{ reviewRegistration: { state: string } }>(review, {
        id,
        action: "APPROVE",
        version: current.version,
      });
      expect(["APPROVED", "CONFIRMED"]).toContain(passed.reviewRegistration.state);
    }
    const ding = await read(publicity, entry.ding);
    const noReason = await publicity.refused(review, { id: entry.ding, action: "REJECT", version: ding.version });
    expect(noReason.code).toBe("REVIEW_REFUSED");
    const rejected = await publicity.run<{ reviewRegistration: { state: string; stateLabel: string } }>(review, {
      id: entry.ding,
      action: "REJECT",
      reason: "事迹与本次评选的一线岗位事迹要求不符",
      version: ding.version,
    });
    expect(rejected.reviewRegistration).toEqual({
      id: entry.ding,
      state: "REJECTED",
      stateLabel: "未通过（原因：事迹与本次评选的一线岗位事迹要求不符）",
      version: expect.any(Number),
    });
  });

  it("registration closes on 9月20日: a late recommendation is refused, then judging starts", async () => {
    at("2015-09-21T09:00");
    const late = await scenario.public.refused(
      `mutation($a: ID!, $org: ID!) {
        recommendCandidate(activityId: $a, candidateName: "赵六", organizationId: $org, story: "迟到的推荐",
          recommenderName: "孙", recommenderPhone: "16600000999", idempotencyKey: "late") { id }
      }`,
      { a: activityId, org: unionId },
    );
    expect(late.code).toBe("RECOMMENDATION_NOT_ALLOWED");
    expect(late.message).toBe("推荐已于 2015年9月20日 截止，不能再推荐");
    const publicity = await scenario.as("publicity");
    expect(
      (
        await publicity.run<{ transitionActivity: { state: string } }>(transition, {
          id: activityId,
          to: "REGISTRATION_CLOSED",
        })
      ).transitionActivity.state,
    ).toBe("REGISTRATION_CLOSED");
    // The photos of the accepted candidates are public once registration has closed.
    const registration = await publicity.run<{ Registration: { attachments: { downloadUrl: string }[] } }>(
      `query($id: ID!) { Registration(id: $id) { attachments { downloadUrl } } }`,
      { id: entry.bing },
    );
    const photo = await scenario.public.download(registration.Registration.attachments[0]?.downloadUrl ?? "");
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(photo.headers.get("x-content-type-options")).toBe("nosniff");

    // The expert panel: all five judges (none from 古塔区), balanced, five per candidate.
    const judges = await publicity.run<{ judgeCandidates: { id: string; displayName: string }[] }>(
      `{ judgeCandidates { id displayName } }`,
    );
    expect(judges.judgeCandidates).toHaveLength(5);
    await publicity.run(
      `mutation($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id } }`,
      { r: juryRoundId, c: categoryId, j: judges.judgeCandidates.map((judge) => judge.id) },
    );
    const assigned = await publicity.run<{ assignJudgesBalanced: { registrationId: string }[] }>(
      `mutation($r: ID!, $c: ID!) { assignJudgesBalanced(roundId: $r, categoryId: $c) { id registrationId judgeUserId } }`,
      { r: juryRoundId, c: categoryId },
    );
    // 3 candidates × 5 judges; the rejected 丁 is not an entry.
    expect(assigned.assignJudgesBalanced).toHaveLength(15);
    expect(new Set(assigned.assignJudgesBalanced.map((row) => row.registrationId))).toEqual(
      new Set([entry.jia, entry.yi, entry.bing]),
    );
    // The public vote: 10月8日 to 10月14日 (China days, both included).
    const scheduled = await publicity.run<{
      schedulePublicVote: { opensAt: string; closesAt: string; isOpen: boolean };
    }>(
      `mutation($r: ID!) { schedulePublicVote(roundId: $r, opensOn: "2015-10-08", closesOn: "2015-10-14") { opensAt closesAt isOpen } }`,
      { r: publicRoundId },
    );
    expect(scheduled.schedulePublicVote).toEqual({
      opensAt: "2015-10-07T16:00:00.000Z",
      closesAt: "2015-10-14T16:00:00.000Z",
      isOpen: false,
    });
    // Judges score only once judging has started; results wait for the rounds.
    const early = await (await scenario.as("judge2")).run<{ myJudgeAssignments: { id: string }[] }>(
      `query($a: ID) { myJudgeAssignments(activityId: $a) { id } }`,
      { a: activityId },
    );
    await refusedWith(
      await scenario.as("judge2"),
      "JUDGING_NOT_NOW",
      `mutation($id: ID!, $s: [CriterionScoreInput!]!) { submitScore(assignmentId: $id, scores: $s, idempotencyKey: "early") { id } }`,
      { id: early.myJudgeAssignments[0]?.id, s: sheetFor(80) },
    );
    await refusedWith(
      publicity,
      "PUBLIC_NOTICE_REFUSED",
      `mutation($a: ID!) { publishResultsForNotice(activityId: $a) { id } }`,
      {
        a: activityId,
      },
    );
    // Judges, units and workers do not run the vote.
    for (const username of ["judge", "unit", "worker"]) {
      await refusedWith(
        await scenario.as(username),
        "FORBIDDEN",
        `mutation($r: ID!) { schedulePublicVote(roundId: $r, opensOn: "2015-09-22", closesOn: "2015-09-30") { opensAt } }`,
        { r: publicRoundId },
      );
    }
    expect(
      (await publicity.run<{ transitionActivity: { state: string } }>(transition, { id: activityId, to: "JUDGING" }))
        .transitionActivity.state,
    ).toBe("JUDGING");
  });

  it("the public vote: phone-verified voters and a signed-in worker, one ballot a day, a vote voided for fraud", async () => {
    // Before it opens (9月22日) the vote refuses ballots.
    at("2015-09-22T10:00");
    const early = await voterToken(phone(1));
    const notYet = await scenario.public.refused(castBallot, {
      roundId: publicRoundId,
      candidateIds: [entry.jia],
      voterToken: early,
    });
    expect(notYet.code).toBe("VOTING_NOT_OPEN");

    // Day 1, Friday 10月9日. The public sees the three candidates, names, units and stories only.
    at("2015-10-09T10:00");
    const vote = await scenario.public.run<{
      publicVote: {
        isOpen: boolean;
        countsShown: boolean;
        candidates: { registrationId: string; name: string; validVotes: number | null }[];
      };
    }>(
      `query($r: ID!) { publicVote(roundId: $r) { isOpen countsShown candidates { registrationId name organizationName story validVotes } } }`,
      { r: publicRoundId },
    );
    expect(vote.publicVote.isOpen).toBe(true);
    expect(vote.publicVote.countsShown).toBe(false);
    expect(vote.publicVote.candidates.map((c) => c.name).sort()).toEqual([names.jia, names.yi, names.bing].sort());
    expect(vote.publicVote.candidates.every((c) => c.validVotes === null)).toBe(true);
    expect(JSON.stringify(vote)).not.toMatch(/\d{11}/);

    // Anonymous ballots are refused.
    const anonymous = await scenario.public.refused(castBallot, { roundId: publicRoundId, candidateIds: [entry.jia] });
    expect(anonymous).toEqual({ code: "ANONYMOUS_VOTE", message: "不接受匿名投票，请先验证手机号或登录职工账号" });

    const cast = async (client: SignedInClient, candidate: string, token?: string, key?: string) =>
      (
        await client.run<{
          castBallot: { id: string; votingDay: string; voter: string; votes: { id: string; registrationId: string }[] };
        }>(castBallot, {
          roundId: publicRoundId,
          candidateIds: [candidate],
          voterToken: token ?? null,
          key: key ?? null,
        })
      ).castBallot;
    const p1 = await voterToken(phone(1));
    const first = await cast(scenario.public, entry.jia, p1, "p1-day1");
    expect(first.votingDay).toBe("2015-10-09");
    expect(first.voter).toBe(`手机 166****${phone(1).slice(-4)}`);
    // The same key again (a retry) answers with the same ballot and counts nothing twice.
    expect((await cast(scenario.public, entry.jia, p1, "p1-day1")).id).toBe(first.id);
    await cast(scenario.public, entry.jia, await voterToken(phone(2)));
    await cast(scenario.public, entry.yi, await voterToken(phone(3)));
    const worker = await scenario.as("worker");
    const byWorker = await cast(worker, entry.bing);
    expect(byWorker.voter).toBe("职工账号");
    // One ballot for one candidate per ballot.
    const two = await scenario.public.refused(castBallot, {
      roundId: publicRoundId,
      candidateIds: [entry.yi, entry.bing],
      voterToken: await voterToken(phone(4)),
    });
    expect(two.code).toBe("BALLOT_INVALID");
    // A second ballot the same China day is refused, with the day the limit resets.
    const again = await scenario.public.refused(castBallot, {
      roundId: publicRoundId,
      candidateIds: [entry.yi],
      voterToken: p1,
    });
    expect(again).toEqual({
      code: "VOTE_LIMIT_REACHED",
      message: "今日已投 1 次，每日限投 1 次，请于2015年10月10日再来",
    });
    const workerAgain = await worker.refused(castBallot, { roundId: publicRoundId, candidateIds: [entry.jia] });
    expect(workerAgain.code).toBe("VOTE_LIMIT_REACHED");
    // Nor can the worker vote again by verifying their own phone: a roster phone counts as its worker.
    // (The one-code-a-minute limit per phone is kept in the process's memory, which both databases'
    // servers of this test file share, and the roster phone is the same in both: the second run asks
    // half an hour later on its faked clock.)
    at(provider === "sqlite" ? "2015-10-09T11:00" : "2015-10-09T11:30");
    const own = await (await scenario.as("admin")).run<{ allWorkers: { phone: string }[] }>(
      `query($f: WorkerFilter) { allWorkers(filter: $f) { phone } }`,
      { f: { ids: [workerId] } },
    );
    const ownPhone = own.allWorkers[0]?.phone as string;
    const asPhone = await scenario.public.refused(castBallot, {
      roundId: publicRoundId,
      candidateIds: [entry.yi],
      voterToken: await voterToken(ownPhone),
    });
    expect(asPhone.code).toBe("VOTE_LIMIT_REACHED");
    // Still refused at 23:59 China time (15:59 UTC): the day is China's.
    at("2015-10-09T23:59");
    const lateAgain = await scenario.public.refused(castBallot, {
      roundId: publicRoundId,
      candidateIds: [entry.yi],
      voterToken: await voterToken(phone(1)),
    });
    expect(lateAgain.code).toBe("VOTE_LIMIT_REACHED");

    // Day 2, Saturday 10月10日 (a 调休 working day, but voting counts calendar days).
    at("2015-10-10T09:00");
    const p1Again = await voterToken(phone(1));
    const status = await scenario.public.run<{ voterStatus: { votingDay: string; ballotsCastToday: number } }>(
      `query($r: ID!, $t: String) { voterStatus(roundId: $r, voterToken: $t) { votingDay ballotsCastToday ballotsPerVoterPerDay nextDayStartsAt } }`,
      { r: publicRoundId, t: p1Again },
    );
    expect(status.voterStatus).toMatchObject({ votingDay: "2015-10-10", ballotsCastToday: 0 });
    expect((await cast(scenario.public, entry.jia, p1Again)).votingDay).toBe("2015-10-10");
    // The worker signs in again (yesterday's token has expired) and votes again.
    await cast(await scenario.as("worker"), entry.jia);
    await cast(scenario.public, entry.yi, await voterToken(phone(5)));
    const fraudulent = await cast(scenario.public, entry.yi, await voterToken(phone(6)));

    // 宣教部 checks the ballots and voids the fraudulent vote with a reason (it is kept, not deleted).
    const publicity = await scenario.as("publicity");
    const voided = await publicity.run<{ voidVotes: { id: string; voided: boolean; voidReason: string }[] }>(
      `mutation($r: ID!, $v: [ID!]!, $reason: String!) { voidVotes(roundId: $r, voteIds: $v, reason: $reason) { id voided voidReason registrationId } }`,
      { r: publicRoundId, v: [fraudulent.votes[0]?.id], reason: "同一设备批量注册手机号投票" },
    );
    expect(voided.voidVotes).toEqual([
      expect.objectContaining({ voided: true, voidReason: "同一设备批量注册手机号投票" }),
    ]);
    // And warns the candidate's side (the first step of the penalties: 警告 → 作废违规票 → 取消资格).
    const warned = await publicity.run<{
      escalateVotingPenalty: { fromLevel: string; level: string; levelLabel: string };
    }>(
      `mutation($r: ID!, $e: ID!) { escalateVotingPenalty(roundId: $r, registrationId: $e, level: WARNING, reason: "发现组织刷票，予以警告") {
        fromLevel level levelLabel } }`,
      { r: publicRoundId, e: entry.yi },
    );
    expect(warned.escalateVotingPenalty).toMatchObject({ level: "WARNING", levelLabel: "警告" });
    // Penalties go one step at a time: disqualifying straight after a warning skips 作废违规票.
    const skipped = await publicity.refused(
      `mutation($r: ID!, $e: ID!) { escalateVotingPenalty(roundId: $r, registrationId: $e, level: DISQUALIFIED, reason: "取消资格") { id } }`,
      { r: publicRoundId, e: entry.yi },
    );
    expect(skipped.code).toBe("VOTING_PENALTY_REFUSED");
    const noReason = await publicity.refused(
      `mutation($r: ID!, $v: [ID!]!) { voidVotes(roundId: $r, voteIds: $v, reason: "") { id } }`,
      { r: publicRoundId, v: [first.votes[0]?.id] },
    );
    expect(noReason.code).toBe("VOTE_VOID_REFUSED");
    // The live tally is 宣教部's (and the admin's): the public must sign in, others are refused.
    const tally = `query($r: ID!) { voteTally(roundId: $r) { registrationId validVotes } }`;
    await refusedWith(scenario.public, "UNAUTHENTICATED", tally, { r: publicRoundId });
    for (const username of ["worker", "judge", "unit"]) {
      await refusedWith(await scenario.as(username), "FORBIDDEN", tally, { r: publicRoundId });
    }
    await refusedWith(
      await scenario.as("unit"),
      "FORBIDDEN",
      `mutation($r: ID!, $v: [ID!]!) { voidVotes(roundId: $r, voteIds: $v, reason: "刷票") { id } }`,
      { r: publicRoundId, v: [first.votes[0]?.id] },
    );
    // Live counts are hidden from the public and from other departments' organizers; 宣教部 sees them.
    const counts = `query($r: ID!) { publicVote(roundId: $r) { countsShown candidates { registrationId validVotes } } }`;
    const hidden = await (await scenario.as("organizer")).run<{ publicVote: { countsShown: boolean } }>(counts, {
      r: publicRoundId,
    });
    expect(hidden.publicVote.countsShown).toBe(false);
    const shown = await publicity.run<{
      publicVote: { countsShown: boolean; candidates: { registrationId: string; validVotes: number }[] };
    }>(counts, { r: publicRoundId });
    expect(shown.publicVote.countsShown).toBe(true);
    // 甲 4, 乙 2 (the voided vote not counted), 丙 1 — see the tally below.
    expect(Object.fromEntries(shown.publicVote.candidates.map((row) => [row.registrationId, row.validVotes]))).toEqual({
      [entry.jia]: 4,
      [entry.yi]: 2,
      [entry.bing]: 1,
    });
    // Only 宣教部 (and the admin) run the vote.
    const other = await scenario.as("organizer");
    expect(
      (
        await other.refused(`mutation($r: ID!) { closePublicVote(roundId: $r) { registrationId } }`, {
          r: publicRoundId,
        })
      ).code,
    ).toBe("FORBIDDEN");

    // The full phones never reached a log line (the developer's code line shows them masked).
    const log = scenario.harness.logLines.join("\n");
    for (const number of allPhones) expect(log).not.toContain(number);
  });

  it("the experts score the three candidates; each judge sees only their own sheets", async () => {
    at("2015-10-12T09:00");
    // Each judge's total per candidate (the sheet splits it 30/30/20/20 over the four criteria).
    const totals: Record<string, Record<string, number>> = {
      judge: { jia: 80, yi: 88, bing: 75 },
      judge2: { jia: 82, yi: 90, bing: 78 },
      judge3: { jia: 84, yi: 92, bing: 80 },
      judge4: { jia: 86, yi: 94, bing: 81 },
      judge5: { jia: 90, yi: 70, bing: 95 },
    };
    const byId = new Map(Object.entries(entry).map(([key, id]) => [id, key]));
    for (const [username, mine] of Object.entries(totals)) {
      const judge = await scenario.as(username);
      const assignments = await judge.run<{
        myJudgeAssignments: { id: string; entry: { registrationId: string; name: string }; sheetState: string }[];
      }>(
        `query($a: ID) { myJudgeAssignments(activityId: $a) { id entry { registrationId name memberNames categoryName } sheetState } }`,
        { a: activityId },
      );
      expect(assignments.myJudgeAssignments).toHaveLength(3);
      for (const assignment of assignments.myJudgeAssignments) {
        const key = byId.get(assignment.entry.registrationId) as string;
        const sheet = await judge.run<{ submitScore: { state: string; total: string } }>(
          `mutation($id: ID!, $scores: [CriterionScoreInput!]!, $key: String!) {
            submitScore(assignmentId: $id, scores: $scores, idempotencyKey: $key) { id state total }
          }`,
          { id: assignment.id, scores: sheetFor(mine[key] as number), key: `${username}-${key}` },
        );
        expect(sheet.submitScore).toMatchObject({ state: "LOCKED", total: String(mine[key]) });
      }
    }
    // Neither a judge nor a unit closes the round; a worker has no sheets.
    for (const username of ["judge", "unit"]) {
      await refusedWith(
        await scenario.as(username),
        "FORBIDDEN",
        `mutation($r: ID!) { closeRound(roundId: $r) { id } }`,
        {
          r: juryRoundId,
        },
      );
    }
    // A judge never sees another judge's assignment or the registrations themselves.
    const judge = await scenario.as("judge");
    const others = await judge.run<{ allJudgeAssignments: { judgeName: string }[] }>(
      `query($f: JudgeAssignmentFilter) { allJudgeAssignments(filter: $f) { judgeName } }`,
      { f: { activityId } },
    );
    expect(new Set(others.allJudgeAssignments.map((row) => row.judgeName)).size).toBe(1);
    const registrations = await judge.run<{ allRegistrations: unknown[] }>(
      `query($f: RegistrationFilter) { allRegistrations(filter: $f) { id } }`,
      { f: { activityId } },
    );
    expect(registrations.allRegistrations).toEqual([]);
  });

  it("the vote closes and the jury round closes; the combined result is 70 % jury + 30 % public", async () => {
    at("2015-10-15T09:00");
    const publicity = await scenario.as("publicity");
    // Valid votes (worked from the ballots above):
    //   甲: phone 1 (10-09), phone 2 (10-09), phone 1 (10-10), the worker (10-10) = 4
    //   乙: phone 3 (10-09), phone 5 (10-10) = 2, and phone 6's vote voided = 1 voided
    //   丙: the worker (10-09) = 1
    // Most valid votes = 4 → public score = 100 × valid ÷ 4: 甲 100, 乙 50, 丙 25.
    const closed = await publicity.run<{
      closePublicVote: {
        registrationId: string;
        validVotes: number;
        voidedVotes: number;
        publicScore: string;
        publicScoreText: string;
      }[];
    }>(
      `mutation($r: ID!) { closePublicVote(roundId: $r) { registrationId name validVotes voidedVotes disqualified publicScore publicScoreText } }`,
      { r: publicRoundId },
    );
    const tally = Object.fromEntries(closed.closePublicVote.map((row) => [row.registrationId, row]));
    expect(tally[entry.jia]).toMatchObject({
      validVotes: 4,
      voidedVotes: 0,
      publicScore: "100",
      publicScoreText: "100.00",
    });
    expect(tally[entry.yi]).toMatchObject({
      validVotes: 2,
      voidedVotes: 1,
      publicScore: "50",
      publicScoreText: "50.00",
    });
    expect(tally[entry.bing]).toMatchObject({
      validVotes: 1,
      voidedVotes: 0,
      publicScore: "25",
      publicScoreText: "25.00",
    });
    // No ballot after the vote is closed.
    const after = await scenario.public.refused(castBallot, {
      roundId: publicRoundId,
      candidateIds: [entry.bing],
      voterToken: await voterToken(phone(7)),
    });
    expect(after.code).toBe("VOTING_CLOSED");

    const round = await publicity.run<{ closeRound: { closed: boolean } }>(
      `mutation($r: ID!) { closeRound(roundId: $r) { id closed closedAt } }`,
      { r: juryRoundId },
    );
    expect(round.closeRound.closed).toBe(true);
    // The jury: five judges, drop the highest and the lowest, average the other three.
    //   甲: 80 82 84 86 90 → drop 80, 90 → (82 + 84 + 86) ÷ 3 = 84
    //   乙: 88 90 92 94 70 → drop 70, 94 → (88 + 90 + 92) ÷ 3 = 90
    //   丙: 75 78 80 81 95 → drop 75, 95 → (78 + 80 + 81) ÷ 3 = 239/3 = 79.67
    const jury = await publicity.run<{
      allRoundResults: { registrationId: string; result: string; resultDisplay: string }[];
    }>(
      `query($f: RoundResultFilter) { allRoundResults(filter: $f, perPage: 10) { registrationId result resultDisplay } }`,
      { f: { roundId: juryRoundId } },
    );
    const juryBy = Object.fromEntries(jury.allRoundResults.map((row) => [String(row.registrationId), row]));
    expect(juryBy[entry.jia]).toMatchObject({ result: "84", resultDisplay: "84.00" });
    expect(juryBy[entry.yi]).toMatchObject({ result: "90", resultDisplay: "90.00" });
    expect(juryBy[entry.bing]).toMatchObject({ result: "239/3", resultDisplay: "79.67" });

    // Results are computed by the owning department only.
    for (const username of ["judge", "unit", "worker", "organizer"]) {
      await refusedWith(
        await scenario.as(username),
        "FORBIDDEN",
        `mutation($a: ID!) { computeResults(activityId: $a) { resultCount } }`,
        {
          a: activityId,
        },
      );
    }
    const computed = await publicity.run<{ computeResults: { resultCount: number; blockingTies: unknown[] } }>(
      `mutation($a: ID!) { computeResults(activityId: $a) { resultCount blockingTies { code message } warnings { code message } } }`,
      { a: activityId },
    );
    expect(computed.computeResults).toMatchObject({ resultCount: 3, blockingTies: [] });
    const results = await publicity.run<{
      allResults: {
        registrationId: number;
        entrantName: string;
        total: string;
        totalText: string;
        place: number;
        placeLabel: string;
        award: { names: string[] };
      }[];
    }>(
      `query($a: ID!) { allResults(filter: { activityId: $a, trackKey: "CITY" }, sortField: "place", sortOrder: "ASC") {
        registrationId entrantName total totalText place placeLabel award { names } } }`,
      { a: activityId },
    );
    // Totals: 70 % × jury ÷ 100 × 100 + 30 % × public ÷ 100 × 100
    //   甲: 0.7 × 84 + 0.3 × 100 = 58.8 + 30 = 88.8
    //   乙: 0.7 × 90 + 0.3 × 50 = 63 + 15 = 78
    //   丙: 0.7 × 239/3 + 0.3 × 25 = 1673/30 + 225/30 = 1898/30 = 949/15 = 63.2666… → 63.27
    // Places 1, 2, 3; this edition names two 最美劳动者, so 丙 has no title.
    expect(
      results.allResults.map((row) => [
        String(row.registrationId),
        row.total,
        row.totalText,
        row.placeLabel,
        row.award.names,
      ]),
    ).toEqual([
      [entry.jia, "444/5", "88.80", "第 1 名", ["最美劳动者"]],
      [entry.yi, "78", "78.00", "第 2 名", ["最美劳动者"]],
      [entry.bing, "949/15", "63.27", "第 3 名", []],
    ]);
    // Results are not public before the notice.
    const early = await scenario.public.run<{ allResults: unknown[] }>(
      `query($a: ID!) { allResults(filter: { activityId: $a }) { id } }`,
      { a: activityId },
    );
    expect(early.allResults).toEqual([]);
    // No certificates before the results are final.
    await refusedWith(
      publicity,
      "CERTIFICATES_REFUSED",
      `mutation($a: ID!) { issueCertificates(activityId: $a) { id } }`,
      {
        a: activityId,
      },
    );
  });

  it("public notice for five working days, an objection dismissed, then final", async () => {
    const publicity = await scenario.as("publicity");
    // Published Thursday 10月15日: the period counts from the next working day, Friday 10月16日,
    // then Monday 19, 20, 21, 22 → five working days, ending 10月22日.
    const notice = await publicity.run<{
      publishResultsForNotice: {
        publishedOn: string;
        firstDay: string;
        endDate: string;
        workingDays: number;
        description: string;
        workingDates: { date: string }[];
      };
    }>(
      `mutation($a: ID!) { publishResultsForNotice(activityId: $a) { publishedOn firstDay endDate workingDays description workingDates { date weekday } } }`,
      { a: activityId },
    );
    expect(notice.publishResultsForNotice).toMatchObject({
      publishedOn: "2015-10-15",
      firstDay: "2015-10-16",
      endDate: "2015-10-22",
      workingDays: 5,
      description: "公示期：2015年10月16日至2015年10月22日（5 个工作日）",
    });
    expect(notice.publishResultsForNotice.workingDates.map((day) => day.date)).toEqual([
      "2015-10-16",
      "2015-10-19",
      "2015-10-20",
      "2015-10-21",
      "2015-10-22",
    ]);
    // Now the public sees the results and the notice.
    const seen = await scenario.public.run<{
      allResults: { entrantName: string; totalText: string }[];
      publicNotice: { endDate: string };
    }>(
      `query($a: ID!) { allResults(filter: { activityId: $a }, sortField: "place", sortOrder: "ASC") { entrantName totalText }
                        publicNotice(activityId: $a) { endDate } }`,
      { a: activityId },
    );
    expect(seen.allResults.map((row) => row.totalText)).toEqual(["88.80", "78.00", "63.27"]);
    expect(seen.publicNotice.endDate).toBe("2015-10-22");
    // 甲 (the demo worker) is told in the portal that the results are published.
    const told = await (await scenario.as("worker")).run<{ myNotifications: { kind: string; text: string }[] }>(
      `{ myNotifications(page: 0, perPage: 10) { kind text } }`,
    );
    expect(told.myNotifications.map((row) => row.kind)).toContain("RESULTS_PUBLISHED");

    at("2015-10-19T10:00");
    const objectionPhone = phone(901);
    allPhones.push(objectionPhone);
    const anonymousObjection = await scenario.public.refused(
      `mutation($a: ID!, $e: ID!) { fileObjection(activityId: $a, entryId: $e, content: "刷票", contactName: "") { id } }`,
      { a: activityId, e: entry.yi },
    );
    expect(anonymousObjection.code).toBe("VALIDATION_FAILED");
    const filed = await scenario.public.run<{
      fileObjection: { id: string; status: string; late: boolean; filedOn: string; contactPhone: string };
    }>(
      `mutation($a: ID!, $e: ID!, $p: String) {
        fileObjection(activityId: $a, entryId: $e, content: "乙的网络投票有刷票嫌疑，请核查", contactName: "陈女士", contactPhone: $p) {
          id status late filedOn contactPhone }
      }`,
      { a: activityId, e: entry.yi, p: objectionPhone },
    );
    expect(filed.fileObjection).toMatchObject({
      status: "OPEN",
      late: false,
      filedOn: "2015-10-19",
      contactPhone: `166****${objectionPhone.slice(-4)}`,
    });
    // Finalizing is refused while the period runs and the objection is open.
    at("2015-10-22T17:00");
    const tooEarly = await (await scenario.as("publicity")).refused(
      `mutation($a: ID!) { finalizeResults(activityId: $a) { id state } }`,
      { a: activityId },
    );
    expect(tooEarly.code).toBe("ACTIVITY_TRANSITION_REFUSED");
    const open = await (await scenario.as("publicity")).run<{
      allObjections: { id: string; contactPhone: string; version: number }[];
    }>(`query($a: ID!) { allObjections(filter: { activityId: $a, status: OPEN }) { id contactPhone version } }`, {
      a: activityId,
    });
    expect(open.allObjections).toHaveLength(1);
    expect(open.allObjections[0]?.contactPhone).toBe(objectionPhone);
    // Only 宣教部 resolves objections and finalizes.
    for (const username of ["organizer", "unit", "worker"]) {
      await refusedWith(
        await scenario.as(username),
        "FORBIDDEN",
        `mutation($id: ID!, $v: Int!) { resolveObjection(id: $id, version: $v, outcome: DISMISSED, text: "不成立") { id } }`,
        { id: open.allObjections[0]?.id, v: open.allObjections[0]?.version },
      );
      await refusedWith(
        await scenario.as(username),
        "FORBIDDEN",
        `mutation($a: ID!) { finalizeResults(activityId: $a) { id } }`,
        {
          a: activityId,
        },
      );
    }
    const dismissed = await (await scenario.as("publicity")).run<{
      resolveObjection: { status: string; resolution: string };
    }>(
      `mutation($id: ID!, $v: Int!) {
        resolveObjection(id: $id, version: $v, outcome: DISMISSED, text: "已作废的 1 票不计入；其余投票来自不同实名手机号，异议不成立") {
          id status resolution version }
      }`,
      { id: open.allObjections[0]?.id, v: open.allObjections[0]?.version },
    );
    expect(dismissed.resolveObjection.status).toBe("DISMISSED");

    at("2015-10-23T09:00");
    const finalized = await (await scenario.as("publicity")).run<{ finalizeResults: { state: string } }>(
      `mutation($a: ID!) { finalizeResults(activityId: $a) { id state } }`,
      { a: activityId },
    );
    expect(finalized.finalizeResults.state).toBe("FINAL");
  });

  it("certificates: one 荣誉证书 per 最美劳动者, as PDF; the audit log shows the story", async () => {
    const publicity = await scenario.as("publicity");
    const issued = await publicity.run<{
      issueCertificates: {
        id: string;
        number: string;
        kind: string;
        recipientName: string;
        awardName: string;
        issuedOn: string;
        downloadPath: string;
      }[];
    }>(
      `mutation($a: ID!) { issueCertificates(activityId: $a) { id number kind recipientName awardName titles citation issuedOn downloadPath } }`,
      { a: activityId },
    );
    // Awards only (the template gives no participation certificates): 甲 and 乙.
    expect(issued.issueCertificates.map((c) => [c.kind, c.recipientName, c.awardName, c.issuedOn])).toEqual([
      ["AWARD", names.jia, "最美劳动者", "2015-10-23"],
      ["AWARD", names.yi, "最美劳动者", "2015-10-23"],
    ]);
    expect(issued.issueCertificates.map((c) => c.number)).toEqual(["JZ-ZMLDZ-0001", "JZ-ZMLDZ-0002"]);
    // Issuing again adds nothing.
    expect(
      (
        await publicity.run<{ issueCertificates: unknown[] }>(
          `mutation($a: ID!) { issueCertificates(activityId: $a) { id } }`,
          { a: activityId },
        )
      ).issueCertificates,
    ).toHaveLength(2);

    // 甲 (the demo worker) downloads their own certificate.
    const worker = await scenario.as("worker");
    const mine = await worker.run<{ myCertificates: { downloadPath: string; number: string }[] }>(
      `{ myCertificates { number downloadPath } }`,
    );
    const own = mine.myCertificates.find((c) => c.number === "JZ-ZMLDZ-0001");
    expect(own).toBeDefined();
    const single = await worker.download(own?.downloadPath ?? "");
    expect(single.status).toBe(200);
    expect(single.headers.get("content-type")).toContain("application/pdf");
    const singleBytes = Buffer.from(await single.arrayBuffer());
    expect(singleBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPageCount(singleBytes)).toBe(1);
    // 乙's certificate is not the worker's to see; the whole activity's is only for 宣教部 and the admin.
    const others = issued.issueCertificates[1]?.downloadPath ?? "";
    expect((await worker.download(others)).status).toBe(404);
    expect((await worker.download(`/files/activities/${activityId}/certificates.pdf`)).status).toBe(403);
    const all = await publicity.download(`/files/activities/${activityId}/certificates.pdf`);
    expect(all.status).toBe(200);
    const allBytes = Buffer.from(await all.arrayBuffer());
    expect(allBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPageCount(allBytes)).toBe(2);

    // The audit log (admin) has every key step, by the right people.
    const admin = await scenario.as("admin");
    const audit = await admin.run<{
      allAuditEntries: { action: string; actorRole: string | null; reason: string | null }[];
    }>(
      `query($f: AuditEntryFilter) { allAuditEntries(filter: $f, perPage: 200, sortField: "at", sortOrder: "ASC") { action actorRole reason } }`,
      { f: { activityId } },
    );
    const actions = new Set(audit.allAuditEntries.map((row) => row.action));
    for (const action of [
      "ENROL",
      "RECOMMENDATION_FILED",
      "REGISTRATION_APPROVE",
      "REGISTRATION_REJECT",
      "ATTACHMENT_UPLOAD",
      "JUDGE_ASSIGN",
      "PUBLIC_VOTE_SCHEDULE",
      "BALLOT_CAST",
      "VOTE_VOID",
      "VOTING_PENALTY",
      "PUBLIC_VOTE_CLOSE",
      "SCORE_SUBMIT",
      "ROUND_CLOSE",
      "PUBLIC_NOTICE_PUBLISH",
      "ACTIVITY_TRANSITION",
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(audit.allAuditEntries.find((row) => row.action === "VOTE_VOID")?.reason).toBe("同一设备批量注册手机号投票");
    // 8 ballots were accepted: 4 on 10-09 (phones 1, 2, 3, the worker) and 4 on 10-10 (phone 1, the
    // worker, phones 5, 6); the retried key counted once.
    expect(audit.allAuditEntries.filter((row) => row.action === "BALLOT_CAST")).toHaveLength(8);
    // Nothing personal in the audit log either.
    const text = JSON.stringify(audit);
    for (const number of allPhones) expect(text).not.toContain(number);
    const log = scenario.harness.logLines.join("\n");
    for (const number of allPhones) expect(log).not.toContain(number);
    // Nor the demo worker's own phone and ID number (SMS notifications are logged masked).
    const self = await (await scenario.as("admin")).run<{ allWorkers: { phone: string; idNumber: string }[] }>(
      `query($f: WorkerFilter) { allWorkers(filter: $f) { phone idNumber } }`,
      { f: { q: names.jia } },
    );
    expect(self.allWorkers[0]?.phone).toMatch(/^1\d{10}$/);
    expect(log).not.toContain(self.allWorkers[0]?.phone);
    expect(log).not.toContain(self.allWorkers[0]?.idNumber);
    expect(log).toContain(`短信 → ${self.allWorkers[0]?.phone.slice(0, 3)}****`);
  });
});
