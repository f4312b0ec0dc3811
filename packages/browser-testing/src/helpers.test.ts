import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { requireBuild } from "./builds.ts";
import { chinaDay } from "./calendar.ts";
import { createCapturingLog } from "./server-log.ts";
import { uniquelyNamed } from "./workers.ts";

describe("chinaDay", () => {
  it("is today's date in China, and counts days from it", () => {
    const now = new Date();
    const inChina = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
    const today = chinaDay(0);
    // Around midnight in China the two readings may straddle the day.
    expect([inChina, chinaDay(-1)]).toContain(today);
    expect(Date.parse(chinaDay(31)) - Date.parse(today)).toBe(31 * 86_400_000);
    expect(chinaDay(-1) < today).toBe(true);
  });
});

describe("the API's log in a browser session", () => {
  it("keeps the SMS codes in the order they were sent, and the errors", () => {
    const capture = createCapturingLog();
    capture.log.info("demo data loaded");
    capture.log.info("短信验证码已发送至 139****1234", { developerOnlyCode: "123456" });
    capture.log.warn("slow query", { ms: 900 });
    capture.log.info("短信验证码已发送至 138****0000", { developerOnlyCode: "654321" });
    capture.log.error("boom", { code: "X" });
    expect(capture.smsCodes()).toEqual(["123456", "654321"]);
    expect(capture.errors()).toEqual(['boom {"code":"X"}']);
  });
});

describe("requireBuild", () => {
  const dir = mkdtempSync(join(tmpdir(), "browser-testing-build-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const build = { dir, label: "the portal", buildCommand: "pnpm --filter @jinzhou/portal build" };

  it("names the missing build and how to make it", () => {
    expect(() => requireBuild(build)).toThrow(
      `${join(dir, "index.html")} is missing: build the portal first (pnpm --filter @jinzhou/portal build).`,
    );
  });

  it("accepts a build with its index.html", () => {
    writeFileSync(join(dir, "index.html"), "<!doctype html>");
    expect(() => requireBuild(build)).not.toThrow();
  });
});

describe("uniquelyNamed", () => {
  it("leaves out every worker whose name another one shares", () => {
    const workers = [
      { id: "1", name: "王芳" },
      { id: "2", name: "李强" },
      { id: "3", name: "王芳" },
    ];
    expect(uniquelyNamed(workers)).toEqual([{ id: "2", name: "李强" }]);
  });
});
