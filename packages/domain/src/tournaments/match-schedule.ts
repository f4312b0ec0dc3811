import type { Reason } from "../errors.ts";

/**
 * How long a match holds its court and its players when the schedule is checked (场地占用时长): a
 * best-of-three badminton match at a workers' tournament takes about half an hour, so two matches
 * on one court, or of one player, must start at least this many minutes apart.
 */
export const defaultMatchSlotMinutes = 30;

/** A match as the schedule check sees it. */
export interface ScheduledMatch {
  /** How the match is named in a refusal: "A 组第 1 轮 张三 对 李四". */
  label: string;
  court: string | null;
  /** Start time in milliseconds since the epoch; null while unscheduled. */
  startsAt: number | null;
  /** The people playing it (both sides): key identifies a person across events, name is shown. */
  players: readonly { key: string; name: string }[];
}

/**
 * Whether a match may be put on `court` at `startsAt` next to the rest of the schedule: no court
 * holds two matches whose times overlap, and nobody (a player entered in singles and doubles
 * alike) plays two matches at once. Two matches overlap when they start less than `slotMinutes`
 * apart. Every conflict is listed; `formatTime` writes a start time for the message (China time).
 */
export function checkMatchSchedule(
  match: ScheduledMatch & { court: string; startsAt: number },
  others: readonly ScheduledMatch[],
  formatTime: (startsAt: number) => string,
  slotMinutes: number = defaultMatchSlotMinutes,
): Reason[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes < 1) throw new RangeError(`slot of ${slotMinutes} minutes`);
  const reasons: Reason[] = [];
  const court = match.court.trim();
  if (court === "") reasons.push({ code: "MATCH_COURT_REQUIRED", message: "请填写比赛场地" });
  if (!Number.isFinite(match.startsAt)) {
    reasons.push({ code: "MATCH_TIME_REQUIRED", message: "请填写比赛开始时间" });
  }
  if (reasons.length > 0) return reasons;

  const overlapping = others.filter(
    (other) => other.startsAt !== null && Math.abs(other.startsAt - match.startsAt) < slotMinutes * 60_000,
  );
  for (const other of overlapping) {
    if (other.court !== null && other.court.trim() === court) {
      reasons.push({
        code: "MATCH_COURT_DOUBLE_BOOKED",
        message: `${court} 在 ${formatTime(other.startsAt ?? 0)} 已安排${other.label}，同一场地 ${slotMinutes} 分钟内不能安排两场比赛`,
      });
    }
  }
  for (const player of match.players) {
    for (const other of overlapping) {
      if (other.players.some((each) => each.key === player.key)) {
        reasons.push({
          code: "MATCH_PLAYER_DOUBLE_BOOKED",
          message: `${player.name} 在 ${formatTime(other.startsAt ?? 0)} 已有比赛（${other.label}），同一选手 ${slotMinutes} 分钟内不能安排两场比赛`,
        });
      }
    }
  }
  return reasons;
}
