import { readToken } from "../authProvider/session.ts";

const templateUrl = "/files/workers/import-template.xlsx";
const templateFileName = "职工名册导入模板.xlsx";

/**
 * Downloads the roster template (its unit-code sheet lists the unions the user may import into)
 * with the bearer token: fetch → blob → object URL → <a download>. Throws the API's message.
 */
export async function downloadTemplate(): Promise<void> {
  const token = readToken();
  const response = await fetch(templateUrl, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
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
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = templateFileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
