import { testProviders } from "@jinzhou/db/testing";
import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createJudgedRound, writeScore } from "../test/live-fixtures.ts";
import { installSqlCounter } from "../test/sql-counter.ts";
import { schema } from "./schema.ts";

/**
 * The most SQL statements one page of an admin list may cost, whatever its size: the actor's
 * account and scope (2), the rows (1), and one per relation or batched look-up the selection
 * needs. Measured when written (both databases alike): allOrganizations 5, allWorkers 5,
 * allDepartments 3, allHolidays 3, allAuditEntries 5, allUsers 7, allRegistrations 10,
 * allNominations 8, allJudgeAssignments 8, allRounds 5. allActivities costs 21: its
 * `allowedTransitions` (and `myEntryOptions`) reads registrations, rounds, notices, objections, categories, ranking
 * inputs and the holiday calendar — once per page, batched across the activities
 * (activities/activity-batch-reads.ts), where it used to read them once per activity (70
 * statements for 5 activities, 226 for 18). allQuotas costs 17: each quota's `composition` reads
 * its activity, nominated candidates and overrides — batched the same way (was 41 for 5 quotas,
 * 356 for 50). allBallots 7, allVotes 6, allObjections 8, allIndicatorReports 5, allRoundJudges 5,
 * allRoundResults 4, allResults 9, allRecommendations 8. allCertificates, allMatches and
 * allTournamentDraws have no rows here (their JSON needs their own workflows): measured, but with
 * nothing to multiply, as the warning says.
 */
const maxStatementsPerPage = 12;
// allActivities: the lifecycle facts behind allowedTransitions, batched per page, and the
// categories behind myEntryOptions (read once per page, whoever asks).
const maxStatementsFor: Record<string, number> = { allActivities: 21, allQuotas: 17 };

/** Every `allX` list in the schema, as the admin panel shows it. */
const lists = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((field) => /^all[A-Z]/.test(field.name));

const leafNames = (type: GraphQLObjectType) =>
  Object.values(type.getFields())
    .filter(
      (field) => !field.args.some((argument) => isNonNullType(argument.type)) && isLeafType(getNamedType(field.type)),
    )
    .map((field) => field.name);

/**
 * What a list page asks for: every field that needs no argument, with the plain fields of each
 * related record one level down (ra-data-graphql-simple asks for the same and more rarely).
 */
function selectionOf(list: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(list.type) as GraphQLObjectType;
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((argument) => isNonNullType(argument.type))) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named)) {
      const leaves = leafNames(named);
      if (leaves.length > 0) parts.push(`${field.name} { ${leaves.join(" ")} }`);
    }
  }
  return parts.join(" ");
}

