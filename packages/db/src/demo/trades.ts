/**
 * Trades (工种) of the demo workers, by the line of business of their grassroots union. The names
 * are the ones in the national occupational classification that city skills contests like the
 * "状元杯" use as categories, so a demo contest can open a category per trade and find entrants.
 */
export type DemoSector =
  | "machinery"
  | "metallurgy"
  | "auto"
  | "power"
  | "chemical"
  | "buildingMaterials"
  | "construction"
  | "logistics"
  | "transport"
  | "electronics"
  | "food"
  | "catering"
  | "tea"
  | "retail"
  | "textile"
  | "homeService"
  | "community";

export interface DemoTrade {
  name: string;
  /** Share of women in the trade, so 育婴员 are mostly women and 焊工 mostly men, as in Jinzhou. */
  femaleShare: number;
}

const trade = (name: string, femaleShare: number): DemoTrade => ({ name, femaleShare });

const 车工 = trade("车工", 0.2);
const 数控车工 = trade("数控车工", 0.15);
const 钳工 = trade("钳工", 0.15);
const 铣工 = trade("铣工", 0.15);
const 焊工 = trade("焊工", 0.05);
const 电工 = trade("电工", 0.08);
const 汽车维修工 = trade("汽车维修工", 0.05);
const 化学检验员 = trade("化学检验员", 0.7);
const 化工总控工 = trade("化工总控工", 0.25);
const 仪表维修工 = trade("仪表维修工", 0.2);
const 锅炉操作工 = trade("锅炉操作工", 0.15);
const 起重装卸机械操作工 = trade("起重装卸机械操作工", 0.1);
const 叉车司机 = trade("叉车司机", 0.05);
const 砌筑工 = trade("砌筑工", 0.05);
const 钢筋工 = trade("钢筋工", 0.03);
const 架子工 = trade("架子工", 0.02);
const 汽车驾驶员 = trade("汽车驾驶员", 0.15);
const 电子设备装接工 = trade("电子设备装接工", 0.6);
const 中式烹调师 = trade("中式烹调师", 0.25);
const 中式面点师 = trade("中式面点师", 0.6);
const 茶艺师 = trade("茶艺师", 0.9);
const 餐厅服务员 = trade("餐厅服务员", 0.75);
const 收银员 = trade("收银员", 0.85);
const 营销员 = trade("营销员", 0.6);
const 仓库保管工 = trade("仓库保管工", 0.4);
const 缝纫工 = trade("缝纫工", 0.85);
const 育婴员 = trade("育婴员", 0.97);
const 养老护理员 = trade("养老护理员", 0.85);
const 家政服务员 = trade("家政服务员", 0.9);
const 美发师 = trade("美发师", 0.5);

/** Trades per sector with their relative frequency in such an enterprise. */
export const sectorTrades: Record<DemoSector, readonly (readonly [DemoTrade, number])[]> = {
  machinery: [
    [车工, 4],
    [数控车工, 3],
    [钳工, 3],
    [铣工, 2],
    [焊工, 3],
    [电工, 2],
  ],
  metallurgy: [
    [电工, 3],
    [焊工, 2],
    [起重装卸机械操作工, 3],
    [化学检验员, 2],
    [钳工, 2],
  ],
  auto: [
    [汽车维修工, 5],
    [焊工, 1],
    [电工, 1],
  ],
  power: [
    [电工, 4],
    [锅炉操作工, 3],
    [钳工, 2],
    [焊工, 1],
    [化学检验员, 1],
  ],
  chemical: [
    [化工总控工, 4],
    [化学检验员, 3],
    [仪表维修工, 2],
    [电工, 1],
    [钳工, 1],
  ],
  buildingMaterials: [
    [化学检验员, 2],
    [电工, 2],
    [钳工, 2],
    [焊工, 1],
    [起重装卸机械操作工, 2],
  ],
  construction: [
    [砌筑工, 4],
    [钢筋工, 3],
    [架子工, 2],
    [焊工, 2],
    [电工, 2],
    [起重装卸机械操作工, 1],
  ],
  logistics: [
    [起重装卸机械操作工, 5],
    [叉车司机, 3],
    [电工, 1],
    [汽车驾驶员, 2],
  ],
  transport: [
    [汽车驾驶员, 5],
    [汽车维修工, 3],
    [电工, 1],
  ],
  electronics: [
    [电子设备装接工, 4],
    [电工, 2],
    [数控车工, 1],
    [化学检验员, 1],
  ],
  food: [
    [中式面点师, 3],
    [化学检验员, 2],
    [电工, 1],
    [仓库保管工, 1],
  ],
  catering: [
    [中式烹调师, 4],
    [中式面点师, 2],
    [餐厅服务员, 3],
    [茶艺师, 1],
  ],
  tea: [
    [茶艺师, 4],
    [中式面点师, 1],
  ],
  retail: [
    [收银员, 3],
    [营销员, 3],
    [仓库保管工, 1],
    [茶艺师, 1],
  ],
  textile: [
    [缝纫工, 5],
    [电工, 1],
  ],
  homeService: [
    [育婴员, 3],
    [养老护理员, 3],
    [家政服务员, 2],
  ],
  // Street and township joint unions gather many small shops: a little of everything.
  community: [
    [中式烹调师, 2],
    [汽车维修工, 2],
    [美发师, 2],
    [育婴员, 1],
    [养老护理员, 1],
    [电工, 1],
    [收银员, 1],
  ],
};
