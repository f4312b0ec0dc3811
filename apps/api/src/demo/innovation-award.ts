import { declareProject } from "../registrations/declare-project.ts";
import { approve, createDraft, type DemoActivity, moveTo, rosterOf } from "./demo-steps.ts";
import type { DemoStory } from "./demo-story.ts";
import { openWorkerAccounts } from "./demo-worker-accounts.ts";
import { attachProjectReport } from "./project-document.ts";

/** How far a declaration has come when the demo is loaded. */
type Progress = "PENDING_UNIT" | "PENDING_ORGANIZER" | "APPROVED";

/** The projects workers declared, by county, with the unit admin who reviews them. */
const projects: readonly {
  county: string;
  unitAdmin: string;
  title: string;
  summary: string;
  progress: Progress;
}[] = [
  {
    county: "JZ-GT",
    unitAdmin: "unit",
    title: "数控车床刀具快速对刀装置",
    summary:
      "针对小批量多品种零件换刀对刀耗时长的问题，设计了一种磁吸式快速对刀装置，对刀时间由平均 12 分钟缩短到 3 分钟，已在车间 6 台数控车床推广使用，年节约工时约 900 小时。",
    progress: "PENDING_ORGANIZER",
  },
  {
    county: "JZ-LH",
    unitAdmin: "unit2",
    title: "公交车辆智能排班与调度优化",
    summary:
      "结合客流统计数据，对 12 条公交线路的发车间隔和车辆排班进行优化，高峰时段乘客平均候车时间缩短 4 分钟，每月节约燃油约 6 吨。",
    progress: "APPROVED",
  },
  {
    county: "JZ-TH",
    unitAdmin: "unit3",
    title: "移动式焊接烟尘净化小车",
    summary:
      "自主设计可随工位移动的焊接烟尘净化小车，采用两级过滤，作业点烟尘浓度下降 80% 以上，改善了焊工的作业环境，制作成本仅为外购设备的三分之一。",
    progress: "PENDING_UNIT",
  },
];

/**
 * 组织部's innovation award (创新工作奖), open for project declarations for about two more weeks:
 * three workers declared a project on the workers' pages, each with its project report attached.
 * 古塔区's has passed 单位审核 and waits for 组织部 (the `orgdept` account), 凌河区's has been
 * accepted, 太和区's waits for its unit. The `worker` account has not declared and can.
 */
export async function innovationAwardOpen(story: DemoStory): Promise<DemoActivity> {
  const year = story.day(-8).slice(0, 4);
  const activity = await createDraft(
    story,
    "orgdept",
    { day: -8 },
    {
      kind: "INNOVATION_AWARD",
      code: `JZ-${year}-CXJ`,
      name: "锦州市职工创新工作奖",
      departmentCode: "ZZB",
      opensOn: -7,
      closesOn: 14,
      judgingEndsOn: 35,
      completedBy: 50,
      // 单位审核 by the declarant's union (the county federation's unit admin), then 组织部.
      adjust: (template) => ({ ...template, approvalChain: { levels: ["UNIT", "ORGANIZER"] } }),
    },
  );
  await moveTo(story, "orgdept", { day: -7 }, activity.id, "REGISTRATION_OPEN");

  // Technical workers (or any, where a county has too few) who have no account yet.
  const withAccounts = new Set(
    (await story.prisma.user.findMany({ where: { workerId: { not: null } }, select: { workerId: true } })).map(
      (user) => user.workerId,
    ),
  );
  const declarants: number[] = [];
  for (const project of projects) {
    const technical = await rosterOf(story, { under: project.county, positionCategories: ["TECHNICAL"] });
    const everyone = await rosterOf(story, { under: project.county });
    const id = [...technical, ...everyone].find((each) => !withAccounts.has(each));
    if (id === undefined) throw new Error(`demo: no worker without an account under ${project.county}`);
    declarants.push(id);
  }
  const usernames = await openWorkerAccounts(story, { day: -7, time: "10:00" }, declarants);
  const workers = await story.prisma.worker.findMany({
    where: { id: { in: declarants } },
    select: { id: true, name: true, organization: { select: { name: true } } },
  });

  for (const [index, project] of projects.entries()) {
    const username = usernames[index] as string;
    const declarant = workers.find((worker) => worker.id === declarants[index]);
    if (!declarant) throw new Error("demo: a declarant is missing");
    const evening = { day: -6 + index, time: "21:00" };
    const { id } = await story.as(username, evening, (context) =>
      declareProject(context, {
        activityId: activity.id,
        categoryKey: "PROJECTS",
        idempotencyKey: `demo-cxj-${declarant.id}`,
        title: project.title,
        summary: project.summary,
      }),
    );
    await attachProjectReport(story, username, { day: -6 + index, time: "21:10" }, id, {
      title: project.title,
      declarant: declarant.name,
      unit: declarant.organization.name,
      summary: project.summary,
    });
    if (project.progress === "PENDING_UNIT") continue;
    await approve(story, project.unitAdmin, { day: -2, time: "10:00" }, id);
    if (project.progress === "APPROVED") await approve(story, "orgdept", { day: -1, time: "15:00" }, id);
  }
  return activity;
}
