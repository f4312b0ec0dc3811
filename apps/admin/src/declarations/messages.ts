/**
 * The texts of the innovation-project declarations review (创新项目申报审核), merged under
 * `resources`: `resources.Declaration.*`. The review dialog's own texts are the registrations'.
 */
const zhDeclaration = {
  name: "项目申报审核",
  menu: "项目申报审核",
  fields: {
    activityId: "活动（创新工作奖）",
    title: "项目名称",
    authors: "作者",
    summary: "项目简介",
    documents: "申报材料",
    documentCount: "材料",
    state: "状态",
    organizationId: "所在单位",
    registeredAt: "申报时间",
    approvals: "审核记录",
  },
  values: {
    documentCount: "%{count} 份",
  },
  noDocuments: "这份申报还没有上传申报材料。没有材料的申报不能审核通过，可以退回让申报人补充。",
  back: "返回申报列表",
  chooseActivity: {
    title: "请先选择活动",
    text: "在上方“活动”中选择一项创新工作奖，即可看到职工申报的创新项目，逐一或批量审核。",
  },
  empty: {
    title: "这项活动还没有项目申报",
    text: "职工在报名期内申报创新项目并上传申报材料后，申报会出现在这里。",
  },
};

const enDeclaration: typeof zhDeclaration = {
  name: "Project declarations",
  menu: "Project declarations",
  fields: {
    activityId: "Activity (innovation award)",
    title: "Project",
    authors: "Authors",
    summary: "Summary",
    documents: "Documents",
    documentCount: "Documents",
    state: "State",
    organizationId: "Unit",
    registeredAt: "Declared at",
    approvals: "Approval history",
  },
  values: {
    documentCount: "%{count}",
  },
  noDocuments:
    "No documents have been uploaded for this declaration. It cannot be approved without them; return it so the declarant can add them.",
  back: "Back to the declarations",
  chooseActivity: {
    title: "Choose an activity first",
    text: "Pick an innovation award under “Activity” to see the projects workers declared and review them one by one or in bulk.",
  },
  empty: {
    title: "No projects declared for this activity yet",
    text: "Projects appear here once workers declare them during registration and upload their documents.",
  },
};

export const zh = { Declaration: zhDeclaration };
export const en = { Declaration: enDeclaration };
