/** The texts of certificates (证书) on the results desk: `resources.Certificate.*`. */
const zhCertificate = {
  name: "证书",
  title: "证书",
  notFinal: "结果正式发布后才能颁发证书。",
  empty: "尚未颁发证书。点击“颁发证书”，为获奖者颁发荣誉证书、为其他参赛者颁发参赛证书。",
  issue: "颁发证书",
  issued: "已颁发 %{count} 份证书",
  downloadAll: "下载全部证书（合为一个文件）",
  download: "下载",
  fields: {
    number: "证书编号",
    kind: "证书类型",
    recipientName: "获证人",
    organizationName: "所在单位",
    award: "奖项",
    issuedOn: "发证日期",
  },
  kinds: { AWARD: "荣誉证书", PARTICIPATION: "参赛证书" } as Record<string, string>,
  steps: {
    issuing: "颁发证书",
    generating: "生成证书文件",
    downloading: "下载",
  },
  progress: "已下载 %{received} / %{total} KB（%{percent}%）",
  progressUnknown: "已下载 %{received} KB",
  saved: "已下载：%{file}",
};

const enCertificate: typeof zhCertificate = {
  name: "Certificate |||| Certificates",
  title: "Certificates",
  notFinal: "Certificates are issued once the results are final.",
  empty:
    "No certificate has been issued. Click “Issue certificates” to give the winners their award certificates and the other entrants participation certificates.",
  issue: "Issue certificates",
  issued: "%{count} certificates issued",
  downloadAll: "Download all certificates (PDF)",
  download: "Download",
  fields: {
    number: "Number",
    kind: "Kind",
    recipientName: "Recipient",
    organizationName: "Organization",
    award: "Award",
    issuedOn: "Issued on",
  },
  kinds: { AWARD: "Award certificate", PARTICIPATION: "Participation certificate" },
  steps: {
    issuing: "Issue",
    generating: "Generate the PDF",
    downloading: "Download",
  },
  progress: "%{received} / %{total} KB downloaded (%{percent}%)",
  progressUnknown: "%{received} KB downloaded",
  saved: "Downloaded: %{file}",
};

export const zh = { Certificate: zhCertificate };
export const en = { Certificate: enCertificate };
