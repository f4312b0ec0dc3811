/**
 * The texts of nominations within quotas (推荐, 劳模选树 …), merged under `resources`:
 * `resources.Nomination.*`.
 */
const zhNomination = {
  name: "推荐名单",
  fields: {
    id: "编号",
    activityId: "活动",
    name: "候选人",
    organizationName: "推荐单位",
    quota: "名额单位",
    places: "已用 / 名额",
    state: "状态",
  },
  filters: {
    organizationId: "所属组织（含下级）",
  },
  empty: {
    title: "还没有推荐",
    create: "在名额内推荐本单位的候选人：点击“推荐候选人”，选择活动和职工，推荐前会先试算名额和比例要求。",
    readOnly: "各县区、产业工会在名额内推荐候选人后，推荐会出现在这里，可按活动查看各单位的名额使用情况。",
  },
  desk: {
    title: "推荐候选人",
    intro:
      "在本单位分得的名额内推荐候选人。选择候选人后，先显示推荐后的名额和比例要求变化（红色为将不符合的要求），确认无误再推荐。",
    activity: "活动（按名额推荐、报名中）",
    noActivity: "现在没有按名额推荐、正在报名中的活动。",
    category: "组别",
    noQuota: "本单位在该活动中没有分到名额，不能推荐。名额由主办部门按最大余数法分配给各县(市)区总工会和产业工会。",
    candidate: "候选人",
    pick: "选择职工",
    pickHelp: "输入姓名、会员卡号或工种查找本单位职工",
    citation: "推荐理由或主要事迹（可不填）",
    nominate: "推荐候选人",
    done: "已推荐 %{name}：%{state}",
  },
  quota: {
    label: "名额使用",
    places: "名额 %{allowed} 名，已推荐 %{used} 名，剩余 %{left} 名",
    extra: "（含追加 %{count} 名）",
  },
  composition: {
    title: "推荐名单比例要求（现有 %{size} 名）",
    label: "%{name}的比例要求",
    none: "该活动没有比例要求。",
    limit: "要求",
    now: "现状",
    required: "按现有人数",
    standing: "是否符合",
    count: "%{count} / %{size} 名，占 %{share}",
    bound: {
      AT_LEAST: "至少 %{count} 名",
      AT_MOST: "最多 %{count} 名",
    },
    standings: {
      HOLDS: "符合",
      OVERRIDDEN: "已批准破例",
      BREACHED: "不符合",
    },
  },
  whatIf: {
    title: "推荐前试算",
    heading: "推荐 %{name} 之后",
    checking: "正在试算……",
    allowed: "可以推荐：推荐后名单仍符合各项要求。",
    allowedWithWarnings: "可以推荐，但推荐后名单暂不符合标红的要求，后续推荐须注意调整。",
    refused: "不能推荐，原因如下：",
    places: "推荐后名额：已推荐 %{used} / %{allowed} 名，剩余 %{left} 名",
    changes: "推荐后比例变化",
    before: "推荐前",
    after: "推荐后",
    effect: "变化",
    effects: {
      HOLDS: "仍符合",
      REPAIRS: "变为符合",
      BREAKS: "将不符合",
      STAYS_BREACHED: "仍不符合",
    },
    needsOverride: "须经主办部门批准破例",
  },
  mine: {
    title: "本单位在该活动的推荐（%{count}）",
    label: "本单位推荐",
    empty: "还没有推荐。选择候选人并确认试算结果后，推荐会出现在这里。",
  },
  use: {
    pickActivity: "选择活动后，这里显示各名额单位的名额使用和比例要求情况。",
    title: "名额使用：共 %{allowed} 名，已推荐 %{used} 名",
    wholeHolds: "全部推荐名单符合各项比例要求。",
    wholeBreached: "全部推荐名单暂不符合：%{limits}",
    none: "该活动还没有分配名额。",
    label: "各单位名额使用",
    organization: "名额单位",
    places: "名额",
    placesWithExtra: "%{allocated} + 追加 %{extra}",
    used: "已推荐 / 剩余",
    usedOf: "%{used} / 剩余 %{left}",
    composition: "比例要求",
    holds: "符合",
    breached: "不符合",
  },
};

