import type { GrassrootsClass, OrganizationKind, Ownership } from "@jinzhou/domain";
import { uniquePersonName } from "./chinese-names.ts";
import { createDemoRandom } from "./random.ts";
import type { DemoSector } from "./trades.ts";

/** One organization of the demo tree, before it has a database id. */
export interface DemoOrganization {
  /** Stable across loads and machines: "JZ", "JZ-GT", "JZ-GT-001". */
  code: string;
  name: string;
  kind: OrganizationKind;
  parentCode: string | null;
  grassrootsClass: GrassrootsClass | null;
  ownership: Ownership | null;
  frontlineHeadcount: number;
  contactPerson: string;
  contactPhone: string;
  /**
   * Administrative region (GB/T 2260) where the organization sits. Its workers' ID numbers mostly
   * start with it, so a county-level award track can be checked against a plausible roster.
   */
  regionCode: string;
  /** What a grassroots union's enterprise does, which decides its workers' trades. */
  sector: DemoSector | null;
}

export const cityFederationCode = "JZ";

/**
 * Region codes. The real ones for the city, its districts, county-level cities and counties; 松山新区
 * and 经济技术开发区 are functional zones without their own code, so the demo uses 210791 and 210792
 * (unassigned in GB/T 2260) to keep their people distinguishable.
 */
export const jinzhouRegionCodes = {
  city: "210700",
  古塔区: "210702",
  凌河区: "210703",
  太和区: "210711",
  黑山县: "210726",
  义县: "210727",
  凌海市: "210781",
  北镇市: "210782",
  松山新区: "210791",
  经济技术开发区: "210792",
} as const;

/**
 * The nine county/district federations (县(市)区总工会) the work plan addresses. Front-line
 * headcounts are plausible round figures, the weights a quota split would use.
 */
const countyFederations = [
  { code: "JZ-GT", name: "古塔区总工会", regionCode: jinzhouRegionCodes.古塔区, frontlineHeadcount: 21_400 },
  { code: "JZ-LH", name: "凌河区总工会", regionCode: jinzhouRegionCodes.凌河区, frontlineHeadcount: 24_800 },
  { code: "JZ-TH", name: "太和区总工会", regionCode: jinzhouRegionCodes.太和区, frontlineHeadcount: 19_600 },
  { code: "JZ-SS", name: "松山新区总工会", regionCode: jinzhouRegionCodes.松山新区, frontlineHeadcount: 8_300 },
  {
    code: "JZ-KF",
    name: "经济技术开发区总工会",
    regionCode: jinzhouRegionCodes.经济技术开发区,
    frontlineHeadcount: 26_500,
  },
  { code: "JZ-LHS", name: "凌海市总工会", regionCode: jinzhouRegionCodes.凌海市, frontlineHeadcount: 17_200 },
  { code: "JZ-BZ", name: "北镇市总工会", regionCode: jinzhouRegionCodes.北镇市, frontlineHeadcount: 13_900 },
  { code: "JZ-HS", name: "黑山县总工会", regionCode: jinzhouRegionCodes.黑山县, frontlineHeadcount: 11_800 },
  { code: "JZ-YX", name: "义县总工会", regionCode: jinzhouRegionCodes.义县, frontlineHeadcount: 9_600 },
] as const;

/** City-level industry unions (产业工会); their enterprises sit in the urban districts. */
const industryUnions = [
  { code: "JZ-JX", name: "锦州市机械冶金工会", frontlineHeadcount: 15_200 },
  { code: "JZ-CM", name: "锦州市财贸轻工工会", frontlineHeadcount: 12_600 },
  { code: "JZ-JJ", name: "锦州市建设交通工会", frontlineHeadcount: 14_100 },
  { code: "JZ-SH", name: "锦州市石油化工工会", frontlineHeadcount: 10_900 },
] as const;

type GrassrootsRow = readonly [
  parentCode: string,
  name: string,
  grassrootsClass: GrassrootsClass,
  ownership: Ownership,
  frontlineHeadcount: number,
  sector: DemoSector,
  /** Only for unions under an industry union, whose parent has no county of its own. */
  regionCode?: string,
];

/**
 * Grassroots unions (基层工会): fictional enterprises, spread so that every county and industry
 * union has some, and every class (A 100+ people, B industrial park, C industry/regional union,
 * D under 8 people) and both ownerships appear. Non-public enterprises are the majority, as the
 * plan's push to bring 非公有制企业 workers into contests assumes. Codes follow the order here.
 */
