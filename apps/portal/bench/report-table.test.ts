import { describe, expect, it } from "vitest";
import { emulatedConditions, networkProfiles } from "./network-profiles.ts";
import { displayWidth, formatTable, kilobytes, milliseconds } from "./report-table.ts";

describe("the benchmark's table", () => {
  it("counts a Chinese character as two columns", () => {
    expect(displayWidth("4G")).toBe(2);
    expect(displayWidth("慢速 3G")).toBe(7);
    expect(displayWidth("首页")).toBe(4);
  });

  it("lines columns up under Chinese and Latin headings alike", () => {
    const table = formatTable(
      [{ heading: "page" }, { heading: "KB", align: "right" }],
      [
        ["首页", "99.3"],
        ["网络投票", "7.0"],
      ],
    );
    const lines = table.split("\n");
    expect(lines).toEqual(["page        KB", "────────  ────", "首页      99.3", "网络投票   7.0"]);
    expect(lines.map(displayWidth)).toEqual([14, 14, 14, 14]);
  });

  it("writes kilobytes with one decimal and a missing time as a dash", () => {
    expect(kilobytes(1536)).toBe("1.5");
    expect(milliseconds(872.6)).toBe("873");
    expect(milliseconds(null)).toBe("—");
  });
});

describe("the network profiles", () => {
  it("hands Chrome throughput in bytes per second and the round trip in milliseconds", () => {
    const slow = networkProfiles.find((profile) => profile.name === "慢速 3G");
    expect(slow && emulatedConditions(slow)).toEqual({
      offline: false,
      latency: 400,
      downloadThroughput: 50_000,
      uploadThroughput: 50_000,
    });
  });
});