const enNomination: typeof zhNomination = {
  name: "Nomination |||| Nominations",
  fields: {
    id: "ID",
    activityId: "Activity",
    name: "Candidate",
    organizationName: "Nominating unit",
    quota: "Quota holder",
    places: "Used / places",
    state: "State",
  },
  filters: {
    organizationId: "Organization (with its subtree)",
  },
  empty: {
    title: "No nominations yet",
    create:
      "Nominate candidates of your unit within its quota: click “Nominate a candidate”, pick the activity and the worker; places and composition limits are previewed first.",
    readOnly:
      "Nominations appear here once county and industry unions nominate within their quotas; pick an activity to see each unit's quota use.",
  },
  desk: {
    title: "Nominate a candidate",
    intro:
      "Nominate candidates within your unit's quota. Once you pick a candidate, the places and composition limits after the nomination are shown first (limits that would break in red).",
    activity: "Activity (by quota, open)",
    noActivity: "No activity rationed by quota is open now.",
    category: "Category",
    noQuota:
      "Your unit has no quota in this activity and cannot nominate. The organizer allocates quotas to county and industry unions by largest remainder.",
    candidate: "Candidate",
    pick: "Pick a worker",
    pickHelp: "Search your unit's workers by name, member card number or trade",
    citation: "Citation or main deeds (optional)",
    nominate: "Nominate a candidate",
    done: "Nominated %{name}: %{state}",
  },
  quota: {
    label: "Quota use",
    places: "%{allowed} places, %{used} nominated, %{left} left",
    extra: " (%{count} extra)",
  },
  composition: {
    title: "Composition limits (%{size} nominated)",
    label: "Composition limits of %{name}",
    none: "This activity has no composition limits.",
    limit: "Limit",
    now: "Now",
    required: "For this list size",
    standing: "Holds?",
    count: "%{count} of %{size}, %{share}",
    bound: {
      AT_LEAST: "at least %{count}",
      AT_MOST: "at most %{count}",
    },
    standings: {
      HOLDS: "Holds",
      OVERRIDDEN: "Override granted",
      BREACHED: "Broken",
    },
  },
  whatIf: {
    title: "Preview before nominating",
    heading: "After nominating %{name}",
    checking: "Previewing…",
    allowed: "May be nominated: the list still meets every limit.",
    allowedWithWarnings:
      "May be nominated, but the list would not yet meet the limits in red; mind them in later nominations.",
    refused: "Cannot be nominated, because:",
    places: "Places after: %{used} of %{allowed} nominated, %{left} left",
    changes: "Composition after the nomination",
    before: "Before",
    after: "After",
    effect: "Change",
    effects: {
      HOLDS: "Still holds",
      REPAIRS: "Now holds",
      BREAKS: "Would break",
      STAYS_BREACHED: "Still broken",
    },
    needsOverride: "Needs an override from the organizer",
  },
  mine: {
    title: "Your unit's nominations in this activity (%{count})",
    label: "Your unit's nominations",
    empty: "No nominations yet. Pick a candidate and check the preview; nominations appear here.",
  },
  use: {
    pickActivity: "Pick an activity to see each quota holder's places and composition.",
    title: "Quota use: %{allowed} places, %{used} nominated",
    wholeHolds: "The whole nominated list meets every composition limit.",
    wholeBreached: "The whole nominated list does not yet meet: %{limits}",
    none: "No quotas have been allocated for this activity.",
    label: "Quota use per unit",
    organization: "Quota holder",
    places: "Places",
    placesWithExtra: "%{allocated} + %{extra} extra",
    used: "Used / left",
    usedOf: "%{used} / %{left} left",
    composition: "Composition",
    holds: "Holds",
    breached: "Broken",
  },
};

export const zh = { Nomination: zhNomination };
export const en = { Nomination: enNomination };