const grassrootsUnions: readonly GrassrootsRow[] = [
  ["JZ-GT", "锦州华辰精密机械有限公司工会", "A", "NON_PUBLIC", 186, "machinery"],
  ["JZ-GT", "古塔区北街街道联合工会", "C", "NON_PUBLIC", 64, "community"],
  ["JZ-GT", "锦州老街坊餐饮有限公司工会", "D", "NON_PUBLIC", 6, "catering"],
  ["JZ-GT", "锦州中央商场有限公司工会", "A", "STATE_OWNED", 138, "retail"],
  ["JZ-LH", "锦州凌河热电有限公司工会", "A", "STATE_OWNED", 238, "power"],
  ["JZ-LH", "凌河区餐饮行业工会", "C", "NON_PUBLIC", 88, "catering"],
  ["JZ-LH", "锦州宏达汽车维修服务有限公司工会", "D", "NON_PUBLIC", 7, "auto"],
  ["JZ-TH", "锦州太和农机装备有限公司工会", "B", "NON_PUBLIC", 76, "machinery"],
  ["JZ-TH", "锦州盛安建筑工程有限公司工会", "A", "NON_PUBLIC", 164, "construction"],
  ["JZ-TH", "太和区安馨家政服务部工会", "D", "NON_PUBLIC", 5, "homeService"],
  ["JZ-SS", "锦州松山光电科技有限公司工会", "B", "NON_PUBLIC", 92, "electronics"],
  ["JZ-SS", "松山新区商贸区域联合工会", "C", "NON_PUBLIC", 45, "retail"],
  ["JZ-SS", "锦州金桥物业服务有限公司工会", "D", "NON_PUBLIC", 7, "homeService"],
  ["JZ-KF", "锦州港湾物流有限公司工会", "A", "STATE_OWNED", 265, "logistics"],
  ["JZ-KF", "锦州滨海新材料化工有限公司工会", "B", "NON_PUBLIC", 84, "chemical"],
  ["JZ-KF", "经济技术开发区汽车零部件产业园联合工会", "C", "NON_PUBLIC", 120, "auto"],
  ["JZ-KF", "锦州开发区供热有限公司工会", "B", "STATE_OWNED", 54, "power"],
  ["JZ-LHS", "凌海市大凌河建材有限公司工会", "A", "STATE_OWNED", 142, "buildingMaterials"],
  ["JZ-LHS", "凌海市兴海食品有限公司工会", "B", "NON_PUBLIC", 68, "food"],
  ["JZ-LHS", "凌海市阎家镇联合工会", "C", "NON_PUBLIC", 40, "community"],
  ["JZ-LHS", "凌海市海韵农家菜馆工会", "D", "NON_PUBLIC", 5, "catering"],
  ["JZ-BZ", "北镇市闾山旅游服务有限公司工会", "A", "NON_PUBLIC", 108, "catering"],
  ["JZ-BZ", "北镇锦北机电有限公司工会", "B", "NON_PUBLIC", 58, "machinery"],
  ["JZ-BZ", "北镇市鑫源汽车修理厂工会", "D", "NON_PUBLIC", 4, "auto"],
  ["JZ-HS", "黑山县热力有限公司工会", "A", "STATE_OWNED", 112, "power"],
  ["JZ-HS", "黑山县华兴铸造有限公司工会", "B", "NON_PUBLIC", 66, "machinery"],
  ["JZ-HS", "黑山县小东家政服务社工会", "D", "NON_PUBLIC", 3, "homeService"],
  ["JZ-YX", "义县城建工程有限公司工会", "A", "STATE_OWNED", 104, "construction"],
  ["JZ-YX", "义县七里河镇联合工会", "C", "NON_PUBLIC", 31, "community"],
  ["JZ-JX", "锦州北方重型机床有限公司工会", "A", "STATE_OWNED", 520, "machinery", jinzhouRegionCodes.凌河区],
  ["JZ-JX", "锦州钒钛冶炼有限公司工会", "A", "STATE_OWNED", 380, "metallurgy", jinzhouRegionCodes.太和区],
  ["JZ-JX", "锦州三友焊接技术服务有限公司工会", "D", "NON_PUBLIC", 6, "machinery", jinzhouRegionCodes.凌河区],
  ["JZ-CM", "锦州市副食品商业有限公司工会", "A", "STATE_OWNED", 118, "retail", jinzhouRegionCodes.古塔区],
  ["JZ-CM", "锦州辽西大酒店有限公司工会", "A", "NON_PUBLIC", 132, "catering", jinzhouRegionCodes.凌河区],
  ["JZ-CM", "锦州市纺织服装行业工会", "C", "NON_PUBLIC", 210, "textile", jinzhouRegionCodes.太和区],
  ["JZ-CM", "锦州小凌河茶社工会", "D", "NON_PUBLIC", 5, "tea", jinzhouRegionCodes.古塔区],
  ["JZ-JJ", "锦州市公共交通有限公司工会", "A", "STATE_OWNED", 460, "transport", jinzhouRegionCodes.凌河区],
  ["JZ-JJ", "锦州市第三建筑工程有限公司工会", "A", "STATE_OWNED", 290, "construction", jinzhouRegionCodes.太和区],
  ["JZ-JJ", "锦州安达起重吊装有限公司工会", "D", "NON_PUBLIC", 7, "logistics", jinzhouRegionCodes.太和区],
  ["JZ-SH", "锦州北辰石油化工有限公司工会", "A", "STATE_OWNED", 610, "chemical", jinzhouRegionCodes.经济技术开发区],
  ["JZ-SH", "锦州华泰精细化工有限公司工会", "B", "NON_PUBLIC", 72, "chemical", jinzhouRegionCodes.经济技术开发区],
];

