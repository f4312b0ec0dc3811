import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, type GraphQLAnswer, startApiHarness } from "../test/api-harness.ts";
import { createVoteActivity } from "../test/voting-fixtures.ts";

const recommendMutation = `mutation(
  $activityId: ID!, $candidateName: String!, $organizationId: ID!, $story: String!,
  $recommenderName: String!, $recommenderPhone: String!, $key: String!
) {
  recommendCandidate(
    activityId: $activityId, candidateName: $candidateName, organizationId: $organizationId, story: $story,
    recommenderName: $recommenderName, recommenderPhone: $recommenderPhone, idempotencyKey: $key
  ) { id candidateName organizationName story recommenderName recommenderPhone state stateLabel }
}`;
const listQuery = `query($activityId: ID!) {
  allRecommendations(filter: { activityId: $activityId }) { id candidateName recommenderName recommenderPhone state }
  _allRecommendationsMeta(filter: { activityId: $activityId }) { count }
}`;

interface Recommended {
  recommendCandidate: {
    id: string;
    candidateName: string;
    organizationName: string;
    story: string;
    recommenderName: string;
    recommenderPhone: string;
    state: string;
    stateLabel: string;
  } | null;
}

function codeOf(answer: GraphQLAnswer<unknown>): string | undefined {
  return answer.errors?.[0]?.extensions?.code;
}

const recommenderPhone = "13904161234";

