import { fileObjection } from "../public-notices/file-objection.ts";
import { enrol } from "../registrations/enrol.ts";
import {
  approve,
  assignPanel,
  createDraft,
  type DemoActivity,
  judgeAndCompute,
  moveTo,
  publishIfCountable,
} from "./demo-steps.ts";
import type { DemoStory } from "./demo-story.ts";

/** The 班组 entered, by county: the first grassroots unions of each, entered by its unit admin. */
const counties = [
  ["unit", "JZ-GT"],
  ["unit2", "JZ-LH"],
  ["unit3", "JZ-TH"],
] as const;

/**
 * 生产保护部's labor competition for the 工人先锋号 title: units entered by their counties, each scored
 * by three of the five judges on the six actions, results in public notice (公示) with one objection waiting
 * for the organizer; its 完成时限 has passed, so the dashboard shows it overdue. Left in 评审中
 * when the notice period cannot be counted (demo-holidays.ts).
 */
export async function laborCompetitionInNotice(
  story: DemoStory,
): Promise<{ activity: DemoActivity; objectionFiled: boolean; inNotice: boolean }> {
  const year = story.day(-50).slice(0, 4);
  const activity = await createDraft(
    story,
    "organizer",
    { day: -52 },
    {
      kind: "LABOR_COMPETITION",
      code: `JZ-${year}-GRXFH`,
      name: "锦州市职工劳动竞赛（工人先锋号评选）",
      departmentCode: "SCBHB",
      opensOn: -50,
      closesOn: -36,
      judgingEndsOn: -12,
      completedBy: -2,
      adjust: (template) => ({
        ...template,
        // The county federations enter their own 班组: 主办审核 only.
        approvalChain: { levels: ["ORGANIZER"] },
        rounds: template.rounds.map((round) => ({ ...round, judgesPerEntry: 3 })),
        awards: {
          ...template.awards,
          tiers: template.awards.tiers.map((tier) => ({ ...tier, size: { by: "COUNT", count: 3 } })),
        },
      }),
    },
  );
  await moveTo(story, "organizer", { day: -50 }, activity.id, "REGISTRATION_OPEN");
  for (const [index, [unitAdmin, county]] of counties.entries()) {
    const parent = await story.prisma.organization.findUniqueOrThrow({ where: { code: county } });
    const unions = await story.prisma.organization.findMany({
      where: { parentId: parent.id, kind: "GRASSROOTS_UNION" },
      orderBy: { code: "asc" },
      take: 2,
      select: { id: true, name: true },
    });
    for (const union of unions) {
      const { id } = await story.as(unitAdmin, { day: -45 + index }, (context) =>
        enrol(context, {
          activityId: activity.id,
          categoryKey: "TEAMS",
          organizationId: union.id,
          idempotencyKey: `demo-grxfh-${union.id}`,
        }),
      );
      await approve(story, "organizer", { day: -42 + index }, id);
    }
  }
  await moveTo(story, "organizer", { day: -35 }, activity.id, "REGISTRATION_CLOSED");
  const roundId = activity.rounds.indicators as number;
  await assignPanel(story, "organizer", { day: -34 }, roundId, activity.categories.TEAMS as number);
  await moveTo(story, "organizer", { day: -20 }, activity.id, "JUDGING");
  await judgeAndCompute(story, "organizer", activity, "indicators", -15, -7);
  const notice = await publishIfCountable(story, "organizer", { day: -4 }, activity.id);
  if (notice === null) return { activity, objectionFiled: false, inNotice: false };

  // Someone objects to the third-placed unit on the notice's first day (or today, if that is later).
  const third = await story.prisma.result.findFirst({
    where: { activityId: activity.id, trackKey: "CITY" },
    orderBy: { registrationId: "asc" },
    skip: 2,
    select: { registrationId: true },
  });
  const firstDay = story.offsetOf(notice.firstDay);
  if (third === null || firstDay > 0) return { activity, objectionFiled: false, inNotice: true };
  await story.as(null, { day: firstDay, time: "16:20" }, (context) =>
    fileObjection(context, {
      activityId: activity.id,
      entryId: third.registrationId,
      content: "该班组今年上半年发生过一起轻伤事故，安全生产指标得分偏高，请核实。",
      contactName: "刘先生",
      contactPhone: "13904161234",
      otherContact: "",
    }),
  );
  return { activity, objectionFiled: true, inNotice: true };
}
