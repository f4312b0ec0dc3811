// Preparing what the public pages show, over GraphQL as the organizers would: a 状元杯 skills
// contest whose results are on public notice (公示), and a 最美劳动者 search open for public
// recommendations. The sessions' demo data holds accounts and the roster, not activities.
import {
  approveRegistration,
  type BrowserSession,
  chinaDay,
  createActivity,
  createOpenActivity,
  demoPassword,
  enrolWorker,
  transitionActivity,
  uniquelyNamed,
} from "./portal-browser.ts";

export interface NoticeEntrant {
  registrationId: string;
  name: string;
  county: "JZ-GT" | "JZ-LH";
  categoryKey: "LATHE" | "FITTER";
  theory: string;
  practical: string;
}

export interface ContestInNotice {
  activityId: string;
  code: string;
  name: string;
  entrants: NoticeEntrant[];
}

// Theory 30 % + practical 70 %. 车工: 94.10 first; three at 87.00, the higher practical score
// second, the other two equal in everything and so 并列第 3 名; 83.00 and 70.00 from 凌河区 (ranked
// on the city track only). 钳工: two entrants.
const plan: Omit<NoticeEntrant, "registrationId" | "name">[] = [
  { county: "JZ-GT", categoryKey: "LATHE", theory: "92", practical: "95" },
  { county: "JZ-GT", categoryKey: "LATHE", theory: "80", practical: "90" },
  { county: "JZ-GT", categoryKey: "LATHE", theory: "94", practical: "84" },
  { county: "JZ-GT", categoryKey: "LATHE", theory: "94", practical: "84" },
  { county: "JZ-LH", categoryKey: "LATHE", theory: "90", practical: "80" },
  { county: "JZ-LH", categoryKey: "LATHE", theory: "70", practical: "70" },
  { county: "JZ-GT", categoryKey: "FITTER", theory: "88", practical: "91" },
  { county: "JZ-GT", categoryKey: "FITTER", theory: "75", practical: "80" },
];

/**
 * A unit admin's token for a county: the demo's `unit` for 古塔区; for 凌河区 (whose demo account
 * comes only with the demo's activities) the admin opens one.
 */
async function unitAdminToken(session: BrowserSession, county: "JZ-GT" | "JZ-LH"): Promise<string> {
  if (county === "JZ-GT") return session.tokenFor("unit");
  const admin = await session.tokenFor("admin");
  const { allOrganizations } = await session.graphql<{ allOrganizations: { id: string; code: string }[] }>(
    "query ($q: String) { allOrganizations(filter: { q: $q }, perPage: 5) { id code } }",
    { q: county },
    admin,
  );
  const organization = allOrganizations.find((row) => row.code === county);
  if (!organization) throw new Error(`no ${county} in the demo data`);
  const username = `e2e-${county.toLowerCase()}-${Date.now() % 100000}`;
  await session.graphql(
    `mutation ($u: String!, $p: String!, $o: ID!) {
      createUser(username: $u, password: $p, displayName: "凌河区总工会 测试干事", role: UNIT_ADMIN, organizationId: $o) { id }
    }`,
    { u: username, p: demoPassword, o: organization.id },
    admin,
  );
  return session.tokenFor(username);
}

/** The admin enters 元旦 of this year and the next when the holiday calendar lacks them (publishing needs the year's arrangement). */
export async function ensureHolidayCalendar(session: BrowserSession): Promise<void> {
  const admin = await session.tokenFor("admin");
  const year = Number(chinaDay(0).slice(0, 4));
  for (const y of [year, year + 1]) {
    const known = await session.graphql<{ allHolidays: { id: string }[] }>(
      "query ($y: Int) { allHolidays(filter: { year: $y }, perPage: 1) { id } }",
      { y },
      admin,
    );
    if (known.allHolidays.length > 0) continue;
    await session.graphql(
      `mutation ($d: String!) { createHoliday(date: $d, kind: HOLIDAY, name: "元旦") { id } }`,
      { d: `${y}-01-01` },
      admin,
    );
  }
}

/**
 * A skills contest with two trades, ranked on the city track and on 古塔区's county track, both
 * rounds marked as exams (imported scores, no judges), computed and published for public notice
 * by the organizer (生产保护部). Returns the entrants with their registration ids.
 */
