import { recommendCandidate } from "../recommendations/recommend-candidate.ts";
import { castBallot } from "../voting/cast-ballot.ts";
import { schedulePublicVote } from "../voting/schedule-public-vote.ts";
import { requestVoterCode, verifyVoterCode } from "../voting/voter-codes.ts";
import { attachCandidatePhotos, type PhotoCandidate } from "./candidate-photos.ts";
import {
  approve,
  assignPanel,
  createDraft,
  type DemoActivity,
  enrolIndividuals,
  moveTo,
  rosterOf,
  scoreSheets,
} from "./demo-steps.ts";
import type { DemoMoment, DemoStory } from "./demo-story.ts";

/** Candidates the public recommended (推荐), with their union's county, trade and gender, and the recommender. */
const recommendations = [
  {
    county: "JZ-GT",
    candidateName: "刘秀英",
    trade: "保洁员",
    gender: "FEMALE",
    story: "社区保洁员，十年如一日清扫街巷，冬天凌晨四点上岗为居民清雪。",
    recommenderName: "王女士",
  },
  {
    county: "JZ-LH",
    candidateName: "张桂兰",
    trade: "公交车驾驶员",
    gender: "FEMALE",
    story: "公交车驾驶员，安全行车五十万公里，多次帮助走失老人回家。",
    recommenderName: "赵先生",
  },
  {
    county: "JZ-TH",
    candidateName: "孙建国",
    trade: "钢筋工",
    gender: "MALE",
    story: "农民工出身的钢筋工班长，带出三十多名技术骨干。",
    recommenderName: "李先生",
  },
] as const;

/** The address a burst of ballots came from: one machine voting for one candidate again and again. */
export const demoSuspiciousAddress = "123.185.66.201";

/**
 * 宣教部's "most beautiful worker" search: candidates nominated by 古塔区 and 凌河区 and recommended by
 * the public, each with a photo their county federation added, through the preliminary review
 * (县区审核, then 宣教部's 初评); the public vote runs from five days ago to five days ahead, with
 * ballots from verified phones each day, and this morning a burst of ballots within one minute from
 * one address for one candidate; the expert jury has begun scoring.
 */
