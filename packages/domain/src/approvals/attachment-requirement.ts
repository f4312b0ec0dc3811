import type { ActivityAttachmentRule } from "../activities/activity-configuration.ts";
import type { Reason } from "../errors.ts";

/**
 * An entry that must carry documents (an innovation project's report) cannot be approved without
 * them: the reason to give when it holds fewer than the activity's minimum, or null when it is
 * complete (or the activity asks for none).
 */
export function missingAttachmentsReason(rule: ActivityAttachmentRule | null, attached: number): Reason | null {
  if (rule === null || attached >= rule.minCount) return null;
  return {
    code: "ATTACHMENTS_MISSING",
    message: `须上传至少 ${rule.minCount} 份材料（现有 ${attached} 份），补齐后才能审核通过`,
  };
}
