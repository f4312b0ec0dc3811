import { describe, expect, it } from "vitest";
import {
  acceptAttribute,
  attachmentRuleOf,
  defaultAttachmentRule,
  fileProblem,
  fileSizeText,
  projectProblems,
} from "./project-form.ts";

const innovationRule = {
  minCount: 1,
  maxCount: 10,
  acceptedExtensions: ["pdf", "doc", "docx", "jpg", "png"],
  maxMegabytesEach: 20,
};
const megabyte = 1024 * 1024;

describe("attachmentRuleOf", () => {
  it("reads the activity's rule and falls back to what the API accepts", () => {
    expect(attachmentRuleOf({ attachments: innovationRule })).toEqual(innovationRule);
    expect(attachmentRuleOf({ attachments: null })).toBe(defaultAttachmentRule);
    expect(attachmentRuleOf(null)).toBe(defaultAttachmentRule);
    expect(acceptAttribute(innovationRule)).toBe(".pdf,.doc,.docx,.jpg,.png");
  });
});

describe("fileProblem", () => {
  it("refuses a format outside the rule, counting .jpeg as .jpg", () => {
    expect(fileProblem({ name: "方案.zip", size: 10 }, innovationRule, 0)).toEqual({
      code: "FILE_TYPE_NOT_ALLOWED",
      formats: "pdf、doc、docx、jpg、png",
    });
    expect(fileProblem({ name: "现场.JPEG", size: 10 }, innovationRule, 0)).toBeNull();
  });

  it("refuses a file over the size, an empty one, and one too many", () => {
    expect(fileProblem({ name: "a.pdf", size: 20 * megabyte + 1 }, innovationRule, 0)).toEqual({
      code: "FILE_TOO_LARGE",
      megabytes: 20,
    });
    expect(fileProblem({ name: "a.pdf", size: 20 * megabyte }, innovationRule, 0)).toBeNull();
    expect(fileProblem({ name: "a.pdf", size: 0 }, innovationRule, 0)).toEqual({ code: "FILE_EMPTY" });
    expect(fileProblem({ name: "a.pdf", size: 5 }, innovationRule, 10)).toEqual({
      code: "ATTACHMENT_LIMIT_REACHED",
      maxCount: 10,
    });
  });

  it("writes sizes as a phone user reads them", () => {
    expect(fileSizeText(1536 * 1024)).toBe("1.5 MB");
    expect(fileSizeText(300)).toBe("1 KB");
  });
});

describe("projectProblems", () => {
  const filled = {
    title: "数控刀具寿命预测",
    summary: "用切削声音判断刀具磨损",
    coAuthorCount: 1,
    maxAuthors: 10,
    documentCount: 1,
    rule: innovationRule,
  };

  it("accepts a complete declaration", () => {
    expect(projectProblems(filled)).toEqual({});
  });

  it("names each missing or overlong part", () => {
    expect(projectProblems({ ...filled, title: " ", summary: "", documentCount: 0 })).toEqual({
      title: "activities.declare.titleRequired",
      summary: "activities.declare.summaryRequired",
      documents: "activities.declare.documentsMissing",
    });
    expect(
      projectProblems({ ...filled, title: "项".repeat(101), summary: "字".repeat(2001), coAuthorCount: 10 }),
    ).toEqual({
      title: "activities.declare.titleTooLong",
      summary: "activities.declare.summaryTooLong",
      authors: "activities.declare.tooManyAuthors",
    });
  });
});
