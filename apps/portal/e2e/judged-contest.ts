// A skills contest (状元杯) being judged, prepared over GraphQL as its organizer, a unit admin and
// the admin's judge list would: for the live scoreboard's browser test.
import { expect } from "vitest";
import {
  approveRegistration,
  type BrowserSession,
  createActivity,
  enrolWorker,
  transitionActivity,
  uniquelyNamed,
} from "./portal-browser.ts";

export interface JudgedContest {
  activityName: string;
  /** The practical round (criteria scoring) whose board the page shows. */
  roundId: string;
  /** Its criteria, for a judge's sheet. */
  criteria: { key: string; max: string }[];
  /** The accepted entries' registration ids. */
  entryIds: string[];
}

/**
 * 生产保护部 makes a 状元杯 from its template, reviewed by the organizer alone, with the practical
 * round's judges' scores combined by their plain mean (so one sheet already gives a score); the
 * 古塔区 unit admin enrols `entries` workers; the organizer accepts them, closes registration early,
 * starts judging, seats the five demo judges (none from 古塔区) and assigns them balanced.
 */
export async function judgedContest(session: BrowserSession, name: string, entries = 2): Promise<JudgedContest> {
  const organizer = await session.tokenFor("organizer");
  const created = await createActivity<{
    id: string;
    version: number;
    configuration: { rounds: { key: string; criteriaScoring?: Record<string, unknown> }[] };
  }>(session, organizer, {
    kind: "SKILLS_CONTEST",
    code: `E2E-LIVE-${Date.now()}`,
    name,
    fields: "id version configuration",
  });
  const rounds = created.configuration.rounds.map((round) =>
    round.key === "practical"
      ? {
          ...round,
          judgesPerEntry: 3,
          criteriaScoring: { ...round.criteriaScoring, aggregation: { method: "MEAN" } },
        }
      : round,
  );
  await session.graphql(
    "mutation ($id: ID!, $v: Int!, $c: JSON) { updateActivity(id: $id, version: $v, configuration: $c) { id } }",
    {
      id: created.id,
      v: created.version,
      c: { ...created.configuration, rounds, approvalChain: { levels: ["ORGANIZER"] } },
    },
    organizer,
  );
  await transitionActivity(session, organizer, created.id, "REGISTRATION_OPEN");

  const unit = await session.tokenFor("unit");
  const roster = await session.graphql<{ allWorkers: { id: string }[] }>(
    '{ allWorkers(page: 0, perPage: 200, sortField: "id", sortOrder: "ASC") { id name } }',
    {},
    unit,
  );
  const entryIds: string[] = [];
  const refusals: string[] = [];
  for (const worker of uniquelyNamed(roster.allWorkers as { id: string; name: string }[])) {
    if (entryIds.length === entries) break;
    for (const categoryKey of ["LATHE", "FITTER", "ELECTRICIAN", "WELDER"]) {
      try {
        entryIds.push(
          await enrolWorker(session, unit, {
            activityId: created.id,
            categoryKey,
            workerId: worker.id,
            idempotencyKey: `e2e-live-${created.id}-${worker.id}`,
          }),
        );
        break;
      } catch (error) {
        refusals.push(String(error));
      }
    }
  }
  if (entryIds.length < entries) throw new Error(`could not enrol the entries: ${refusals.slice(0, 3).join(" | ")}`);

  const categoryIds = new Set<string>();
  for (const id of entryIds) {
    const { Registration } = await session.graphql<{ Registration: { version: number; categoryId: string } }>(
      "query ($id: ID!) { Registration(id: $id) { version categoryId } }",
      { id },
      organizer,
    );
    categoryIds.add(Registration.categoryId);
    expect(["APPROVED", "CONFIRMED"]).toContain(
      await approveRegistration(session, organizer, id, Registration.version),
    );
  }
  await transitionActivity(session, organizer, created.id, "REGISTRATION_CLOSED", "选手均已审核，提前截止报名");
  await transitionActivity(session, organizer, created.id, "JUDGING");

  const { allRounds } = await session.graphql<{
    allRounds: { id: string; key: string; criteria: { key: string; max: string }[] }[];
  }>(
    "query ($a: ID!) { allRounds(perPage: 10, filter: { activityId: $a }) { id key criteria { key max } } }",
    { a: created.id },
    organizer,
  );
  const practical = allRounds.find((round) => round.key === "practical");
  if (!practical) throw new Error("the skills contest has no practical round");
  const { judgeCandidates } = await session.graphql<{ judgeCandidates: { id: string }[] }>(
    "{ judgeCandidates { id } }",
    {},
    organizer,
  );
  for (const categoryId of categoryIds) {
    await session.graphql(
      "mutation ($r: ID!, $c: ID!, $j: [ID!]!) { setRoundPanel(roundId: $r, categoryId: $c, judgeUserIds: $j) { id } }",
      { r: practical.id, c: categoryId, j: judgeCandidates.map((judge) => judge.id) },
      organizer,
    );
    await session.graphql(
      "mutation ($r: ID!, $c: ID!) { assignJudgesBalanced(roundId: $r, categoryId: $c) { id } }",
      { r: practical.id, c: categoryId },
      organizer,
    );
  }
  return { activityName: name, roundId: practical.id, criteria: practical.criteria, entryIds };
}
