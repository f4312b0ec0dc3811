export type Role = "ADMIN" | "ORGANIZER" | "UNIT_ADMIN" | "JUDGE" | "WORKER";

export const roles: readonly Role[] = ["ADMIN", "ORGANIZER", "UNIT_ADMIN", "JUDGE", "WORKER"];

export const roleLabels: Record<Role, string> = {
  ADMIN: "系统管理员",
  ORGANIZER: "主办部门",
  UNIT_ADMIN: "单位管理员",
  JUDGE: "评委",
  WORKER: "职工",
};

/** Who is asking: a signed-in user with a role, scoped to an organization subtree. */
export interface Actor {
  userId: number;
  role: Role;
  /** Path of the root of the subtree the user is scoped to, e.g. "/00000001/00000004/". */
  scopePath: string;
  /** For the worker role, the worker record that is theirs. */
  workerId: number | null;
}
