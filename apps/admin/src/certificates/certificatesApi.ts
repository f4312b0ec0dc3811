export interface CertificateRow {
  id: string;
  number: string;
  kind: "AWARD" | "PARTICIPATION";
  recipientName: string;
  organizationName: string;
  levelName: string | null;
  awardName: string | null;
  titles: string[];
  issuedOn: string;
  downloadPath: string;
}

const fields = "id number kind recipientName organizationName levelName awardName titles issuedOn downloadPath";

export const certificatesQuery = `query Certificates($activityId: ID!) {
  allCertificates(filter: { activityId: $activityId }, sortField: "sequence", sortOrder: "ASC", page: 0, perPage: 1000) { ${fields} }
}`;

export const issueMutation = `mutation Issue($activityId: ID!) { issueCertificates(activityId: $activityId) { ${fields} } }`;

/** What a certificate is for, as printed: "市级 一等奖 · 状元"; empty for participation. */
export function awardText(certificate: Pick<CertificateRow, "levelName" | "awardName" | "titles">): string {
  const main = [certificate.levelName, certificate.awardName].filter(Boolean).join(" ");
  return [main, ...certificate.titles].filter((part) => part !== "").join(" · ");
}

/** The steps of "download all": make sure every certificate is issued, let the API render, then receive. */
export const downloadAllSteps = ["issuing", "generating", "downloading"] as const;
export type DownloadAllStep = (typeof downloadAllSteps)[number];
