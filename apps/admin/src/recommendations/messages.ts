/**
 * The texts of the public recommendations review (公众推荐审核, 最美劳动者), merged under
 * `resources`: `resources.Recommendation.*`.
 */
const zhRecommendation = {
  name: "公众推荐",
  fields: {
    id: "编号",
    activityId: "活动（最美劳动者）",
    candidateName: "候选人",
    organizationName: "所在单位",
    story: "事迹",
    recommender: "推荐人",
    recommenderName: "推荐人",
    recommenderPhone: "推荐人电话",
    registeredAt: "推荐时间",
    state: "状态",
    photos: "照片",
    attachments: "材料",
    approvals: "审核记录",
  },
  photo: {
    alt: "%{name}的照片",
    loading: "正在加载照片…",
    failed: "照片无法显示",
    none: "还没有上传照片。单位管理员可以在单位审核时为候选人上传照片。",
  },
  back: "返回推荐列表",
  notFound: "没有找到这条推荐，或您无权查看。",
  chooseActivity: {
    title: "请先选择活动",
    text: "在上方“活动”中选择一项最美劳动者寻找活动，即可看到公众推荐的候选人并审核。",
  },
  empty: {
    title: "这项活动还没有公众推荐",
    text: "活动报名期间，公众在推荐页面提交候选人和事迹后，推荐会出现在这里。",
  },
};

const enRecommendation: typeof zhRecommendation = {
  name: "Public recommendations",
  fields: {
    id: "ID",
    activityId: "Activity (most beautiful worker)",
    candidateName: "Candidate",
    organizationName: "Unit",
    story: "Story",
    recommender: "Recommended by",
    recommenderName: "Recommended by",
    recommenderPhone: "Recommender's phone",
    registeredAt: "Recommended at",
    state: "State",
    photos: "Photos",
    attachments: "Files",
    approvals: "Approval history",
  },
  photo: {
    alt: "Photo of %{name}",
    loading: "Loading the photo…",
    failed: "The photo cannot be shown",
    none: "No photo yet. A unit admin can upload one while confirming the candidate.",
  },
  back: "Back to the recommendations",
  notFound: "This recommendation does not exist or you may not see it.",
  chooseActivity: {
    title: "Choose an activity first",
    text: "Pick a most-beautiful-worker search under “Activity” to see and review the candidates the public recommended.",
  },
  empty: {
    title: "No public recommendations for this activity yet",
    text: "Candidates and stories the public recommends during registration appear here.",
  },
};

export const zh = { Recommendation: zhRecommendation };
export const en = { Recommendation: enRecommendation };
