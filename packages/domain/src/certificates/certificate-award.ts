import { championTitleName, excellenceAwardName } from "../results/award-scheme.ts";
import type { AwardResult } from "../results/awards.ts";
import type { CertificateAward } from "./certificate.ts";

/**
 * The award lines of one category and track, ready for buildCertificates: every entry awarded a
 * tier, 优胜奖 or the 状元 title; entries awarded nothing are left for 参赛证书.
 */
export function certificateAwardsOf(result: AwardResult): CertificateAward[] {
  return result.awards
    .filter((award) => award.awardNames.length > 0)
    .map((award) => ({
      entryId: award.entryId,
      recipientName: award.name,
      organizationName: award.organizationName,
      categoryKey: result.category.key,
      categoryName: result.category.name,
      levelKey: result.track.key,
      levelName: result.track.name,
      place: award.place,
      awardName: award.tier?.name ?? (award.excellenceAward ? excellenceAwardName : null),
      titles: award.championTitle ? [championTitleName] : [],
    }));
}
