/** Headless Chromium for the browser tests: Debian's package, driven by playwright-core (no browser download). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { testEngine } from "./test-database";

/** Debian's chromium package (`apt-get install -y chromium`; `.ci/run` installs it when missing). */
export const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * Why a browser test is skipped, or false to run it: a page does not depend on the engine, so it runs
 * once, in the SQLite pass; without Chromium it says how to install it.
 */
export function browserSkip(what: string): string | false {
  if (testEngine !== "sqlite") return `${what} does not depend on the engine: tested once, in the SQLite pass`;
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}: install Debian's chromium: apt-get install -y chromium`;
  return false;
}

/** A headless Chromium with a profile of its own; `close()` stops it and removes the profile. */
export async function launchChromium(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "armsgraph-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS, ...(viewport ? { viewport } : {}) });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
