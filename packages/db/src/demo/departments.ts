/**
 * The city federation's own departments (DOMAIN.md, from the task table of the 2015 work plan),
 * in the order the federation lists them: general office first, service units last. Codes are
 * pinyin initials so that exports and URLs stay ASCII and stable if a department is renamed.
 */
export interface DemoDepartment {
  code: string;
  name: string;
  sortOrder: number;
}

const departmentNames: readonly (readonly [code: string, name: string])[] = [
  ["BGS", "办公室"],
  ["YJS", "研究室"],
  ["ZZB", "组织部"],
  ["XJB", "宣教部"],
  ["MZGLB", "民主管理部"],
  ["SHBZB", "生活保障部"],
  ["NGB", "女工部"],
  ["FLB", "法律部"],
  ["SCBHB", "生产保护部"],
  ["WHG", "文化宫"],
  ["ZGHG", "职工会馆"],
  ["ZGFWZX", "职工服务中心"],
];

/** Owner of the skills contest, labor competitions and model-worker selection. */
export const productionProtectionDepartmentCode = "SCBHB";
/** 文化宫: owner of the arts show, the choir and speech contests, the line dance and the badminton tournament. */
export const cultureCentreDepartmentCode = "WHG";
/** 宣教部: owner of the "most beautiful worker" search. */
export const publicityDepartmentCode = "XJB";
/** 组织部: owner of the innovation award. */
export const organizationDepartmentCode = "ZZB";

/** Gaps of ten leave room to slot a new department between two without renumbering. */
export function demoDepartments(): DemoDepartment[] {
  return departmentNames.map(([code, name], index) => ({ code, name, sortOrder: (index + 1) * 10 }));
}
