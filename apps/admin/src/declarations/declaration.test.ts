import { describe, expect, it } from "vitest";
import { authorNames, excerpt } from "./declaration.ts";

describe("declaration texts", () => {
  it("names the declarant first, then the other authors", () => {
    expect(authorNames([{ name: "李四", isLeader: false }, { name: "张三", isLeader: true }, { name: "王五" }])).toBe(
      "张三、李四、王五",
    );
    expect(authorNames([])).toBe("");
  });

  it("cuts a summary by characters, not bytes, on one line", () => {
    expect(excerpt("数控车床\n自动上料装置", 4)).toBe("数控车床…");
    expect(excerpt("短简介", 10)).toBe("短简介");
    expect(excerpt("  多个   空格  ", 10)).toBe("多个 空格");
  });
});
