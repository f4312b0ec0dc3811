import { type CalendarDate, isYoungWorker, type Role } from "@jinzhou/domain";
import {
  cultureCentreDepartmentCode,
  organizationDepartmentCode,
  productionProtectionDepartmentCode,
  publicityDepartmentCode,
} from "./departments.ts";
import { cityFederationCode, type DemoOrganization } from "./organizations.ts";
import { type DemoWorker, demoReferenceDate } from "./workers.ts";

/**
 * The shared password of every demo account. Everyone who has seen a demo knows it, so it must
 * never guard real data: the demo is only ever loaded into a database without organizations.
 */
export const demoPassword = "jinzhou2015";

/**
 * One demo sign-in per role, so a newcomer can see the product through each user's eyes, plus
 * what a whole activity needs: an organizer for each department that owns activities, and a panel
 * of five judges from five different organizations (so a trimmed mean drops one score each way).
 */
export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** Root of the subtree the account acts on. */
  organizationCode: string;
  departmentCode: string | null;
  /** For the worker account: the ID number of the worker it belongs to. */
  workerIdNumber: string | null;
}

/** Every demo account's username, in the order a start-up banner lists them. */
export const demoAccountUsernames = [
  "admin",
  "organizer",
  "culture",
  "publicity",
  "orgdept",
  "unit",
  "judge",
  "judge2",
  "judge3",
  "judge4",
  "judge5",
  "worker",
] as const;

/** The county federation of the `unit` account; the `worker` account's union is under it. */
export const demoUnitAccountOrganizationCode = "JZ-GT";

/**
 * The worker behind the `worker` account: in a grassroots union under 古塔区, the first young
 * front-line worker with a skill grade, who can enter a skills contest and a "most beautiful
 * worker" search alike, and whose registrations the `unit` account approves.
 */
function workerAccountHolder(
  organizations: readonly DemoOrganization[],
  workers: readonly DemoWorker[],
  referenceDate: CalendarDate,
): DemoWorker {
  const unions = new Set(
    organizations
      .filter((organization) => organization.parentCode === demoUnitAccountOrganizationCode)
      .map((organization) => organization.code),
  );
  const roster = workers.filter(
    (worker) => unions.has(worker.organizationCode) && worker.positionCategory === "FRONT_LINE",
  );
  const young = roster.filter((worker) => isYoungWorker(worker.birthDate, referenceDate));
  const holder = young.find((worker) => worker.skillGrade !== null) ?? young[0] ?? roster[0];
  if (holder === undefined) throw new Error(`no front-line demo worker under ${demoUnitAccountOrganizationCode}`);
  return holder;
}

/** Four more judges, none from 古塔区, so every demo entry can get five unconflicted judges. */
const additionalJudges: readonly (readonly [username: string, displayName: string, organizationCode: string])[] = [
  ["judge2", "钱老师（北镇市总工会）", "JZ-BZ"],
  ["judge3", "孙教授（黑山县总工会）", "JZ-HS"],
  ["judge4", "周高级技师（义县总工会）", "JZ-YX"],
  ["judge5", "吴工程师（锦州市机械冶金工会）", "JZ-JX"],
];

/** Organizers of the other departments that own activities in the 2015 plan. */
const departmentOrganizers: readonly (readonly [username: string, displayName: string, departmentCode: string])[] = [
  ["culture", "文化宫 刘主任", cultureCentreDepartmentCode],
  ["publicity", "宣教部 陈部长", publicityDepartmentCode],
  ["orgdept", "组织部 郑部长", organizationDepartmentCode],
];

export function demoAccounts(
  organizations: readonly DemoOrganization[],
  workers: readonly DemoWorker[],
  referenceDate: CalendarDate = demoReferenceDate,
): DemoAccount[] {
  const holder = workerAccountHolder(organizations, workers, referenceDate);
  return [
    {
      username: "admin",
      displayName: "市总工会管理员",
      role: "ADMIN",
      organizationCode: cityFederationCode,
      departmentCode: null,
      workerIdNumber: null,
    },
    {
      username: "organizer",
      displayName: "生产保护部 王主任",
      role: "ORGANIZER",
      organizationCode: cityFederationCode,
      departmentCode: productionProtectionDepartmentCode,
      workerIdNumber: null,
    },
    {
      username: "unit",
      displayName: "古塔区总工会 李干事",
      role: "UNIT_ADMIN",
      organizationCode: demoUnitAccountOrganizationCode,
      departmentCode: null,
      workerIdNumber: null,
    },
    {
      // A judge from another county than the unit account, so conflict-of-interest rules (回避)
      // visibly let them score 古塔区 entries but not 凌海市 ones.
      username: "judge",
      displayName: "赵高工（凌海市总工会）",
      role: "JUDGE",
      organizationCode: "JZ-LHS",
      departmentCode: null,
      workerIdNumber: null,
    },
    {
      username: "worker",
      displayName: holder.name,
      role: "WORKER",
      organizationCode: holder.organizationCode,
      departmentCode: null,
      workerIdNumber: holder.idNumber,
    },
    ...additionalJudges.map(
      ([username, displayName, organizationCode]): DemoAccount => ({
        username,
        displayName,
        role: "JUDGE",
        organizationCode,
        departmentCode: null,
        workerIdNumber: null,
      }),
    ),
    ...departmentOrganizers.map(
      ([username, displayName, departmentCode]): DemoAccount => ({
        username,
        displayName,
        role: "ORGANIZER",
        organizationCode: cityFederationCode,
        departmentCode,
        workerIdNumber: null,
      }),
    ),
  ];
}
