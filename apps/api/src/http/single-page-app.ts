import { existsSync } from "node:fs";
import express, { type Router } from "express";
import { compressedAssets } from "./compressed-assets.ts";
import { appSecurityHeaders } from "./security-headers.ts";

export interface SinglePageAppOptions {
  /** The app's build (Vite's dist: index.html and hashed files under assets/). */
  distDir: string;
  /** Said (503, plain text) while the app has not been built. */
  notBuiltMessage: string;
  /**
   * Paths of other routes, relative to where the router is mounted ("/graphql", "/admin" …): a GET
   * nobody else answered there stays a 404 and is never given the app's index.html.
   */
  reservedPaths?: readonly string[];
}

/** Vite names every built file under assets/ by its content, so a file there never changes. */
const assetMaxAge = "365d";

/**
 * A built single-page app (the admin panel at /admin, the workers' portal at /): its hashed files
 * under /assets/ cached for a year (gzipped for browsers that accept it), any other file of the build for an hour, and index.html (never
 * cached, so a release is picked up at once) for every other GET, so that opening or reloading a
 * deep link (/activities/3) works. Without a build it says, in Chinese, how to make one.
 */
export function singlePageApp(options: SinglePageAppOptions): Router {
  const { distDir, notBuiltMessage } = options;
  const index = `${distDir}/index.html`;
  const reserved = options.reservedPaths ?? [];
  const isReserved = (path: string) => reserved.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  const router = express.Router();
  router.use(appSecurityHeaders);
  router.use(
    "/assets",
    compressedAssets(`${distDir}/assets`, 365 * 86_400),
    express.static(`${distDir}/assets`, { index: false, redirect: false, maxAge: assetMaxAge, immutable: true }),
    // A missing asset is a 404, not index.html: a script answered with HTML only confuses the browser.
    (_request, response) => {
      response.status(404).type("text/plain; charset=utf-8").send("没有找到这个文件。");
    },
  );
  router.use(express.static(distDir, { index: false, redirect: false, maxAge: "1h" }));
  router.use((request, response, next) => {
    if ((request.method !== "GET" && request.method !== "HEAD") || isReserved(request.path)) {
      next();
      return;
    }
    if (!existsSync(index)) {
      response
        .status(503)
        .setHeader("Cache-Control", "no-cache")
        .type("text/plain; charset=utf-8")
        .send(notBuiltMessage);
      return;
    }
    response.setHeader("Cache-Control", "no-cache");
    response.sendFile(index);
  });
  return router;
}
