import type {
  Gender,
  GrassrootsClass,
  OrganizationKind,
  Ownership,
  PositionCategory,
  Role,
  SkillGrade,
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
import type { appChineseMessages } from "./appChineseMessages.ts";

/** The panel's own text in English, key for key the same as appChineseMessages. */
export const appEnglishMessages = {
  app: {
    pagination: "Pagination",
    title: "Jinzhou Federation of Trade Unions · Worker Activities",
    login: {
      subtitle: "Sign in with the account your union gave you",
    },
    user: {
      signedInAs: "%{role} · %{organization}",
    },
  },
  enums: {
    organizationKind: {
      CITY_FEDERATION: "City federation",
      COUNTY_FEDERATION: "County/district federation",
      INDUSTRY_UNION: "Industry union",
      GRASSROOTS_UNION: "Grassroots union",
    } satisfies Record<OrganizationKind, string>,
    grassrootsClass: {
      A: "Class A (enterprise of 100+ people)",
      B: "Class B (enterprise in an industrial park)",
      C: "Class C (industry or regional union)",
      D: "Class D (small or micro enterprise, under 8 people)",
    } satisfies Record<GrassrootsClass, string>,
    ownership: {
      STATE_OWNED: "State-owned",
      NON_PUBLIC: "Non-public",
    } satisfies Record<Ownership, string>,
    gender: {
      MALE: "Male",
      FEMALE: "Female",
    } satisfies Record<Gender, string>,
    skillGrade: {
      GRADE_5: "Grade 5 / junior worker",
      GRADE_4: "Grade 4 / intermediate worker",
      GRADE_3: "Grade 3 / senior worker",
      GRADE_2: "Grade 2 / technician",
      GRADE_1: "Grade 1 / senior technician",
    } satisfies Record<SkillGrade, string>,
    positionCategory: {
      FRONT_LINE: "Front-line worker",
      TECHNICAL: "Technical staff",
      MANAGER: "Manager",
      ENTERPRISE_HEAD: "Enterprise head",
    } satisfies Record<PositionCategory, string>,
    role: {
      ADMIN: "System administrator",
      ORGANIZER: "Organizing department",
      UNIT_ADMIN: "Unit administrator",
      JUDGE: "Judge",
      WORKER: "Worker",
    } satisfies Record<Role, string>,
  },
  resources: {
    ...registrationMessages.en,
    ...activityMessages.en,
    ...dashboardMessages.en,
    ...auditMessages.en,
    ...holidayMessages.en,
    ...userMessages.en,
    ...enrolmentMessages.en,
    ...nominationMessages.en,
    ...rosterImportMessages.en,
    ...judgingMessages.en,
    ...resultMessages.en,
    ...tournamentMessages.en,
    ...declarationMessages.en,
    ...recommendationMessages.en,
    ...indicatorReportMessages.en,
    ...votingMessages.en,
    Organization: {
      name: "Organization |||| Organizations",
      fields: {
        id: "Id",
        code: "Code",
        name: "Name",
        kind: "Kind",
        parentId: "Parent organization",
        path: "Tree order",
        pathName: "Full name",
        depth: "Level",
        grassrootsClass: "Grassroots class",
        ownership: "Ownership",
        frontlineHeadcount: "Front-line headcount",
        contactPerson: "Contact person",
        contactPhone: "Contact phone",
        childCount: "Sub-organizations",
        workerCount: "Workers",
        createdAt: "Created",
        updatedAt: "Updated",
        q: "Search name or code",
      },
      sections: {
        placement: "Place in the tree",
        identity: "Organization",
        enterprise: "Grassroots union",
        contact: "Contact",
      },
      helpers: {
        parentId: "Type to find the parent; leave empty for the city federation",
        code: "2–32 letters, digits or hyphens, unique in the city",
        grassroots: "Only grassroots unions have a class and an ownership",
        frontlineHeadcount: "Quotas are often split by front-line headcount",
      },
      validation: {
        kind: "Choose the kind of organization",
      },
      tabs: {
        summary: "Summary",
        children: "Sub-organizations",
        workers: "Workers (incl. sub-organizations)",
      },
      empty: {
        title: "No organizations yet",
        create:
          "Organizations form a tree: city federation → county federations and industry unions → grassroots unions. Click “Create” to add the city federation first, then the organizations below it.",
        readOnly:
          "Organizations are maintained by the federation's administrators and unit administrators; ask them to add one.",
        children: "No sub-organizations yet. Choose this organization as the parent when creating one.",
        workers: "No workers registered in this organization or below it yet.",
      },
    },
    Department: {
      name: "Department |||| Departments",
      fields: {
        id: "Id",
        code: "Code",
        name: "Department",
        sortOrder: "Order",
        userCount: "Accounts",
        q: "Search name or code",
      },
      empty: {
        title: "No departments yet",
        create: "The departments are created when the system is installed.",
        readOnly:
          "The departments are created when the system is installed; ask the system administrator to change them.",
      },
    },
    Worker: {
      name: "Worker |||| Workers",
      fields: {
        id: "Id",
        name: "Name",
        idNumber: "ID number",
        gender: "Gender",
        birthDate: "Date of birth",
        age: "Age",
        youngWorker: "Young worker",
        phone: "Mobile",
        sensitiveMasked: "Numbers masked",
        organizationId: "Grassroots union",
        organizationPathName: "Union",
        trade: "Trade",
        skillGrade: "Skill grade",
        positionCategory: "Position category",
        migrantWorker: "Migrant worker",
        memberCardNumber: "Member card number",
        createdAt: "Registered",
        updatedAt: "Updated",
        q: "Search name, trade or member card",
      },
      filters: {
        organizationId: "Organization (incl. sub-organizations)",
        ownership: "Employer ownership",
      },
      sections: {
        person: "Person",
        work: "Work",
      },
      helpers: {
        idNumber: "18 characters, the last may be X; gender and date of birth come from it",
        phone: "11-digit mobile number",
        organizationId: "Type to search; only grassroots unions can be chosen",
        skillGrade: "Leave empty when the worker has no skill grade",
        masked: "Your account cannot see the full number, so it cannot change it",
        youngWorker: "35 or younger",
      },
      validation: {
        organizationId: "Choose the worker's grassroots union",
      },
      preview: {
        waiting: "Gender, date of birth and age appear here once the ID number is complete and valid",
        age: "%{age} years",
      },
      values: {
        summary: "%{name} (%{gender}, %{age})",
        noSkillGrade: "None",
        age: "%{age}",
      },
      empty: {
        title: "No workers registered yet",
        create:
          "Click “Create” to register workers one by one: name, ID number and mobile, then their grassroots union, trade and position. Gender and date of birth come from the ID number.",
        readOnly:
          "There are no workers in your scope yet. Workers are registered by the administrators of their grassroots, county or industry union.",
      },
    },
  },
} satisfies MirrorOf<typeof appChineseMessages>;

/** Same keys, all the way down, with string leaves. */
type MirrorOf<T> = { [K in keyof T]: T[K] extends string ? string : MirrorOf<T[K]> };
