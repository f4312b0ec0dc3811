import { testProviders } from "@jinzhou/db/testing";
import { chinaDateOf, formatChineseDate } from "@jinzhou/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, type GraphQLAnswer, startApiHarness } from "../test/api-harness.ts";
import { getFile, postFile, tinyPng } from "../test/files-fixtures.ts";
import { createVoteActivity, loggedCodeFor, moveBallotsToDay, phoneVoterToken } from "../test/voting-fixtures.ts";

const castMutation = `mutation($roundId: ID!, $candidateIds: [ID!]!, $voterToken: String, $key: String) {
  castBallot(roundId: $roundId, candidateIds: $candidateIds, voterToken: $voterToken, idempotencyKey: $key) {
    id roundId votingDay voter votes { id registrationId voided }
  }
}`;
const publicVoteQuery = `query($roundId: ID!) {
  publicVote(roundId: $roundId) {
    roundId name isOpen countsShown maxCandidatesPerBallot ballotsPerVoterPerDay ballotsPerIpPerDay
    candidates { registrationId name organizationName story disqualified validVotes }
  }
}`;
const tallyQuery = `query($roundId: ID!) {
  voteTally(roundId: $roundId) {
    registrationId name validVotes voidedVotes penaltyLevel penaltyLevelLabel disqualified publicScore publicScoreText
  }
}`;
const voidMutation = `mutation($roundId: ID!, $voteIds: [ID!]!, $reason: String!) {
  voidVotes(roundId: $roundId, voteIds: $voteIds, reason: $reason) { id voided voidReason registrationId }
}`;
const penaltyMutation = `mutation($roundId: ID!, $registrationId: ID!, $level: VotingPenaltyLevel!, $reason: String!, $voteIds: [ID!]) {
  escalateVotingPenalty(roundId: $roundId, registrationId: $registrationId, level: $level, reason: $reason, voteIds: $voteIds) {
    id fromLevel level levelLabel reason voidedVoteIds
  }
}`;
const closeMutation = `mutation($roundId: ID!) {
  closePublicVote(roundId: $roundId) { registrationId name validVotes voidedVotes disqualified publicScore publicScoreText }
}`;
const suspiciousQuery = `query($roundId: ID!) {
  suspiciousVoting(roundId: $roundId) { kind description ipAddress ballotCount registrationId voteCount voteIds }
}`;

interface Cast {
  castBallot: {
    id: string;
    roundId: string;
    votingDay: string;
    voter: string;
    votes: { id: string; registrationId: string; voided: boolean }[];
  } | null;
}
interface TallyRow {
  registrationId: string;
  name: string;
  validVotes: number;
  voidedVotes: number;
  penaltyLevel: string;
  disqualified: boolean;
  publicScore: string | null;
  publicScoreText: string | null;
}

function codeOf(answer: GraphQLAnswer<unknown>): string | undefined {
  return answer.errors?.[0]?.extensions?.code;
}

/** Phones no demo worker has (166 prefix), distinct in their last four digits. */
function phone(serial: number): string {
  return `1660000${String(serial).padStart(4, "0")}`;
}

function nextChinaDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe.each(testProviders())("public voting (%s)", (provider) => {
  let api: ApiHarness;
  let publicity: string;
  // Each provider its own phones: the one-code-a-minute limit is per phone, in this process.
  let nextPhone = provider === "sqlite" ? 1 : 5001;
  const phones = (count: number) => Array.from({ length: count }, () => phone(nextPhone++));

  beforeAll(async () => {
    api = await startApiHarness(provider);
    publicity = await api.tokenFor("publicity");
  }, 120_000);
  afterAll(() => api?.close());

  it("verifies a phone by SMS code: the log shows the masked phone and the code, never the full phone", async () => {
    const number = phones(1)[0] as string;
    const asked = await api.graphql<{ requestVoterCode: { challenge: string; maskedPhone: string } }>(
      `mutation($phone: String!) { requestVoterCode(phone: $phone) { challenge maskedPhone } }`,
      { phone: number },
    );
    expect(asked.data?.requestVoterCode.maskedPhone).toBe(`166****${number.slice(-4)}`);
    const code = loggedCodeFor(api, number);
    expect(code).toMatch(/^\d{6}$/);
    // A wrong code is refused; the right one gives a voter token.
    const wrong = await api.graphql(
      `mutation($c: String!, $code: String!) { verifyVoterCode(challenge: $c, code: $code) { voterToken } }`,
      { c: asked.data?.requestVoterCode.challenge, code: code === "000000" ? "000001" : "000000" },
    );
    expect(codeOf(wrong)).toBe("VOTER_CODE_INVALID");
    expect(wrong.errors?.[0]?.message).toBe("验证码不正确或已过期，请重新获取");
    const right = await api.graphql<{ verifyVoterCode: { voterToken: string; maskedPhone: string } }>(
      `mutation($c: String!, $code: String!) { verifyVoterCode(challenge: $c, code: $code) { voterToken maskedPhone } }`,
      { c: asked.data?.requestVoterCode.challenge, code },
    );
    expect(right.data?.verifyVoterCode.voterToken).toBeTruthy();
    // The voter token is not a sign-in token.
    const asSignIn = await api.graphql(`{ me { id } }`, {}, right.data?.verifyVoterCode.voterToken);
    expect(asSignIn.data?.me ?? null).toBeNull();
    expect(api.logLines.join("\n")).not.toContain(number);
    // One code a minute per phone.
    const again = await api.graphql(`mutation($phone: String!) { requestVoterCode(phone: $phone) { challenge } }`, {
      phone: number,
    });
    expect(codeOf(again)).toBe("VOTER_CODE_TOO_FREQUENT");
    expect(again.errors?.[0]?.message).toMatch(/^获取验证码过于频繁，请 \d+ 秒后再试$/);
    // Five wrong codes kill a challenge: the right code no longer works with it.
    const other = phones(1)[0] as string;
    const challenge = (
      await api.graphql<{ requestVoterCode: { challenge: string } }>(
        `mutation($phone: String!) { requestVoterCode(phone: $phone) { challenge } }`,
        { phone: other },
      )
    ).data?.requestVoterCode.challenge;
    const otherCode = loggedCodeFor(api, other);
    const wrongCode = otherCode === "000000" ? "000001" : "000000";
    const verify = `mutation($c: String!, $code: String!) { verifyVoterCode(challenge: $c, code: $code) { voterToken } }`;
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(codeOf(await api.graphql(verify, { c: challenge, code: wrongCode }))).toBe("VOTER_CODE_INVALID");
    }
    const locked = await api.graphql(verify, { c: challenge, code: otherCode });
    expect(locked.errors?.[0]?.message).toBe("验证码输错次数过多，请重新获取验证码");
    const invalidPhone = await api.graphql(`mutation { requestVoterCode(phone: "12345") { challenge } }`);
    expect(codeOf(invalidPhone)).toBe("VALIDATION_FAILED");
  });

  it("shows the public each candidate's photo, which anyone may load without signing in, and a nomination's citation as its story", async () => {
    const prisma = api.server.database.prisma;
    const vote = await createVoteActivity(prisma, { code: `V-PHOTO-${provider}`, candidateNames: ["甲", "乙"] });
    const uploaded = await postFile<{ id: number }>(
      api,
      "/files/attachments",
      { bytes: tinyPng, name: "甲.png", type: "image/png" },
      { kind: "PHOTO", registrationId: String(vote.candidateIds[0]) },
      await api.tokenFor("admin"),
    );
    expect(uploaded.status).toBe(201);
    // 乙 was nominated by a unit: the public reads its citation (主要事迹) as the story.
    await prisma.registration.update({
      where: { id: Number(vote.candidateIds[1]) },
      data: { details: { citation: "坚守社区服务一线十五年" } },
    });
    const answer = await api.graphql<{
      publicVote: { candidates: { name: string; story: string | null; photoUrl: string | null }[] };
    }>("query($r: ID!) { publicVote(roundId: $r) { candidates { name story photoUrl } } }", { r: vote.roundId });
    expect(answer.data?.publicVote.candidates.map(({ name, photoUrl }) => ({ name, photoUrl }))).toEqual([
      { name: "甲", photoUrl: `/files/attachments/${uploaded.body.id}` },
      { name: "乙", photoUrl: null },
    ]);
    expect(answer.data?.publicVote.candidates[1]?.story).toBe("坚守社区服务一线十五年");
    const photo = await getFile(api, `/files/attachments/${uploaded.body.id}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/png");
    expect(photo.bytes.equals(tinyPng)).toBe(true);
    // Phones keep it for an hour, and ask again cheaply after that.
    expect(photo.headers.get("cache-control")).toBe("public, max-age=3600");
    const again = await fetch(`${api.server.url}/files/attachments/${uploaded.body.id}`, {
      headers: { "if-none-match": photo.headers.get("etag") ?? "" },
    });
    expect(again.status).toBe(304);
    // Other attachments stay private and uncached.
    const evidence = await postFile<{ id: number }>(
      api,
      "/files/attachments",
      { bytes: tinyPng, name: "证据.png" },
      { kind: "EVIDENCE" },
    );
    const evidenceFile = await getFile(api, `/files/attachments/${evidence.body.id}`, await api.tokenFor("admin"));
    expect(evidenceFile.headers.get("cache-control")).toBe("private, no-store");
  });

  it("shows the public the candidates with their stories, and counts only when the organizer shows them", async () => {
    const prisma = api.server.database.prisma;
    const hidden = await createVoteActivity(prisma, { code: `V-VIEW-${provider}`, candidateNames: ["甲", "乙"] });
    const answer = await api.graphql<{
      publicVote: {
        countsShown: boolean;
        isOpen: boolean;
        candidates: { name: string; story: string; validVotes: number | null }[];
      };
    }>(publicVoteQuery, { roundId: hidden.roundId });
    expect(answer.data?.publicVote.isOpen).toBe(true);
    expect(answer.data?.publicVote.countsShown).toBe(false);
    expect(answer.data?.publicVote.candidates.map((c) => [c.name, c.validVotes])).toEqual([
      ["甲", null],
      ["乙", null],
    ]);
    expect(answer.data?.publicVote.candidates[0]?.story).toContain("爱岗敬业");
    // No ID numbers or phones anywhere in the public answer.
    expect(JSON.stringify(answer.data)).not.toMatch(/\d{11}/);
    // The organizer always sees counts; the public sees them where the organizer chose to show them.
    const organizerView = await api.graphql<{ publicVote: { countsShown: boolean } }>(
      publicVoteQuery,
      { roundId: hidden.roundId },
      publicity,
    );
    expect(organizerView.data?.publicVote.countsShown).toBe(true);
    const shown = await createVoteActivity(prisma, {
      code: `V-SHOWN-${provider}`,
      candidateNames: ["丙"],
      rules: { showLiveCounts: true },
    });
    const voter = await phoneVoterToken(api, phones(1)[0] as string);
    await api.graphql<Cast>(castMutation, {
      roundId: shown.roundId,
      candidateIds: shown.candidateIds,
      voterToken: voter,
    });
    const counted = await api.graphql<{
      publicVote: { countsShown: boolean; candidates: { validVotes: number | null }[] };
    }>(publicVoteQuery, { roundId: shown.roundId });
    expect(counted.data?.publicVote.countsShown).toBe(true);
    expect(counted.data?.publicVote.candidates[0]?.validVotes).toBe(1);
  });

  it("refuses anonymous ballots, and ballots outside the window or with bad candidates, writing nothing", async () => {
    const prisma = api.server.database.prisma;
    const vote = await createVoteActivity(prisma, {
      code: `V-REFUSE-${provider}`,
      candidateNames: ["甲", "乙"],
      rules: { maxCandidatesPerBallot: 1 },
    });
    const anonymous = await api.graphql(castMutation, { roundId: vote.roundId, candidateIds: [vote.candidateIds[0]] });
    expect(codeOf(anonymous)).toBe("ANONYMOUS_VOTE");
    expect(anonymous.errors?.[0]?.message).toBe("不接受匿名投票，请先验证手机号或登录职工账号");
    // An organizer's sign-in does not make a voter either.
    const organizer = await api.graphql(
      castMutation,
      { roundId: vote.roundId, candidateIds: [vote.candidateIds[0]] },
      publicity,
    );
    expect(codeOf(organizer)).toBe("ANONYMOUS_VOTE");
    const forged = await api.graphql(castMutation, {
      roundId: vote.roundId,
      candidateIds: [vote.candidateIds[0]],
      voterToken: "not-a-token",
    });
    expect(codeOf(forged)).toBe("VOTER_CODE_INVALID");

    const voter = await phoneVoterToken(api, phones(1)[0] as string);
    const tooMany = await api.graphql(castMutation, {
      roundId: vote.roundId,
      candidateIds: vote.candidateIds,
      voterToken: voter,
    });
    expect(codeOf(tooMany)).toBe("BALLOT_INVALID");
    expect(tooMany.errors?.[0]?.message).toBe("每张选票最多选 1 名候选人，本票选了 2 名");
    const unknown = await api.graphql(castMutation, {
      roundId: vote.roundId,
      candidateIds: [999_999],
      voterToken: voter,
    });
    expect(unknown.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.code)).toEqual(["BALLOT_UNKNOWN_CANDIDATE"]);

    const later = await createVoteActivity(prisma, {
      code: `V-LATER-${provider}`,
      candidateNames: ["甲"],
      opensAt: new Date(Date.now() + 86_400_000),
      closesAt: new Date(Date.now() + 2 * 86_400_000),
    });
    const early = await api.graphql(castMutation, {
      roundId: later.roundId,
      candidateIds: later.candidateIds,
      voterToken: voter,
    });
    expect(codeOf(early)).toBe("VOTING_NOT_OPEN");
    const over = await createVoteActivity(prisma, {
      code: `V-OVER-${provider}`,
      candidateNames: ["甲"],
      opensAt: new Date(Date.now() - 2 * 86_400_000),
      closesAt: new Date(Date.now() - 86_400_000),
    });
    const late = await api.graphql(castMutation, {
      roundId: over.roundId,
      candidateIds: over.candidateIds,
      voterToken: voter,
    });
    expect(codeOf(late)).toBe("VOTING_CLOSED");
    expect(await prisma.ballot.count({ where: { roundId: { in: [vote.roundId, later.roundId, over.roundId] } } })).toBe(
      0,
    );
    expect(await prisma.vote.count({ where: { roundId: { in: [vote.roundId, later.roundId, over.roundId] } } })).toBe(
      0,
    );
  });

  it("lets the organizer set the voting days in China time, and nobody else", async () => {
    const prisma = api.server.database.prisma;
    const vote = await createVoteActivity(prisma, { code: `V-SCHED-${provider}`, candidateNames: ["甲"] });
    const schedule = `mutation($roundId: ID!, $opensOn: String, $closesOn: String) {
      schedulePublicVote(roundId: $roundId, opensOn: $opensOn, closesOn: $closesOn) { opensAt closesAt isOpen }
    }`;
    // 10月20日至10月30日: from 2099-10-20 00:00 China time (16:00 UTC the day before) to 10-31 00:00.
    const set = await api.graphql<{ schedulePublicVote: { opensAt: string; closesAt: string; isOpen: boolean } }>(
      schedule,
      { roundId: vote.roundId, opensOn: "2099-10-20", closesOn: "2099-10-30" },
      publicity,
    );
    expect(set.data?.schedulePublicVote).toEqual({
      opensAt: "2099-10-19T16:00:00.000Z",
      closesAt: "2099-10-30T16:00:00.000Z",
      isOpen: false,
    });
    const backwards = await api.graphql(
      schedule,
      { roundId: vote.roundId, opensOn: "2099-10-30", closesOn: "2099-10-20" },
      publicity,
    );
    expect(backwards.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.code)).toEqual(["VOTING_WINDOW_EMPTY"]);
    const other = await api.graphql(
      schedule,
      { roundId: vote.roundId, opensOn: "2099-10-01", closesOn: "2099-10-02" },
      await api.tokenFor("organizer"),
    );
    expect(codeOf(other)).toBe("FORBIDDEN");
    const audit = await prisma.auditEntry.findFirstOrThrow({
      where: { action: "PUBLIC_VOTE_SCHEDULE", entityId: vote.roundId },
    });
    expect(audit.after).toEqual({ opensAt: "2099-10-19T16:00:00.000Z", closesAt: "2099-10-30T16:00:00.000Z" });
  });

  it("takes one ballot per voter per China day: the second the same day is refused, the next day's is taken", async () => {
    const prisma = api.server.database.prisma;
    const vote = await createVoteActivity(prisma, { code: `V-DAY-${provider}`, candidateNames: ["甲", "乙"] });
    const worker = await api.tokenFor("worker");
    const first = await api.graphql<Cast>(
      castMutation,
      { roundId: vote.roundId, candidateIds: [vote.candidateIds[0]] },
      worker,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.castBallot?.voter).toBe("职工账号");
    const today = chinaDateOf(new Date());
    expect(first.data?.castBallot?.votingDay).toBe(today);
    const second = await api.graphql(
      castMutation,
      { roundId: vote.roundId, candidateIds: [vote.candidateIds[1]] },
      worker,
    );
    expect(codeOf(second)).toBe("VOTE_LIMIT_REACHED");
    expect(second.errors?.[0]?.message).toBe(
      `今日已投 1 次，每日限投 1 次，请于${formatChineseDate(nextChinaDay(today))}再来`,
    );
    expect(await prisma.ballot.count({ where: { roundId: vote.roundId } })).toBe(1);
    // 今日已投 1 of 1; the next day starts at 00:00 China time (16:00 UTC today).
    const status = await api.graphql<{ voterStatus: Record<string, unknown> }>(
      `query($roundId: ID!) { voterStatus(roundId: $roundId) { votingDay ballotsCastToday ballotsPerVoterPerDay nextDayStartsAt } }`,
      { roundId: vote.roundId },
      worker,
    );
    expect(status.data?.voterStatus).toEqual({
      votingDay: today,
      ballotsCastToday: 1,
      ballotsPerVoterPerDay: 1,
      nextDayStartsAt: `${today}T16:00:00.000Z`,
    });
    // The first ballot was cast "yesterday" (China time): today's ballot is taken.
    await moveBallotsToDay(
      prisma,
      [Number(first.data?.castBallot?.id)],
      new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
    );
    const nextDay = await api.graphql<Cast>(
      castMutation,
      { roundId: vote.roundId, candidateIds: [vote.candidateIds[1]] },
      worker,
    );
    expect(nextDay.errors).toBeUndefined();
    expect(await prisma.ballot.count({ where: { roundId: vote.roundId } })).toBe(2);
    // The audit names the worker, never a phone.
    const audit = await prisma.auditEntry.findFirstOrThrow({
      where: { action: "BALLOT_CAST", entityId: Number(nextDay.data?.castBallot?.id) },
    });
    expect(audit.after).toMatchObject({
      roundId: vote.roundId,
      candidateIds: [vote.candidateIds[1]],
      voter: { kind: "WORKER_ACCOUNT" },
    });
  });

  it("answers a retry with the same idempotency key with the first ballot and writes nothing twice", async () => {
    const prisma = api.server.database.prisma;
    const vote = await createVoteActivity(prisma, { code: `V-IDEM-${provider}`, candidateNames: ["甲"] });
    const voter = await phoneVoterToken(api, phones(1)[0] as string);
    const variables = { roundId: vote.roundId, candidateIds: vote.candidateIds, voterToken: voter, key: "ballot-1" };
    const answers = await Promise.all(Array.from({ length: 5 }, () => api.graphql<Cast>(castMutation, variables)));
    const again = await api.graphql<Cast>(castMutation, variables);
    const ids = new Set([...answers, again].map((answer) => answer.data?.castBallot?.id));
    expect([...answers, again].map((answer) => answer.errors)).toEqual(Array(6).fill(undefined));
    expect(ids.size).toBe(1);
    expect(again.data?.castBallot?.voter).toMatch(/^手机 166\*\*\*\*\d{4}$/);
    expect(await prisma.ballot.count({ where: { roundId: vote.roundId } })).toBe(1);
    expect(await prisma.vote.count({ where: { roundId: vote.roundId } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { action: "BALLOT_CAST", activityId: vote.activityId } })).toBe(1);
    // Another key the same day is a second ballot: refused.
    const other = await api.graphql(castMutation, { ...variables, key: "ballot-2" });
    expect(codeOf(other)).toBe("VOTE_LIMIT_REACHED");
  });

  it("lets exactly one of 20 simultaneous ballots of one voter land", async () => {
    const prisma = api.server.database.prisma;
    const vote = await createVoteActivity(prisma, { code: `V-RACE-${provider}`, candidateNames: ["甲", "乙"] });
    const voter = await phoneVoterToken(api, phones(1)[0] as string);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        api.graphql<Cast>(castMutation, {
          roundId: vote.roundId,
          candidateIds: [vote.candidateIds[index % 2]],
          voterToken: voter,
          key: `race-${index}`,
        }),
      ),
    );
    expect(answers.filter((answer) => answer.data?.castBallot).length).toBe(1);
    expect(answers.filter((answer) => codeOf(answer) === "VOTE_LIMIT_REACHED").length).toBe(19);
    expect(await prisma.ballot.count({ where: { roundId: vote.roundId } })).toBe(1);
    expect(await prisma.vote.count({ where: { roundId: vote.roundId } })).toBe(1);
  });

  it("takes exactly the address's daily limit from simultaneous distinct voters, and flags the pattern", async () => {
    const prisma = api.server.database.prisma;
    // Default limit: 20 ballots per address per China day; 25 voters behind one address (127.0.0.1).
    const vote = await createVoteActivity(prisma, { code: `V-IP-${provider}`, candidateNames: ["甲", "乙"] });
    const voters: string[] = [];
    for (const number of phones(25)) voters.push(await phoneVoterToken(api, number));
    const answers = await Promise.all(
      voters.map((voterToken) =>
        api.graphql<Cast>(castMutation, { roundId: vote.roundId, candidateIds: [vote.candidateIds[0]], voterToken }),
      ),
    );
    expect(answers.filter((answer) => answer.data?.castBallot).length).toBe(20);
    const refused = answers.filter((answer) => answer.errors);
    expect(refused.length).toBe(5);
    for (const answer of refused) {
      expect(codeOf(answer)).toBe("VOTE_LIMIT_REACHED");
      expect(answer.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.code)).toEqual(["IP_DAILY_LIMIT_REACHED"]);
      expect(answer.errors?.[0]?.message).toContain("每个网络地址每日限投 20 次");
    }
    expect(await prisma.ballot.count({ where: { roundId: vote.roundId } })).toBe(20);
    const ipSequences = (
      await prisma.ballot.findMany({ where: { roundId: vote.roundId }, select: { ipSequence: true } })
    )
      .map((ballot) => ballot.ipSequence)
      .sort((a, b) => a - b);
    expect(ipSequences).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    // 20 ballots from one address (prompt line 10 a day) and 20 votes for 甲 within a minute (10).
    const findings = await api.graphql<{
      suspiciousVoting: {
        kind: string;
        ballotCount: number | null;
        voteCount: number;
        registrationId: string | null;
      }[];
    }>(suspiciousQuery, { roundId: vote.roundId }, publicity);
    expect(
      findings.data?.suspiciousVoting.map((finding) => [finding.kind, finding.ballotCount, finding.voteCount]),
    ).toEqual([
      ["MANY_BALLOTS_FROM_ONE_IP", 20, 20],
      ["VOTE_BURST", null, 20],
    ]);
    expect(findings.data?.suspiciousVoting[1]?.registrationId).toBe(String(vote.candidateIds[0]));
    // The organizer lists the ballots behind it; a worker may not.
    const ballotsQuery = `query($roundId: ID!) {
      allBallots(perPage: 5, sortField: "id", sortOrder: "ASC", filter: { roundId: $roundId, ipAddress: "127.0.0.1" }) {
        id ipAddress voter votes { registrationId }
      }
      _allBallotsMeta(filter: { roundId: $roundId }) { count }
    }`;
    const listed = await api.graphql<{
      allBallots: { ipAddress: string; voter: string }[];
      _allBallotsMeta: { count: number };
    }>(ballotsQuery, { roundId: vote.roundId }, publicity);
    expect(listed.data?._allBallotsMeta.count).toBe(20);
    expect(listed.data?.allBallots.length).toBe(5);
    expect(listed.data?.allBallots[0]?.voter).toMatch(/^手机 166\*\*\*\*\d{4}$/);
    expect(codeOf(await api.graphql(ballotsQuery, { roundId: vote.roundId }, await api.tokenFor("worker")))).toBe(
      "FORBIDDEN",
    );
  });

  it("voids votes with a reason, escalates penalties once, and closes with exact public scores", async () => {
    const prisma = api.server.database.prisma;
    const vote = await createVoteActivity(prisma, {
      code: `V-TALLY-${provider}`,
      candidateNames: ["甲", "乙", "丙", "丁"],
      rules: { maxCandidatesPerBallot: 2 },
    });
    const [jia, yi, bing, ding] = vote.candidateIds as [number, number, number, number];
    // Six voters: v1 甲乙, v2 甲, v3 甲丙, v4 乙, v5 乙丙, v6 丁 → raw 甲 3, 乙 3, 丙 2, 丁 1.
    const picks = [[jia, yi], [jia], [jia, bing], [yi], [yi, bing], [ding]];
    const ballots: NonNullable<Cast["castBallot"]>[] = [];
    for (const [index, number] of phones(6).entries()) {
      const voterToken = await phoneVoterToken(api, number);
      const answer = await api.graphql<Cast>(castMutation, {
        roundId: vote.roundId,
        candidateIds: picks[index],
        voterToken,
      });
      if (!answer.data?.castBallot) throw new Error(JSON.stringify(answer.errors));
      ballots.push(answer.data.castBallot);
    }
    const voteOf = (ballot: number, candidate: number) =>
      ballots[ballot]?.votes.find((item) => item.registrationId === String(candidate))?.id as string;

    // Refusals: the wrong department's organizer, a worker, the public.
    const other = await api.tokenFor("organizer");
    expect(codeOf(await api.graphql(tallyQuery, { roundId: vote.roundId }, other))).toBe("FORBIDDEN");
    expect(codeOf(await api.graphql(tallyQuery, { roundId: vote.roundId }, await api.tokenFor("worker")))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await api.graphql(tallyQuery, { roundId: vote.roundId }))).toBe("UNAUTHENTICATED");
    expect(
      codeOf(
        await api.graphql(voidMutation, { roundId: vote.roundId, voteIds: [voteOf(3, yi)], reason: "刷票" }, other),
      ),
    ).toBe("FORBIDDEN");

    // v4's vote for 乙 is voided: 乙 3 → 2 valid, 1 voided. Without a reason nothing happens.
    const noReason = await api.graphql(
      voidMutation,
      { roundId: vote.roundId, voteIds: [voteOf(3, yi)], reason: " " },
      publicity,
    );
    expect(codeOf(noReason)).toBe("VOTE_VOID_REFUSED");
    const voided = await api.graphql<{ voidVotes: { voided: boolean; voidReason: string }[] }>(
      voidMutation,
      { roundId: vote.roundId, voteIds: [voteOf(3, yi)], reason: "同一设备批量注册手机号投票" },
      publicity,
    );
    expect(voided.data?.voidVotes).toEqual([
      expect.objectContaining({ voided: true, voidReason: "同一设备批量注册手机号投票" }),
    ]);
    const twice = await api.graphql(
      voidMutation,
      { roundId: vote.roundId, voteIds: [voteOf(3, yi)], reason: "再次作废" },
      publicity,
    );
    expect(codeOf(twice)).toBe("VOTE_VOID_REFUSED");
    const voidAudit = await prisma.auditEntry.findFirstOrThrow({
      where: { action: "VOTE_VOID", entityId: Number(voteOf(3, yi)) },
    });
    expect(voidAudit.before).toMatchObject({ voided: false });
    expect(voidAudit.after).toMatchObject({ voided: true, voidReason: "同一设备批量注册手机号投票" });
    expect(await prisma.vote.count({ where: { roundId: vote.roundId } })).toBe(9);

    // 丙: warning, then (five organizers pressing at once) its votes-voided step lands once, voiding v5's vote.
    const warned = await api.graphql<{ escalateVotingPenalty: { level: string; fromLevel: string } }>(
      penaltyMutation,
      { roundId: vote.roundId, registrationId: bing, level: "WARNING", reason: "拉票群组织刷票" },
      publicity,
    );
    expect(warned.data?.escalateVotingPenalty).toMatchObject({ fromLevel: "NONE", level: "WARNING" });
    const skip = await api.graphql(
      penaltyMutation,
      { roundId: vote.roundId, registrationId: bing, level: "DISQUALIFIED", reason: "越级" },
      publicity,
    );
    expect(codeOf(skip)).toBe("VOTING_PENALTY_REFUSED");
    expect(skip.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.code)).toEqual(["PENALTY_NOT_NEXT_STEP"]);
    const simultaneous = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.graphql(
          penaltyMutation,
          {
            roundId: vote.roundId,
            registrationId: bing,
            level: "VOTES_VOIDED",
            reason: "核实为刷票",
            voteIds: [voteOf(4, bing)],
          },
          publicity,
        ),
      ),
    );
    expect(simultaneous.filter((answer) => answer.data?.escalateVotingPenalty).length).toBe(1);
    expect(simultaneous.filter((answer) => codeOf(answer) === "VOTING_PENALTY_REFUSED").length).toBe(4);
    expect(await prisma.votingPenalty.count({ where: { roundId: vote.roundId, registrationId: bing } })).toBe(2);

    // 丁: warning → votes voided (v6) → disqualified; then no more ballots for 丁, and no fourth step.
    for (const [level, voteIds] of [
      ["WARNING", undefined],
      ["VOTES_VOIDED", [voteOf(5, ding)]],
      ["DISQUALIFIED", undefined],
    ] as const) {
      const answer = await api.graphql(
        penaltyMutation,
        { roundId: vote.roundId, registrationId: ding, level, reason: "刷票屡教不改", voteIds },
        publicity,
      );
      expect(answer.errors).toBeUndefined();
    }
    const beyond = await api.graphql(
      penaltyMutation,
      { roundId: vote.roundId, registrationId: ding, level: "DISQUALIFIED", reason: "再次" },
      publicity,
    );
    expect(beyond.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.code)).toEqual(["PENALTY_AT_HIGHEST_LEVEL"]);
    const forDing = await api.graphql(castMutation, {
      roundId: vote.roundId,
      candidateIds: [ding],
      voterToken: await phoneVoterToken(api, phones(1)[0] as string),
    });
    expect(forDing.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.code)).toEqual(["BALLOT_CANDIDATE_DISQUALIFIED"]);
    expect(await prisma.auditEntry.count({ where: { action: "VOTING_PENALTY", activityId: vote.activityId } })).toBe(5); // 丙 2 steps + 丁 3 steps

    // Live tally: 甲 3 valid; 乙 2 valid + 1 voided; 丙 1 + 1; 丁 0 + 1 and disqualified.
    const tally = await api.graphql<{ voteTally: TallyRow[] }>(tallyQuery, { roundId: vote.roundId }, publicity);
    expect(tally.data?.voteTally.map((row) => [row.name, row.validVotes, row.voidedVotes, row.penaltyLevel])).toEqual([
      ["甲", 3, 0, "NONE"],
      ["乙", 2, 1, "NONE"],
      ["丙", 1, 1, "VOTES_VOIDED"],
      ["丁", 0, 1, "DISQUALIFIED"],
    ]);

    // Close: the most valid votes is 3 (甲); public score = 100 × valid ÷ 3:
    // 甲 100; 乙 200/3 (66.67); 丙 100/3 (33.33); 丁 disqualified → 0, not counted for the most.
    const closed = await api.graphql<{ closePublicVote: TallyRow[] }>(
      closeMutation,
      { roundId: vote.roundId },
      publicity,
    );
    expect(closed.data?.closePublicVote.map((row) => [row.name, row.publicScore, row.publicScoreText])).toEqual([
      ["甲", "100", "100.00"],
      ["乙", "200/3", "66.67"],
      ["丙", "100/3", "33.33"],
      ["丁", null, null],
    ]);
    const results = await prisma.roundResult.findMany({
      where: { roundId: vote.roundId },
      orderBy: { registrationId: "asc" },
    });
    expect(results.map((row) => [row.registrationId, row.result])).toEqual([
      [jia, "100"],
      [yi, "200/3"],
      [bing, "100/3"],
      [ding, "0"],
    ]);
    expect(results[3]?.details).toMatchObject({ disqualified: true, validVotes: 0, voidedVotes: 1 });
    const afterClose = await api.graphql(castMutation, {
      roundId: vote.roundId,
      candidateIds: [jia],
      voterToken: await phoneVoterToken(api, phones(1)[0] as string),
    });
    expect(codeOf(afterClose)).toBe("VOTING_CLOSED");
    expect(codeOf(await api.graphql(closeMutation, { roundId: vote.roundId }, publicity))).toBe("VOTING_CLOSED");
    expect(await prisma.roundResult.count({ where: { roundId: vote.roundId } })).toBe(4);

    // The results combine it with the jury 70/30 (jury results written as the jury round would):
    // 甲 0.7 × 80 + 0.3 × 100 = 86; 乙 0.7 × 90 + 0.3 × 200/3 = 63 + 20 = 83;
    // 丙 0.7 × 95 + 0.3 × 100/3 = 66.5 + 10 = 76.5 (153/2).
    const organizerUser = await prisma.user.findUniqueOrThrow({ where: { username: "publicity" } });
    await prisma.roundResult.createMany({
      data: [
        [jia, "80"],
        [yi, "90"],
        [bing, "95"],
        [ding, "99"],
      ].map(([registrationId, result]) => ({
        roundId: vote.juryRoundId,
        registrationId: registrationId as number,
        result: result as string,
        recordedById: organizerUser.id,
      })),
    });
    const computed = await api.graphql(
      `mutation($id: ID!) { computeResults(activityId: $id) { resultCount } }`,
      { id: vote.activityId },
      publicity,
    );
    expect(computed.errors).toBeUndefined();
    const combined = await api.graphql<{
      allResults: {
        registrationId: string;
        total: string;
        trackKey: string;
        place: number | null;
        explanation: string;
      }[];
    }>(
      `query($id: ID!) { allResults(filter: { activityId: $id }) { registrationId total trackKey place explanation } }`,
      { id: vote.activityId },
      publicity,
    );
    const totals = new Map(
      combined.data?.allResults
        .filter((row) => row.trackKey === "CITY")
        .map((row) => [Number(row.registrationId), row.total]),
    );
    expect([totals.get(jia), totals.get(yi), totals.get(bing)]).toEqual(["86", "83", "153/2"]);
    // 丁 was disqualified: not ranked despite the best jury score (0.7 × 99 = 69.3 would place 4th),
    // with the reason; the three others take places 1–3.
    const city = combined.data?.allResults.filter((row) => row.trackKey === "CITY") ?? [];
    const dingRow = city.find((row) => Number(row.registrationId) === ding);
    expect(dingRow?.place).toBeNull();
    expect(dingRow?.explanation).toContain("因投票违规被取消资格");
    expect(city.filter((row) => row.place !== null).map((row) => [Number(row.registrationId), row.place])).toEqual(
      expect.arrayContaining([
        [jia, 1],
        [yi, 2],
        [bing, 3],
      ]),
    );
  });
});
