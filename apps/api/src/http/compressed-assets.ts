import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { gzip } from "node:zlib";
import type { RequestHandler } from "express";

/** Text files worth compressing; images and fonts are compressed already. */
const compressible = new Set([".js", ".mjs", ".css", ".json", ".svg", ".txt", ".map"]);
/** Hashed files never change, so each is compressed once per process and kept (a build is a few MB). */
const maxCachedBytes = 64 * 1024 * 1024;

/**
 * Serves a built app's hashed files (its assets/ directory) gzipped to browsers that accept gzip:
 * a phone on a slow connection downloads the portal's JavaScript at about a third of its size.
 * Anything else (no gzip accepted, not a text file, not there) goes on to express.static.
 */
export function compressedAssets(assetsDir: string, maxAgeSeconds: number): RequestHandler {
  const root = resolve(assetsDir);
  const cache = new Map<string, Buffer>();
  let cachedBytes = 0;
  return async (request, response, next) => {
    if (request.method !== "GET" && request.method !== "HEAD") return next();
    if (!/\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) return next();
    const extension = extname(request.path).toLowerCase();
    if (!compressible.has(extension)) return next();
    let file: string;
    try {
      file = resolve(root, `.${decodeURIComponent(request.path)}`);
    } catch {
      return next();
    }
    if (!file.startsWith(root + sep)) return next();
    try {
      let body = cache.get(file);
      if (!body) {
        if (!(await stat(file)).isFile()) return next();
        body = await new Promise<Buffer>((done, fail) =>
          readFile(file).then(
            (raw) => gzip(raw, { level: 9 }, (error, zipped) => (error ? fail(error) : done(zipped))),
            fail,
          ),
        );
        if (cachedBytes + body.length <= maxCachedBytes) {
          cache.set(file, body);
          cachedBytes += body.length;
        }
      }
      response.type(extension);
      response.setHeader("Content-Encoding", "gzip");
      response.setHeader("Vary", "Accept-Encoding");
      response.setHeader("Content-Length", String(body.length));
      response.setHeader("Cache-Control", `public, max-age=${maxAgeSeconds}, immutable`);
      if (request.method === "HEAD") response.end();
      else response.end(body);
    } catch {
      next();
    }
  };
}
