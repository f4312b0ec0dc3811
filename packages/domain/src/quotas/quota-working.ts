import type { QuotaAllocation, QuotaAllocationRow } from "./quota-allocation.ts";
import { exactQuotaText } from "./quota-arithmetic.ts";

/**
 * The working of a quota split in sentences, one per organization, so that the organizer can
 * publish how every place was arrived at and anyone can redo it with a calculator.
 */
export function quotaAllocationWorking(allocation: QuotaAllocation): string[] {
  const { weightLabel, total, minimumsTotal, placesByWeight } = allocation;
  const lines = [`总名额 ${total} 名，按${weightLabel}采用最大余数法分配。`];
  if (minimumsTotal > 0) {
    lines.push(`先给各单位保底名额，共 ${minimumsTotal} 名；其余 ${placesByWeight} 名按${weightLabel}分配。`);
  }
  if (placesByWeight > 0) {
    lines.push(`${weightLabel}合计 ${exactQuotaText(allocation.weightSum)}。`);
  }
  for (const row of allocation.rows) lines.push(workingRow(allocation, row));
  if (placesByWeight > 0) {
    lines.push(
      `整数部分合计 ${allocation.wholePartsTotal} 名，余下 ${allocation.extraPlaces} 名按余数从大到小每个单位 1 名；` +
        `余数相同的，先给${weightLabel}较少的单位，${weightLabel}也相同的按组织代码顺序。`,
    );
  }
  lines.push(`合计分配 ${total} 名。`);
  return lines;
}

function workingRow(allocation: QuotaAllocation, row: QuotaAllocationRow): string {
  const minimumPart = row.minimum > 0 ? `保底 ${row.minimum} 名；` : "";
  if (allocation.placesByWeight === 0) {
    return `${row.organizationName}：${minimumPart}合计 ${row.places} 名。`;
  }
  const remainderPart =
    row.remainderRank === null ? "余数 0" : `余数 ${exactQuotaText(row.remainder)}（排第 ${row.remainderRank} 位）`;
  const extraPart = row.extraPlace ? "分得余下名额 1 名" : "未分得余下名额";
  return (
    `${row.organizationName}：${minimumPart}${allocation.placesByWeight} × ${exactQuotaText(row.weight)} ÷ ` +
    `${exactQuotaText(allocation.weightSum)} = ${exactQuotaText(row.exactShare)}，整数部分 ${row.wholePart} 名，` +
    `${remainderPart}，${extraPart}，合计 ${row.places} 名。`
  );
}