export async function mostBeautifulWorkerVoting(
  story: DemoStory,
): Promise<{ activity: DemoActivity; ballots: number; burst: number }> {
  const year = story.day(-30).slice(0, 4);
  const activity = await createDraft(
    story,
    "publicity",
    { day: -32 },
    {
      kind: "MOST_BEAUTIFUL_WORKER",
      code: `JZ-${year}-ZMLDZ`,
      name: "第二届“最美劳动者”寻找评选活动",
      departmentCode: "XJB",
      opensOn: -30,
      closesOn: -12,
      judgingEndsOn: 10,
      completedBy: 35,
      adjust: (template) => ({
        ...template,
        approvalChain: { levels: ["COUNTY_OR_INDUSTRY", "ORGANIZER"] },
        rounds: template.rounds.map((round) =>
          round.kind === "CRITERIA_SCORING" ? { ...round, judgesPerEntry: 5 } : round,
        ),
      }),
    },
  );
  await moveTo(story, "publicity", { day: -30 }, activity.id, "REGISTRATION_OPEN");

  const entries: PhotoCandidate[] = [];
  for (const [unitAdmin, county] of [
    ["unit", "JZ-GT"],
    ["unit2", "JZ-LH"],
  ] as const) {
    const roster = await rosterOf(story, { under: county, positionCategories: ["FRONT_LINE"] });
    const ids = await enrolIndividuals(story, unitAdmin, { day: -26 }, activity, "CANDIDATES", roster.slice(3), 1);
    entries.push(...ids.map((id) => ({ registrationId: id, uploader: unitAdmin })));
  }
  const countyAdminOf: Record<string, string> = { "JZ-GT": "unit", "JZ-LH": "unit2", "JZ-TH": "unit3" };
  for (const [index, recommendation] of recommendations.entries()) {
    const county = await story.prisma.organization.findUniqueOrThrow({ where: { code: recommendation.county } });
    const union = await story.prisma.organization.findFirstOrThrow({
      where: { parentId: county.id, kind: "GRASSROOTS_UNION" },
      orderBy: { code: "desc" },
      select: { id: true },
    });
    const { id } = await story.as(
      null,
      { day: -25 + index, time: "20:30" },
      (context) =>
        recommendCandidate(context, {
          activityId: activity.id,
          categoryKey: "CANDIDATES",
          candidateName: recommendation.candidateName,
          organizationId: union.id,
          story: recommendation.story,
          recommenderName: recommendation.recommenderName,
          recommenderPhone: `1390416${String(5501 + index)}`,
          idempotencyKey: `demo-zmldz-recommend-${index}`,
        }),
      `175.170.12.${10 + index}`,
    );
    entries.push({
      registrationId: id,
      uploader: countyAdminOf[recommendation.county] as string,
      trade: recommendation.trade,
      gender: recommendation.gender,
    });
  }
  // The county federations add each candidate's photo before their review: the vote page shows it.
  await attachCandidatePhotos(story, { day: -19, time: "16:00" }, entries);
  for (const entry of entries) {
    await approve(story, entry.uploader, { day: -18 }, entry.registrationId);
    await approve(story, "publicity", { day: -14 }, entry.registrationId);
  }
  await moveTo(story, "publicity", { day: -11 }, activity.id, "REGISTRATION_CLOSED");
  const jury = activity.rounds.jury as number;
  const publicRound = activity.rounds.public as number;
  await assignPanel(story, "publicity", { day: -10 }, jury, activity.categories.CANDIDATES as number);
  await story.as("publicity", { day: -10 }, (context) =>
    schedulePublicVote(context, { roundId: publicRound, opensOn: story.day(-5), closesOn: story.day(5) }),
  );
  await moveTo(story, "publicity", { day: -9 }, activity.id, "JUDGING");
  await scoreSheets(story, "judge3", { day: -4, time: "15:00" }, jury);
  await scoreSheets(story, "judge4", { day: -3, time: "15:00" }, jury);

  // The public vote: every day a handful of people verify their phone by SMS and vote.
  const candidates = entries.map((entry) => entry.registrationId);
  // Voters' phones, a block per load: the SMS code limit (one code per phone a minute) is per process.
  const phoneBlock = 16600000000 + (Math.floor(story.loadedAt.getTime() / 1000) % 9000) * 100;
  let voter = 0;
  const vote = async (moment: DemoMoment, candidateIds: number[], address: string) => {
    const phone = String(phoneBlock + voter++);
    await story.as(
      null,
      moment,
      async (context) => {
        const { challenge } = await requestVoterCode(context, phone);
        const { voterToken } = await verifyVoterCode(context, challenge, story.lastSmsCode());
        await castBallot(context, { roundId: publicRound, candidateIds, voterToken, idempotencyKey: `demo-${phone}` });
      },
      address,
    );
  };
  let ballots = 0;
  for (let day = -5; day <= -1; day++) {
    for (let n = 0; n < 4; n++) {
      const candidate = candidates[(n * 3 + day * day) % candidates.length] as number;
      await vote(
        { day, time: `${String(9 + n).padStart(2, "0")}:${String(10 + n * 7).padStart(2, "0")}` },
        [candidate],
        `113.231.${40 + n}.${20 - day}`,
      );
      ballots++;
    }
  }
  // This morning: twelve ballots within the same minute, all from one address, all for one candidate.
  const burst = 12;
  const favoured = candidates.at(-1) as number;
  for (let n = 0; n < burst; n++) await vote({ day: 0, time: "07:12" }, [favoured], demoSuspiciousAddress);
  return { activity, ballots: ballots + burst, burst };
}
