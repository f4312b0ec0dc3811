/**
 * Certificate numbers: the activity's code, then a four-digit sequence within the activity,
 * e.g. "JZ-2015-ZYB-0001" (锦州, 2015, 状元杯). A number is never reused within an activity; later
 * batches continue the sequence.
 */
export const certificateSequenceWidth = 4;

/** Upper-case letters and digits in hyphen-separated groups: "JZ-2015-ZYB". */
export function isCertificateActivityCode(code: string): boolean {
  return /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(code);
}

/** "JZ-2015-ZYB" and 1 → "JZ-2015-ZYB-0001"; past 9999 the sequence simply grows a digit. */
export function formatCertificateNumber(activityCode: string, sequence: number): string {
  if (!isCertificateActivityCode(activityCode)) throw new RangeError(`not an activity code: ${activityCode}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`not a sequence number: ${sequence}`);
  return `${activityCode}-${String(sequence).padStart(certificateSequenceWidth, "0")}`;
}