describe.each(testProviders())("public recommendations (%s)", (provider) => {
  let api: ApiHarness;
  let unitId: number;
  let unitName: string;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    // A grassroots union inside the demo unit admin's subtree (古塔区总工会).
    const unitAdmin = await prisma.user.findUniqueOrThrow({
      where: { username: "unit" },
      include: { organization: true },
    });
    const unit = await prisma.organization.findFirstOrThrow({
      where: { kind: "GRASSROOTS_UNION", path: { startsWith: unitAdmin.organization?.path ?? "-" } },
      orderBy: { id: "asc" },
    });
    unitId = unit.id;
    unitName = unit.name;
  }, 120_000);
  afterAll(() => api?.close());

  it("files a recommendation from the public into review, the recommender masked for all but the organizer", async () => {
    const prisma = api.server.database.prisma;
    const search = await createVoteActivity(prisma, {
      code: `R-OPEN-${provider}`,
      candidateNames: [],
      state: "REGISTRATION_OPEN",
    });
    // The public finds the unit by name, without signing in.
    const units = await api.graphql<{ recommendableUnits: { id: string; name: string }[] }>(
      `query($q: String!) { recommendableUnits(nameContains: $q) { id name } }`,
      { q: unitName },
    );
    expect(units.data?.recommendableUnits.map((unit) => unit.id)).toContain(String(unitId));

    const variables = {
      activityId: search.activityId,
      candidateName: "刘秀英",
      organizationId: unitId,
      story: "环卫工人，二十年如一日清扫城区主干道，拾金不昧。",
      recommenderName: "王建国",
      recommenderPhone,
      key: "rec-1",
    };
    const filed = await api.graphql<Recommended>(recommendMutation, variables);
    expect(filed.errors).toBeUndefined();
    // The full approval chain starts at the unit (单位确认), then county, then the organizer's 初评.
    expect(filed.data?.recommendCandidate).toMatchObject({
      candidateName: "刘秀英",
      organizationName: unitName,
      recommenderName: "王**",
      recommenderPhone: "139****1234",
      state: "PENDING_UNIT",
      stateLabel: "待单位审核",
    });
    const id = filed.data?.recommendCandidate?.id;
    // A retry with the same key answers with the same recommendation; another phone may not reuse it.
    const retry = await api.graphql<Recommended>(recommendMutation, variables);
    expect(retry.data?.recommendCandidate?.id).toBe(id);
    const reused = await api.graphql(recommendMutation, { ...variables, recommenderPhone: "13904160000" });
    expect(codeOf(reused)).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await prisma.registration.count({ where: { activityId: search.activityId } })).toBe(1);

    // The owning department's organizer sees the recommender in full.
    const publicity = await api.graphql<{
      allRecommendations: { recommenderName: string; recommenderPhone: string }[];
    }>(listQuery, { activityId: search.activityId }, await api.tokenFor("publicity"));
    expect(publicity.data?.allRecommendations).toEqual([
      { id, candidateName: "刘秀英", recommenderName: "王建国", recommenderPhone, state: "PENDING_UNIT" },
    ]);
    expect(publicity.data).toMatchObject({ _allRecommendationsMeta: { count: 1 } });
    // Another department's organizer does not see it; a unit admin or a worker may not list them.
    const other = await api.graphql<{ allRecommendations: unknown[] }>(
      listQuery,
      { activityId: search.activityId },
      await api.tokenFor("organizer"),
    );
    expect(other.data?.allRecommendations).toEqual([]);
    expect(codeOf(await api.graphql(listQuery, { activityId: search.activityId }, await api.tokenFor("unit")))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await api.graphql(listQuery, { activityId: search.activityId }))).toBe("UNAUTHENTICATED");
    // The unit admin reviews it as a registration of their subtree, without the recommender.
    const unitView = await api.graphql<{ allRegistrations: { id: string; channel: string; state: string }[] }>(
      `query($a: ID!) { allRegistrations(filter: { activityId: $a }) { id channel state name } }`,
      { a: search.activityId },
      await api.tokenFor("unit"),
    );
    expect(unitView.data?.allRegistrations).toEqual([
      { id, channel: "PUBLIC_RECOMMENDATION", state: "PENDING_UNIT", name: "刘秀英" },
    ]);

    // The phone never reaches a log line or the audit log.
    expect(api.logLines.join("\n")).not.toContain(recommenderPhone);
    const audit = await prisma.auditEntry.findMany({ where: { activityId: search.activityId } });
    expect(audit.map((entry) => entry.action)).toEqual(["RECOMMENDATION_FILED"]);
    expect(JSON.stringify(audit)).not.toContain(recommenderPhone);
    expect(JSON.stringify(audit)).not.toContain("王建国");
  });

  it("refuses bad input with every problem, and activities that take no recommendations now, writing nothing", async () => {
    const prisma = api.server.database.prisma;
    const search = await createVoteActivity(prisma, {
      code: `R-BAD-${provider}`,
      candidateNames: [],
      state: "REGISTRATION_OPEN",
    });
    const bad = await api.graphql(recommendMutation, {
      activityId: search.activityId,
      candidateName: "刘秀英",
      organizationId: unitId,
      story: "  ",
      recommenderName: "王建国",
      recommenderPhone: "1390416",
      key: "rec-bad",
    });
    expect(codeOf(bad)).toBe("VALIDATION_FAILED");
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.map((error) => [error.field, error.code])).toEqual([
      ["story", "REQUIRED"],
      ["recommenderPhone", "INVALID"],
    ]);
    // The vote has started (评审中): recommendations are over.
    const judging = await createVoteActivity(prisma, { code: `R-LATE-${provider}`, candidateNames: ["甲"] });
    const late = await api.graphql(recommendMutation, {
      activityId: judging.activityId,
      candidateName: "刘秀英",
      organizationId: unitId,
      story: "事迹",
      recommenderName: "王建国",
      recommenderPhone,
      key: "rec-late",
    });
    expect(codeOf(late)).toBe("RECOMMENDATION_NOT_ALLOWED");
    expect(late.errors?.[0]?.message).toContain("现在不在推荐期");
    expect(
      await prisma.registration.count({
        where: { activityId: { in: [search.activityId, judging.activityId] }, channel: "PUBLIC_RECOMMENDATION" },
      }),
    ).toBe(0);
    expect(api.logLines.join("\n")).not.toContain("1390416");
  });
});
