import { fetchWithToken, saveBlob } from "../dataProvider/fileTransfer.ts";

const templateUrl = "/files/workers/import-template.xlsx";
const templateFileName = "职工名册导入模板.xlsx";

/**
 * Downloads the roster template (its unit-code sheet lists the unions the user may import into)
 * with the bearer token: fetch → blob → object URL → <a download>. Throws the API's message.
 */
export async function downloadTemplate(): Promise<void> {
  const response = await fetchWithToken(templateUrl);
  if (!response.ok) {
    let message = "resources.RosterImport.errors.template";
    try {
      const body = (await response.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // Not JSON: keep the generic message.
    }
    throw new Error(message);
  }
  saveBlob(await response.blob(), templateFileName);
}
