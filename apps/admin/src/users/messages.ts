/** The texts of users and roles (账号与角色), merged under `resources`: `resources.User.*`. */
const zhUser = {
  name: "账号与角色",
  fields: {
    id: "编号",
    username: "用户名",
    displayName: "姓名",
    role: "角色",
    organizationId: "所属组织",
    departmentId: "所属部门",
    workerId: "关联职工",
    workerName: "关联职工",
    active: "状态",
    locked: "锁定",
    lastLoginAt: "最近登录",
    createdAt: "开设时间",
    updatedAt: "修改时间",
    password: "初始密码",
    q: "搜索用户名或姓名",
  },
  helpers: {
    username: "3–32 位字母、数字、点、下划线或连字符，以字母或数字开头；用于登录",
    organizationId: "账号可查看和操作的范围：单位管理员选其县区或基层工会，其他角色一般选市总工会",
    departmentId: "主办部门账号只能管理本部门主办的活动",
    workerId: "输入姓名查找；职工须在所属组织范围内",
    password: "8–64 位，须同时包含字母和数字；请告知本人登录后尽快修改",
  },
  roleHints: {
    ADMIN: "系统管理员：维护组织、账号、节假日，查看全部数据和操作日志",
    ORGANIZER: "主办部门：创建和组织本部门的活动，须选择所属部门",
    UNIT_ADMIN: "单位管理员：报名、推荐和审核本组织及下级组织的职工",
    JUDGE: "评委：只给分配给自己的参赛对象评分",
    WORKER: "职工：在手机上报名、查看状态、投票，须关联一名职工",
  },
  states: {
    active: "启用",
    inactive: "已停用",
    locked: "已锁定",
  },
  validation: {
    departmentRequired: "主办部门账号须选择所属部门",
    workerRequired: "职工账号须关联一名职工",
    passwordWeak: "密码应为 8–64 位，且同时包含字母和数字",
    passwordMismatch: "两次输入的密码不一致",
  },
  toggle: {
    disable: "停用",
    enable: "启用",
    disabled: "已停用账号 %{name}，其登录凭证立即失效",
    enabled: "已启用账号 %{name}",
  },
  reset: {
    button: "重置密码",
    title: "重置 %{name} 的密码",
    rules: "新密码 8–64 位，须同时包含字母和数字。重置后账号的锁定同时解除；操作日志只记录重置动作，不记录密码。",
    password: "新密码",
    confirm: "再次输入新密码",
    reason: "原因（可不填）",
    submit: "重置",
    cancel: "取消",
    done: "已重置 %{name} 的密码",
  },
  sections: {
    account: "账号",
    scope: "角色与范围",
  },
  empty: {
    title: "还没有账号",
    create: "为各部门、县区和基层工会、评委开设账号。",
    readOnly: "账号由系统管理员开设。",
  },
};

const enUser: typeof zhUser = {
  name: "Users and roles",
  fields: {
    id: "ID",
    username: "Username",
    displayName: "Name",
    role: "Role",
    organizationId: "Organization",
    departmentId: "Department",
    workerId: "Worker",
    workerName: "Worker",
    active: "Status",
    locked: "Locked",
    lastLoginAt: "Last sign-in",
    createdAt: "Created",
    updatedAt: "Changed",
    password: "Initial password",
    q: "Search username or name",
  },
  helpers: {
    username: "3–32 letters, digits, dots, underscores or hyphens, starting with a letter or digit; used to sign in",
    organizationId:
      "What the account sees and acts on: a unit admin's county or grassroots union; usually the city federation for other roles",
    departmentId: "An organizer runs only their department's activities",
    workerId: "Type a name to find the worker; they must be within the organization",
    password: "8–64 characters with letters and digits; ask the person to change it after signing in",
  },
  roleHints: {
    ADMIN: "Admin: maintains organizations, accounts and holidays; sees all data and the audit log",
    ORGANIZER: "Organizer: creates and runs their department's activities; needs a department",
    UNIT_ADMIN: "Unit admin: enrols, nominates and reviews the workers of their organization's subtree",
    JUDGE: "Judge: scores only the entries assigned to them",
    WORKER: "Worker: registers, follows registrations and votes on a phone; linked to one worker",
  },
  states: {
    active: "Active",
    inactive: "Disabled",
    locked: "Locked",
  },
  validation: {
    departmentRequired: "An organizer needs a department",
    workerRequired: "A worker account needs a worker",
    passwordWeak: "The password must be 8–64 characters with letters and digits",
    passwordMismatch: "The two passwords differ",
  },
  toggle: {
    disable: "Disable",
    enable: "Enable",
    disabled: "Disabled %{name}; their sign-in is revoked at once",
    enabled: "Enabled %{name}",
  },
  reset: {
    button: "Reset password",
    title: "Reset the password of %{name}",
    rules:
      "The new password is 8–64 characters with letters and digits. Resetting also unlocks the account; the audit log records the reset, never the password.",
    password: "New password",
    confirm: "New password again",
    reason: "Reason (optional)",
    submit: "Reset",
    cancel: "Cancel",
    done: "Reset the password of %{name}",
  },
  sections: {
    account: "Account",
    scope: "Role and scope",
  },
  empty: {
    title: "No accounts yet",
    create: "Open accounts for departments, county and grassroots unions, and judges.",
    readOnly: "The admin opens accounts.",
  },
};

export const zh = { User: zhUser };
export const en = { User: enUser };