/** A Jinzhou landline as people write it: area code 0416 and seven digits. */
function landline(random: ReturnType<typeof createDemoRandom>): string {
  return `0416-${random.int(2, 8)}${String(random.int(0, 999_999)).padStart(6, "0")}`;
}

/**
 * The whole demo tree, parents before children (the order they must be inserted in). The same
 * list on every call and every machine.
 */
export function demoOrganizations(): DemoOrganization[] {
  const random = createDemoRandom("jinzhou-2015/organization-contacts");
  const contactNames = new Set<string>();
  const contact = () => ({
    contactPerson: uniquePersonName(random, random.chance(0.55) ? "FEMALE" : "MALE", contactNames),
    contactPhone: landline(random),
  });
  const notGrassroots = { grassrootsClass: null, ownership: null, sector: null } as const;

  const city: DemoOrganization = {
    code: cityFederationCode,
    name: "锦州市总工会",
    kind: "CITY_FEDERATION",
    parentCode: null,
    grassrootsClass: null,
    ownership: null,
    // Industry unions' members also belong to a county, so only the counties add up to the city.
    frontlineHeadcount: countyFederations.reduce((sum, county) => sum + county.frontlineHeadcount, 0),
    regionCode: jinzhouRegionCodes.city,
    sector: null,
    ...contact(),
  };

  const counties: DemoOrganization[] = countyFederations.map((county) => ({
    ...county,
    kind: "COUNTY_FEDERATION",
    parentCode: cityFederationCode,
    ...notGrassroots,
    ...contact(),
  }));
  const industries: DemoOrganization[] = industryUnions.map((industry) => ({
    ...industry,
    kind: "INDUSTRY_UNION",
    parentCode: cityFederationCode,
    regionCode: jinzhouRegionCodes.city,
    ...notGrassroots,
    ...contact(),
  }));
  const regionOf = new Map<string, string>(countyFederations.map((county) => [county.code, county.regionCode]));
  const sequenceUnder = new Map<string, number>();
  const grassroots: DemoOrganization[] = grassrootsUnions.map(
    ([parentCode, name, grassrootsClass, ownership, frontlineHeadcount, sector, regionCode]) => {
      const sequence = (sequenceUnder.get(parentCode) ?? 0) + 1;
      sequenceUnder.set(parentCode, sequence);
      const region = regionCode ?? regionOf.get(parentCode);
      if (region === undefined) throw new Error(`demo grassroots union ${name} has no region`);
      return {
        code: `${parentCode}-${String(sequence).padStart(3, "0")}`,
        name,
        kind: "GRASSROOTS_UNION",
        parentCode,
        grassrootsClass,
        ownership,
        frontlineHeadcount,
        regionCode: region,
        sector,
        ...contact(),
      };
    },
  );
  return [city, ...counties, ...industries, ...grassroots];
}
