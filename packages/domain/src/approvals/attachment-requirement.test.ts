import { describe, expect, it } from "vitest";
import { missingAttachmentsReason } from "./attachment-requirement.ts";

const projectDocuments = { minCount: 1, maxCount: 5, acceptedExtensions: ["pdf", "docx"], maxMegabytesEach: 10 };

describe("missingAttachmentsReason", () => {
  it("refuses approving a project declared without its report", () => {
    expect(missingAttachmentsReason(projectDocuments, 0)).toEqual({
      code: "ATTACHMENTS_MISSING",
      message: "须上传至少 1 份材料（现有 0 份），补齐后才能审核通过",
    });
  });

  it("lets it through once the minimum is there, and when the activity asks for no documents", () => {
    expect(missingAttachmentsReason(projectDocuments, 1)).toBeNull();
    expect(missingAttachmentsReason({ ...projectDocuments, minCount: 0 }, 0)).toBeNull();
    expect(missingAttachmentsReason(null, 0)).toBeNull();
  });
});
