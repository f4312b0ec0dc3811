import type { TournamentEntrant } from "./tournament-entrants.ts";

/** 决赛, 半决赛, 1/4 决赛 … for a knockout slot "R8-2" (the round of 8 is the 1/4 决赛); "A 组" for a group slot. */
export function stageText(slot: string): { stage: string; matchNumber: number } {
  const knockout = /^R(\d+)-(\d+)$/.exec(slot);
  if (knockout) {
    const matches = Number(knockout[1]) / 2;
    const name = matches === 1 ? "决赛" : matches === 2 ? "半决赛" : `1/${matches} 决赛`;
    return { stage: name, matchNumber: Number(knockout[2]) };
  }
  const [group, number] = slot.split("-");
  return { stage: `${group} 组`, matchNumber: Number(number) };
}

/** "男单 A 组第 3 场（张三 对 李四）", for messages and the schedule. */
export function matchLabel(
  categoryName: string,
  row: { slot: string; entrantAId: number | null; entrantBId: number | null },
  entrants: Map<number, TournamentEntrant>,
): string {
  const { stage, matchNumber } = stageText(row.slot);
  const side = (id: number | null) => (id === null ? "待定" : (entrants.get(id)?.name ?? "待定"));
  return `${categoryName} ${stage}第 ${matchNumber} 场（${side(row.entrantAId)} 对 ${side(row.entrantBId)}）`;
}
