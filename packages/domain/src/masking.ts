/**
 * ID numbers and phone numbers are sensitive personal information (个人敏感信息): lists show them
 * masked, the full value goes only to roles that need it.
 */

/** First 6 and last 4 characters kept: 210702********1234. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 10) return "*".repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${"*".repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}

/** First 3 and last 4 digits kept: 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return "*".repeat(phone.length);
  return `${phone.slice(0, 3)}${"*".repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/**
 * Masks anything in free text that looks like an ID number or a mobile number. A safety net for
 * logs and error reports, where a value may arrive inside a message nobody wrote on purpose.
 * A country code written straight before a mobile number (+86…, 0086…) stays, the number is masked.
 */
export function redactPersonalNumbers(text: string): string {
  return text
    .replace(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, (id) => maskIdNumber(id.toUpperCase()))
    .replace(
      /(?<!\d)((?:00)?86)?(1[3-9]\d{9})(?!\d)/g,
      (_, code: string | undefined, phone: string) => `${code ?? ""}${maskPhone(phone)}`,
    );
}