export async function prepareContestInNotice(session: BrowserSession): Promise<ContestInNotice> {
  const organizer = await session.tokenFor("organizer");
  const stamp = String(Date.now() % 100000).padStart(5, "0");
  const code = `E2E-GS-${stamp}`;
  const name = `状元杯公示测试${stamp}`;
  const created = await createActivity<{ id: string; version: number; configuration: Record<string, unknown> }>(
    session,
    organizer,
    { kind: "SKILLS_CONTEST", code, name, fields: "id version configuration" },
  );
  const template = created.configuration as {
    categories: Record<string, unknown>[];
    rounds: Record<string, unknown>[];
    awards: Record<string, unknown>;
    certificates: Record<string, unknown>;
  };
  const { allOrganizations } = await session.graphql<{
    allOrganizations: { code: string; name: string; path: string }[];
  }>(
    '{ allOrganizations(filter: { q: "JZ-GT" }, perPage: 5) { code name path } }',
    {},
    await session.tokenFor("admin"),
  );
  const guta = allOrganizations.find((organization) => organization.code === "JZ-GT");
  if (!guta) throw new Error("no 古塔区 federation (JZ-GT) in the demo data");
  const [theory, practical] = template.rounds as [Record<string, unknown>, Record<string, unknown>];
  const configuration = {
    ...template,
    categories: template.categories
      .filter((category) => category.categoryId === "LATHE" || category.categoryId === "FITTER")
      .map((category) => ({ ...category, eligibility: {} })),
    approvalChain: { levels: ["ORGANIZER"] },
    // The practical round's scores are imported like the theory exam's: no judges to walk through.
    rounds: [theory, { ...practical, kind: "EXAM", criteriaScoring: null, judgementMarks: null, judgesPerEntry: null }],
    awardTracks: [
      { level: "CITY", key: "CITY", name: "市级" },
      {
        level: "COUNTY",
        key: `COUNTY-${guta.code}`,
        name: `县(市)区级（${guta.name}）`,
        countyCode: guta.code,
        countyPath: guta.path,
      },
    ],
    awards: { ...template.awards, sharedAwards: true },
    certificates: { ...template.certificates, numberPrefix: code },
  };
  await session.graphql(
    "mutation ($id: ID!, $v: Int!, $c: JSON) { updateActivity(id: $id, version: $v, configuration: $c) { id } }",
    { id: created.id, v: created.version, c: configuration },
    organizer,
  );
  await transitionActivity(session, organizer, created.id, "REGISTRATION_OPEN");

  const entrants: NoticeEntrant[] = [];
  const used = new Set<string>();
  for (const county of ["JZ-GT", "JZ-LH"] as const) {
    const unit = await unitAdminToken(session, county);
    const roster = await session.graphql<{ allWorkers: { id: string; name: string }[] }>(
      '{ allWorkers(page: 0, perPage: 300, sortField: "id", sortOrder: "ASC") { id name } }',
      {},
      unit,
    );
    const candidates = uniquelyNamed(roster.allWorkers).filter((worker) => !used.has(worker.name));
    for (const [index, slot] of plan.entries()) {
      if (slot.county !== county) continue;
      let enrolled = false;
      while (!enrolled) {
        const worker = candidates.shift();
        if (!worker) throw new Error(`not enough workers in ${county} to enrol`);
        try {
          const registrationId = await enrolWorker(session, unit, {
            activityId: created.id,
            categoryKey: slot.categoryKey,
            workerId: worker.id,
            idempotencyKey: `e2e-gs-${created.id}-${worker.id}`,
          });
          used.add(worker.name);
          // In the plan's order, whatever the county.
          entrants[index] = { ...slot, registrationId, name: worker.name };
          enrolled = true;
        } catch {
          // Not eligible (already entered elsewhere, not a union member …): the next worker.
        }
      }
    }
  }
  for (const entrant of entrants) await approveRegistration(session, organizer, entrant.registrationId);
  await transitionActivity(session, organizer, created.id, "REGISTRATION_CLOSED", "报名人数已满足比赛安排，提前截止");
  await transitionActivity(session, organizer, created.id, "JUDGING");

  const { allRounds } = await session.graphql<{ allRounds: { id: string; key: string }[] }>(
    "query ($a: ID!) { allRounds(perPage: 10, filter: { activityId: $a }) { id key } }",
    { a: created.id },
    organizer,
  );
  for (const round of allRounds) {
    const key = round.key as "theory" | "practical";
    await session.graphql(
      "mutation ($r: ID!, $rows: [ExamScoreInput!]!) { importExamScores(roundId: $r, rows: $rows) { registrationId } }",
      {
        r: round.id,
        rows: entrants.map((entrant) => ({ registrationId: entrant.registrationId, score: entrant[key] })),
      },
      organizer,
    );
    await session.graphql("mutation ($r: ID!) { closeRound(roundId: $r) { id } }", { r: round.id }, organizer);
  }
  const computed = await session.graphql<{ computeResults: { blockingTies: { message: string }[] } }>(
    "mutation ($a: ID!) { computeResults(activityId: $a) { resultCount blockingTies { message } } }",
    { a: created.id },
    organizer,
  );
  if (computed.computeResults.blockingTies.length > 0) {
    throw new Error(computed.computeResults.blockingTies.map((tie) => tie.message).join("; "));
  }
  await session.graphql(
    "mutation ($a: ID!) { publishResultsForNotice(activityId: $a) { id } }",
    { a: created.id },
    organizer,
  );
  return { activityId: created.id, code, name, entrants };
}

/** A 最美劳动者 search of 宣教部 (`publicity`) open for registration, so for public recommendations. */
export async function prepareOpenRecommendation(
  session: BrowserSession,
): Promise<{ activityId: string; name: string }> {
  const publicity = await session.tokenFor("publicity");
  const stamp = String(Date.now() % 100000).padStart(5, "0");
  const name = `最美劳动者推荐测试${stamp}`;
  const created = await createOpenActivity(session, publicity, {
    kind: "MOST_BEAUTIFUL_WORKER",
    code: `E2E-ZM-${stamp}`,
    name,
  });
  return { activityId: created.id, name };
}
