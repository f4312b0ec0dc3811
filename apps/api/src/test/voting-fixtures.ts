// A "most beautiful worker" activity whose public vote is open, with candidates past the
// preliminary review, made directly in the database; and voters (verified phones) made through
// the API's own SMS-code flow, reading the code from the developer's log line.
import type { PrismaClient } from "@jinzhou/db";
import { type ActivityConfiguration, activityTemplate, maskPhone, type VotingRules } from "@jinzhou/domain";
import type { ApiHarness } from "./api-harness.ts";

export interface VoteActivityOptions {
  code: string;
  candidateNames: string[];
  rules?: Partial<VotingRules>;
  /** Default: opened an hour ago, closes in ten days. */
  opensAt?: Date;
  closesAt?: Date;
  /** Default JUDGING (the vote runs during judging); REGISTRATION_OPEN takes recommendations. */
  state?: "JUDGING" | "REGISTRATION_OPEN";
}

export interface VoteActivity {
  activityId: number;
  roundId: number;
  juryRoundId: number;
  /** Registration ids of the candidates, in the order of candidateNames. */
  candidateIds: number[];
}

/** A 最美劳动者 search of 宣教部 in judging, public vote open, every candidate approved (初评 passed). */
export async function createVoteActivity(prisma: PrismaClient, options: VoteActivityOptions): Promise<VoteActivity> {
  const department = await prisma.department.findUniqueOrThrow({ where: { name: "宣教部" } });
  const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  const unit = await prisma.organization.findFirstOrThrow({
    where: { kind: "GRASSROOTS_UNION" },
    orderBy: { id: "asc" },
  });
  const template = activityTemplate("MOST_BEAUTIFUL_WORKER");
  const configuration: ActivityConfiguration = {
    ...template,
    name: `最美劳动者投票测试 ${options.code}`,
    ownerDepartmentCode: department.code,
    voting: { ...(template.voting as VotingRules), ...options.rules },
  };
  const now = Date.now();
  const activity = await prisma.activity.create({
    data: {
      code: options.code,
      name: configuration.name,
      kind: "MOST_BEAUTIFUL_WORKER",
      state: options.state ?? "JUDGING",
      departmentId: department.id,
      year: 2099,
      configuration: configuration as object,
      registrationOpensOn: "2000-01-01",
      registrationClosesOn: options.state === "REGISTRATION_OPEN" ? "2099-05-10" : "2000-02-01",
      judgingEndsOn: "2099-06-10",
      completedBy: "2099-06-30",
      createdById: admin.id,
      categories: { create: [{ key: "CANDIDATES", name: "最美劳动者", entrantType: "INDIVIDUAL", sortOrder: 0 }] },
      rounds: {
        create: [
          { key: "jury", name: "专家评审", kind: "CRITERIA_SCORING", weight: "70", maxResult: "100", sortOrder: 0 },
          {
            key: "public",
            name: "网络投票",
            kind: "PUBLIC_VOTE",
            weight: "30",
            maxResult: "100",
            sortOrder: 1,
            opensAt: options.opensAt ?? new Date(now - 60 * 60 * 1000),
            closesAt: options.closesAt ?? new Date(now + 10 * 24 * 60 * 60 * 1000),
          },
        ],
      },
    },
    include: { categories: true, rounds: true },
  });
  const category = activity.categories[0];
  const publicRound = activity.rounds.find((round) => round.kind === "PUBLIC_VOTE");
  const juryRound = activity.rounds.find((round) => round.kind === "CRITERIA_SCORING");
  if (!category || !publicRound || !juryRound) throw new Error("the vote activity is incomplete");
  const candidateIds: number[] = [];
  for (const [index, name] of options.candidateNames.entries()) {
    const registration = await prisma.registration.create({
      data: {
        activityId: activity.id,
        categoryId: category.id,
        entrantType: "INDIVIDUAL",
        channel: "UNIT_NOMINATION",
        state: "APPROVED",
        name,
        organizationId: unit.id,
        registeredAt: new Date(now - (100 - index) * 1000),
        details: { story: `${name}扎根一线二十年，爱岗敬业。` },
      },
    });
    candidateIds.push(registration.id);
  }
  return { activityId: activity.id, roundId: publicRound.id, juryRoundId: juryRound.id, candidateIds };
}

const requestCode = `mutation($phone: String!) { requestVoterCode(phone: $phone) { challenge maskedPhone expiresAt } }`;
const verifyCode = `mutation($challenge: String!, $code: String!) {
  verifyVoterCode(challenge: $challenge, code: $code) { voterToken maskedPhone expiresAt }
}`;

/** The 6-digit code the embedded sender logged for this phone (the developer's line). */
export function loggedCodeFor(api: ApiHarness, phone: string): string {
  const masked = maskPhone(phone);
  for (let index = api.logLines.length - 1; index >= 0; index--) {
    const line = JSON.parse(api.logLines[index] as string) as { message?: string; developerOnlyCode?: string };
    if (line.message === `短信验证码已发送至 ${masked}` && line.developerOnlyCode) return line.developerOnlyCode;
  }
  throw new Error(`no code was logged for ${masked}`);
}

/** A verified voter token for a phone, through requestVoterCode and verifyVoterCode. */
export async function phoneVoterToken(api: ApiHarness, phone: string): Promise<string> {
  const asked = await api.graphql<{ requestVoterCode: { challenge: string } }>(requestCode, { phone });
  if (!asked.data) throw new Error(`requestVoterCode failed: ${JSON.stringify(asked.errors)}`);
  const verified = await api.graphql<{ verifyVoterCode: { voterToken: string } }>(verifyCode, {
    challenge: asked.data.requestVoterCode.challenge,
    code: loggedCodeFor(api, phone),
  });
  if (!verified.data) throw new Error(`verifyVoterCode failed: ${JSON.stringify(verified.errors)}`);
  return verified.data.verifyVoterCode.voterToken;
}

/** Moves ballots to another China day, as if cast then (castAt at noon China time that day). */
export async function moveBallotsToDay(prisma: PrismaClient, ballotIds: number[], day: string): Promise<void> {
  await prisma.ballot.updateMany({
    where: { id: { in: ballotIds } },
    data: { votingDay: day, castAt: new Date(`${day}T12:00:00+08:00`) },
  });
}
