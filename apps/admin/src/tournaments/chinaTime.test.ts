import { describe, expect, it } from "vitest";
import { fromChinaInput, toChinaInput } from "./chinaTime.ts";

describe("match times typed in China time", () => {
  it("shows a UTC instant as the China wall clock", () => {
    expect(toChinaInput("2015-09-26T01:00:00.000Z")).toBe("2015-09-26T09:00");
    // 23:30 UTC is already the next day in Jinzhou.
    expect(toChinaInput("2015-09-25T23:30:00.000Z")).toBe("2015-09-26T07:30");
    expect(toChinaInput(null)).toBe("");
    expect(toChinaInput("not a time")).toBe("");
  });

  it("turns the typed China time back into the instant", () => {
    expect(fromChinaInput("2015-09-26T09:00")).toBe("2015-09-26T01:00:00.000Z");
    expect(fromChinaInput("2015-09-26T07:30")).toBe("2015-09-25T23:30:00.000Z");
  });

  it("refuses what is not a time", () => {
    expect(fromChinaInput("")).toBeNull();
    expect(fromChinaInput("2015-02-30T09:00")).toBeNull();
    expect(fromChinaInput("2015-09-26T24:10")).toBeNull();
    expect(fromChinaInput("9月26日")).toBeNull();
  });
});
