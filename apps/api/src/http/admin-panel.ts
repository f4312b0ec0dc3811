import { existsSync } from "node:fs";
import express, { type Router } from "express";

/**
 * The react-admin panel at /admin/: its built files, and index.html for every other path under
 * it so that reloading a deep link works. Without a build it says how to make one.
 */
export function adminPanel(distDir: string): Router {
  const router = express.Router();
  const index = `${distDir}/index.html`;
  router.use(express.static(distDir, { index: false, maxAge: "1h", immutable: false }));
  router.use((_request, response) => {
    if (!existsSync(index)) {
      response
        .status(503)
        .type("text/plain; charset=utf-8")
        .send("管理后台尚未构建。请在项目根目录运行 pnpm build（或 pnpm start），然后刷新本页。");
      return;
    }
    response.setHeader("Cache-Control", "no-cache");
    response.sendFile(index);
  });
  return router;
}
