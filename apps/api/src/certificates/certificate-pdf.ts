import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CertificateData } from "@jinzhou/domain";
import PDFDocument from "pdfkit";

const require = createRequire(import.meta.url);
const fontName = "NotoSansSC";
let fontBytes: Buffer | null = null;

/** Noto Sans SC (OFL), read once; pdfkit embeds only the glyphs a document uses (a subset). */
function notoSansSc(): Buffer {
  fontBytes ??= readFileSync(require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"));
  return fontBytes;
}

/**
 * Renders certificates as one PDF, one A4 landscape page each, in Chinese: heading, number, the
 * citation, the issuer and the date; an organization award's certificate (优秀组织奖) also names
 * the unit, its recipient, on a line of its own above the citation. The layout is this file's;
 * every word comes from the domain's CertificateData as issued.
 */
export function renderCertificatesPdf(certificates: readonly CertificateData[]): Promise<Buffer> {
  const document = new PDFDocument({
    size: "A4",
    layout: "landscape",
    autoFirstPage: false,
    margin: 72,
    info: { Title: certificates.length === 1 ? `证书 ${certificates[0]?.number}` : "证书", Producer: "锦州市总工会" },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(Buffer.concat(chunks)));
    document.on("error", reject);
  });
  document.registerFont(fontName, notoSansSc());
  for (const certificate of certificates) {
    document.addPage();
    const { width, height } = document.page;
    document
      .lineWidth(3)
      .strokeColor("#b8860b")
      .rect(30, 30, width - 60, height - 60)
      .stroke();
    document
      .lineWidth(1)
      .rect(40, 40, width - 80, height - 80)
      .stroke();
    document.font(fontName).fillColor("#000000");
    document.fontSize(11).text(`证书编号：${certificate.number}`, 72, 60, { width: width - 144, align: "right" });
    document
      .fillColor("#a31515")
      .fontSize(44)
      .text(certificate.heading, 72, 110, {
        width: width - 144,
        align: "center",
        characterSpacing: 12,
      });
    // An organization award is made out to the unit: "获奖单位：古塔区总工会".
    const toUnit = certificate.entryId === null && certificate.organizationAwardId !== undefined;
    if (toUnit) {
      document
        .fillColor("#000000")
        .fontSize(22)
        .text(`获奖单位：${certificate.recipientName}`, 72, 200, { width: width - 144, align: "center" });
    }
    const top = toUnit ? 250 : 220;
    // The citation gets the room between the heading and the issuer; a long one is set smaller.
    const room = height - top - 190;
    let size = 20;
    const citationOptions = () => ({
      width: width - 220,
      align: "left" as const,
      lineGap: size * 0.6,
      indent: 2 * size,
    });
    document.fillColor("#000000").fontSize(size);
    while (size > 9 && document.heightOfString(certificate.citation, citationOptions()) > room) {
      size -= 1;
      document.fontSize(size);
    }
    document.text(certificate.citation, 110, top, citationOptions());
    document.fontSize(16).text(certificate.issuerName, 72, height - 170, { width: width - 180, align: "right" });
    document.text(certificate.issueDateText, 72, height - 140, { width: width - 180, align: "right" });
  }
  document.end();
  return finished;
}
