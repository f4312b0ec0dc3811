import { WorkerCodePage } from "./WorkerCodePage.tsx";

/** /activate: a worker on the union roster opens their account (激活账号). */
export default function ActivatePage() {
  return <WorkerCodePage purpose="ACTIVATE" />;
}
