import {
  genderLabels,
  grassrootsClassLabels,
  organizationKindLabels,
  ownershipLabels,
  positionCategoryLabels,
  roleLabels,
  skillGradeLabels,
} from "@jinzhou/domain";
import * as activityMessages from "../activities/messages.ts";
import * as auditMessages from "../audit/messages.ts";
import * as dashboardMessages from "../dashboard/messages.ts";
import * as declarationMessages from "../declarations/messages.ts";
import * as enrolmentMessages from "../enrolment/messages.ts";
import * as holidayMessages from "../holidays/messages.ts";
import * as indicatorReportMessages from "../indicator-reports/messages.ts";
import * as judgingMessages from "../judging/messages.ts";
import * as nominationMessages from "../nominations/messages.ts";
import * as recommendationMessages from "../recommendations/messages.ts";
import * as registrationMessages from "../registrations/messages.ts";
import * as resultMessages from "../results/messages.ts";
import * as rosterImportMessages from "../roster-import/messages.ts";
import * as tournamentMessages from "../tournaments/messages.ts";
import * as userMessages from "../users/messages.ts";
import * as votingMessages from "../voting/messages.ts";

/**
 * The panel's own text in Simplified Chinese. Enum labels are the domain's, so the panel, the
 * workers' pages, exports and certificates say the same words. appEnglishMessages mirrors every key.
 */
export const appChineseMessages = {
  app: {
    pagination: "分页",
    title: "锦州市总工会 职工活动管理平台",
    login: {
      subtitle: "请使用工会分配的账号登录",
    },
    user: {
      signedInAs: "%{role} · %{organization}",
    },
  },
  enums: {
    organizationKind: organizationKindLabels,
    grassrootsClass: grassrootsClassLabels,
    ownership: ownershipLabels,
    gender: genderLabels,
    skillGrade: skillGradeLabels,
    positionCategory: positionCategoryLabels,
    role: roleLabels,
  },
  resources: {
    ...registrationMessages.zh,
    ...activityMessages.zh,
    ...dashboardMessages.zh,
    ...auditMessages.zh,
    ...holidayMessages.zh,
    ...userMessages.zh,
    ...enrolmentMessages.zh,
    ...nominationMessages.zh,
    ...rosterImportMessages.zh,
    ...judgingMessages.zh,
    ...resultMessages.zh,
    ...tournamentMessages.zh,
    ...declarationMessages.zh,
    ...recommendationMessages.zh,
    ...indicatorReportMessages.zh,
    ...votingMessages.zh,
    Organization: {
      name: "工会组织",
      fields: {
        id: "编号",
        code: "组织代码",
        name: "组织名称",
        kind: "组织类型",
        parentId: "上级组织",
        path: "层级顺序",
        pathName: "完整名称",
        depth: "层级",
        grassrootsClass: "基层工会分类",
        ownership: "企业性质",
        frontlineHeadcount: "一线职工人数",
        contactPerson: "联系人",
        contactPhone: "联系电话",
        childCount: "下级组织数",
        workerCount: "职工人数",
        createdAt: "创建时间",
        updatedAt: "更新时间",
        q: "搜索名称或代码",
      },
      sections: {
        placement: "所在位置",
        identity: "组织信息",
        enterprise: "基层工会情况",
        contact: "联系方式",
      },
      helpers: {
        parentId: "输入名称查找上级组织；市总工会不填",
        code: "2–32 位字母、数字或连字符，全市唯一",
        grassroots: "只有基层工会需要填写分类和企业性质",
        frontlineHeadcount: "分配名额时常按一线职工人数计算",
      },
      validation: {
        kind: "请选择组织类型",
      },
      tabs: {
        summary: "基本信息",
        children: "下级组织",
        workers: "职工（含下级组织）",
      },
      empty: {
        title: "还没有工会组织",
        create:
          "工会组织按“市总工会 → 县(市)区总工会、产业工会 → 基层工会”逐级建立。请点击“新建”，先建市总工会，再在其下建县区总工会、产业工会和基层工会。",
        readOnly: "工会组织由市总工会管理员和各级工会的单位管理员维护，如需新增请与他们联系。",
        children: "该组织下还没有下级组织。可以在新建组织时把它选为上级组织。",
        workers: "该组织及其下级组织还没有登记职工。",
      },
    },
    Department: {
      name: "内设部门",
      fields: {
        id: "编号",
        code: "部门代码",
        name: "部门名称",
        sortOrder: "排序",
        userCount: "账号数",
        q: "搜索部门名称或代码",
      },
      empty: {
        title: "还没有内设部门",
        create: "内设部门随系统初始化建立。",
        readOnly: "内设部门随系统初始化建立，如需调整请联系系统管理员。",
      },
    },
    Worker: {
      name: "职工",
      fields: {
        id: "编号",
        name: "姓名",
        idNumber: "身份证号",
        gender: "性别",
        birthDate: "出生日期",
        age: "年龄",
        youngWorker: "青年职工",
        phone: "手机号",
        sensitiveMasked: "号码已隐藏",
        organizationId: "所属基层工会",
        organizationPathName: "所属工会",
        trade: "工种",
        skillGrade: "职业技能等级",
        positionCategory: "岗位类别",
        migrantWorker: "农民工",
        memberCardNumber: "会员卡号",
        createdAt: "登记时间",
        updatedAt: "更新时间",
        q: "搜索姓名、工种或会员卡号",
      },
      filters: {
        organizationId: "所属组织（含下级）",
        ownership: "所在企业性质",
      },
      sections: {
        person: "个人信息",
        work: "工作信息",
      },
      helpers: {
        idNumber: "18 位，最后一位可以是 X；性别和出生日期由身份证号自动得出",
        phone: "11 位手机号",
        organizationId: "输入名称查找，只能选择基层工会",
        skillGrade: "没有职业技能等级的不选",
        masked: "您的账号无权查看完整号码，因此不能修改",
        youngWorker: "35 周岁及以下",
      },
      validation: {
        organizationId: "请选择所属基层工会",
      },
      preview: {
        waiting: "输入完整、正确的身份证号后，这里自动显示性别、出生日期和年龄",
        age: "%{age} 岁",
      },
      values: {
        summary: "%{name}（%{gender}，%{age} 岁）",
        noSkillGrade: "未评定",
        age: "%{age} 岁",
      },
      empty: {
        title: "还没有登记职工",
        create:
          "请点击“新建”逐个登记职工：填写姓名、身份证号和手机号，选择所属基层工会、工种和岗位类别。性别和出生日期会根据身份证号自动得出。",
        readOnly: "您的权限范围内还没有职工。职工由所在基层工会或县区、产业工会的管理员登记。",
      },
    },
  },
};
