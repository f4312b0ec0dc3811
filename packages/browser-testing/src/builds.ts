// The built apps a browser session serves: each must have been built (vite build) before the tests run.
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface AppBuild {
  /** The build's directory (holding index.html). */
  dir: string;
  /** What the error calls it, e.g. "the panel". */
  label: string;
  /** The command that makes it, e.g. "pnpm --filter @jinzhou/admin build". */
  buildCommand: string;
}

/** Throws, naming the build and how to make it, when a build has no index.html. */
export function requireBuild(build: AppBuild): void {
  const index = join(build.dir, "index.html");
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: build ${build.label} first (${build.buildCommand}).`);
  }
}
