import { nominate } from "../nominations/nominate.ts";
import { allocateQuotas } from "../quotas/allocate-quotas.ts";
import { approve, createDraft, type DemoActivity, moveTo, rosterOf } from "./demo-steps.ts";
import type { DemoStory } from "./demo-story.ts";

/**
 * 生产保护部's model-worker selection (DOMAIN.md: owned by 生产保护部) (劳模选树), nominations under way: 30 places split over the nine
 * county federations by front-line headcount (largest remainder, at least one each); 凌河区 has
 * nominated three candidates that passed its review and wait for 生产保护部, 古塔区 (the `unit`
 * account) one of its places, still to review, with the rest of its quota left.
 */
export async function modelWorkerNominations(story: DemoStory): Promise<DemoActivity> {
  const year = story.day(-20).slice(0, 4);
  const activity = await createDraft(
    story,
    "organizer",
    { day: -22 },
    {
      kind: "MODEL_WORKER_SELECTION",
      code: `JZ-${year}-LM`,
      name: `${year}年锦州市劳动模范评选`,
      departmentCode: "SCBHB",
      opensOn: -20,
      closesOn: 10,
      judgingEndsOn: 25,
      completedBy: 40,
      adjust: (template) => ({
        ...template,
        quota: template.quota ? { ...template.quota, total: 30 } : null,
        // 县区审核 by the county federation that nominates, then 生产保护部.
        approvalChain: { levels: ["COUNTY_OR_INDUSTRY", "ORGANIZER"] },
        rounds: template.rounds.map((round) =>
          round.kind === "COMMITTEE_VOTE" ? { ...round, judgesPerEntry: 5, maxResult: "5" } : round,
        ),
        awards: {
          ...template.awards,
          tiers: template.awards.tiers.map((tier) => ({ ...tier, size: { by: "COUNT", count: 10 } })),
        },
      }),
    },
  );
  const counties = await story.prisma.organization.findMany({
    where: { kind: "COUNTY_FEDERATION" },
    orderBy: { code: "asc" },
    select: { id: true },
  });
  await story.as("organizer", { day: -21 }, (context) =>
    allocateQuotas(context, {
      activityId: activity.id,
      total: 30,
      organizations: counties.map((county) => ({ organizationId: county.id, minimum: 1 })),
    }),
  );
  await moveTo(story, "organizer", { day: -20 }, activity.id, "REGISTRATION_OPEN");

  const nominateFrom = async (unitAdmin: string, county: string, count: number, day: number) => {
    // Front-line women first: the list keeps the composition limits (front line ≥ 60 %, women ≥ 20 %).
    const roster = await rosterOf(story, { under: county, gender: "FEMALE", positionCategories: ["FRONT_LINE"] });
    const ids: number[] = [];
    for (const workerId of roster.slice(0, count)) {
      const { id } = await story.as(unitAdmin, { day, time: "10:00" }, (context) =>
        nominate(context, {
          activityId: activity.id,
          workerId,
          categoryKey: "MODEL_WORKER",
          citation: "扎根生产一线二十年，带头攻关技术难题，所在班组连续三年无安全事故。",
          idempotencyKey: `demo-lm-${workerId}`,
        }),
      );
      ids.push(id);
    }
    return ids;
  };
  const linghe = await nominateFrom("unit2", "JZ-LH", 3, -12);
  for (const id of linghe) await approve(story, "unit2", { day: -9 }, id);
  await nominateFrom("unit", "JZ-GT", 1, -6);
  return activity;
}
