import { describe, expect, it } from "vitest";
import { formatCertificateNumber, isCertificateActivityCode } from "./certificate-number.ts";

describe("certificate numbers", () => {
  it("join the activity code and a four-digit sequence", () => {
    expect(formatCertificateNumber("JZ-2015-ZYB", 1)).toBe("JZ-2015-ZYB-0001");
    expect(formatCertificateNumber("JZ-2015-ZYB", 128)).toBe("JZ-2015-ZYB-0128");
    expect(formatCertificateNumber("JZ-2015-ZYB", 12345)).toBe("JZ-2015-ZYB-12345");
  });

  it("accept upper-case letters and digits in hyphen-separated groups", () => {
    expect(isCertificateActivityCode("JZ-2015-ZYB")).toBe(true);
    expect(isCertificateActivityCode("AKB2015")).toBe(true);
    for (const code of ["", "jz-2015", "JZ--2015", "JZ-", "-JZ", "JZ 2015", "锦州-2015"]) {
      expect(isCertificateActivityCode(code)).toBe(false);
    }
  });

  it("throw on programmer errors", () => {
    expect(() => formatCertificateNumber("jz", 1)).toThrow(RangeError);
    expect(() => formatCertificateNumber("JZ", 0)).toThrow(RangeError);
    expect(() => formatCertificateNumber("JZ", 1.5)).toThrow(RangeError);
  });
});
