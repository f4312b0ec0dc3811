import { WorkerCodePage } from "./WorkerCodePage.tsx";

/** /reset-password: a worker with an account sets a new password with an SMS code (忘记密码). */
export default function ResetPasswordPage() {
  return <WorkerCodePage purpose="RESET_PASSWORD" />;
}