describe.each(testProviders())("SQL statements per admin list page (%s)", (provider) => {
  let api: ApiHarness;
  let admin: string;
  const counter = installSqlCounter();

  beforeAll(async () => {
    api = await startApiHarness(provider);
    admin = await api.tokenFor("admin");
    const prisma = api.server.database.prisma;
    // Enough rows for a page of 50 to differ from a page of 5 where the demo data has few:
    // 18 activities with 3 registrations, 9 judge assignments and some score sheets each.
    const adminUser = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
    const units = await prisma.organization.findMany({ where: { kind: "GRASSROOTS_UNION" }, take: 3 });
    for (let index = 0; index < 18; index++) {
      const round = await createJudgedRound(prisma, { code: `SC-${index}` });
      await writeScore(prisma, round.assignmentOf(0, 0), "90");
      await writeScore(prisma, round.assignmentOf(1, 1), "80");
      // Rows for the lists of other workflows, three per activity (54 each), written plainly:
      // results, public recommendations, round results, quotas, indicator reports, a
      // notice with objections, ballots with votes.
      const teams = [round.teams.a, round.teams.b, round.teams.c];
      const categoryId = (await prisma.category.findFirstOrThrow({ where: { activityId: round.activityId } })).id;
      await prisma.result.createMany({
        data: teams.map((registrationId, place) => ({
          activityId: round.activityId,
          categoryId,
          registrationId,
          trackKey: "CITY",
          trackName: "市级",
          total: "80",
          totalText: "80.00",
          place: place + 1,
          explanation: "统计测试",
          titles: [],
        })),
      });
      await prisma.registration.createMany({
        data: ["荐一", "荐二", "荐三"].map((name) => ({
          activityId: round.activityId,
          categoryId,
          entrantType: "INDIVIDUAL" as const,
          channel: "PUBLIC_RECOMMENDATION" as const,
          state: "PENDING_ORGANIZER" as const,
          name: `${round.activityId}-${name}`,
          organizationId: units[0]?.id ?? 1,
          recommenderName: "推荐人",
          recommenderPhone: "13900000000",
        })),
      });
      await prisma.roundResult.createMany({
        data: teams.map((registrationId) => ({
          roundId: round.roundId,
          registrationId,
          result: "80",
          recordedById: adminUser.id,
        })),
      });
      await prisma.quota.createMany({
        data: units.map((unit) => ({
          activityId: round.activityId,
          organizationId: unit.id,
          weight: "1",
          allocatedPlaces: 2,
        })),
      });
      await prisma.indicatorReport.createMany({
        data: teams.map((registrationId) => ({
          activityId: round.activityId,
          registrationId,
          period: "2099-Q1",
          values: {},
          filedById: adminUser.id,
        })),
      });
      const notice = await prisma.publicNotice.create({
        data: {
          activityId: round.activityId,
          publishedAt: new Date(),
          publishedOn: "2099-06-01",
          workingDays: 5,
          firstDay: "2099-06-02",
          endDate: "2099-06-08",
          workingDates: [],
          publishedById: adminUser.id,
        },
      });
      await prisma.objection.createMany({
        data: teams.map((registrationId) => ({
          publicNoticeId: notice.id,
          activityId: round.activityId,
          registrationId,
          content: "统计测试异议",
          contactName: "测试",
          filedOn: "2099-06-03",
        })),
      });
      for (const [sequence, registrationId] of teams.entries()) {
        const ballot = await prisma.ballot.create({
          data: {
            roundId: round.roundId,
            voterKey: `voter-${index}-${sequence}`,
            ipAddress: "203.0.113.1",
            votingDay: "2099-06-01",
            voterSequence: 1,
            ipSequence: sequence + 1,
          },
        });
        await prisma.vote.create({ data: { ballotId: ballot.id, roundId: round.roundId, registrationId } });
      }
    }
    await prisma.auditEntry.createMany({
      data: Array.from({ length: 60 }, (_, index) => ({
        actorUserId: adminUser.id,
        actorRole: "ADMIN" as const,
        action: "TEST_ENTRY",
        entityType: "Test",
        entityId: index + 1,
      })),
    });
    await prisma.department.createMany({
      data: Array.from({ length: 60 }, (_, index) => ({ code: `SCD${index}`, name: `统计部门${index}` })),
    });
  });
  afterAll(() => api?.close());

  it("finds the lists to measure", () => {
    expect(lists.map((list) => list.name)).toEqual(
      expect.arrayContaining([
        "allOrganizations",
        "allWorkers",
        "allDepartments",
        "allActivities",
        "allRegistrations",
        "allAuditEntries",
        "allHolidays",
        "allUsers",
      ]),
    );
  });

  it.each(lists.map((list) => [list.name, list] as const))(
    `%s costs the same few statements for 5 rows and for 50`,
    async (name, list) => {
      const query = `query($perPage: Int) { ${name}(perPage: $perPage) { ${selectionOf(list)} } }`;
      const measure = async (perPage: number) => {
        counter.reset();
        const answer = await api.graphql<Record<string, unknown[]>>(query, { perPage }, admin);
        return { answer, count: counter.count, statements: counter.statements };
      };
      await measure(5); // warm-up: nothing cached may hide a statement
      const small = await measure(5);
      const large = await measure(50);
      if (small.answer.errors) {
        // A list that needs a filter to answer at all is not a matter of N+1; say so.
        console.warn(`${name} (${provider}) answered with an error: ${small.answer.errors[0]?.message}`);
        return;
      }
      const rows = (large.answer.data?.[name] ?? []).length;
      if (process.env.SHOW_SQL) console.log(`COUNT ${provider} ${name} ${small.count} ${large.count} rows=${rows}`);
      if (process.env.SHOW_SQL === "all") {
        console.log(
          name,
          small.statements.map((sql) => sql.slice(0, 200)),
          large.statements.map((sql) => sql.slice(0, 200)),
        );
      }
      if (rows <= 5) console.warn(`${name} (${provider}): only ${rows} rows, a page of 50 is no larger than one of 5`);
      // Counts, not texts: `IN (…)` lists grow with the page.
      expect(
        large.count,
        `${name}: ${small.count} statements for 5 rows, ${large.count} for ${rows}:\n${large.statements.join("\n")}`,
      ).toBe(small.count);
      expect(large.count).toBeLessThanOrEqual(maxStatementsFor[name] ?? maxStatementsPerPage);
    },
  );
});
