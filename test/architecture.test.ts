import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { repoRoot } from "./support/paths";
import { testEngine } from "./support/test-database";

/**
 * The import rules of .dependency-cruiser.cjs hold over src/: extraction is pure, the server imports
 * the modules and never the reverse, no import cycles (docs/architecture.md).
 */
test("the folders import only what the architecture allows (dependency-cruiser)", { skip: testEngine !== "sqlite" && "engine-independent: run on SQLite only" }, () => {
  const cli = path.join(repoRoot, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
  const run = spawnSync(process.execPath, [cli, "src", "--config", ".dependency-cruiser.cjs", "--output-type", "json"], { cwd: repoRoot, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  assert.ok(run.stdout, `dependency-cruiser printed nothing: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[]; totalCruised: number } };
  assert.ok(report.summary.totalCruised > 200, `only ${report.summary.totalCruised} modules were read: is the config's path right?`);
  const breaches = report.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  assert.deepEqual(breaches, [], `import rules broken:\n${breaches.join("\n")}`);
});

/** Every TypeScript file under `dir` with its text. */
function sourceFiles(dir: string): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [{ file: path.relative(repoRoot, full), text: fs.readFileSync(full, "utf8") }] : [];
  });
}

test("the environment is read in one place, src/config.ts", { skip: testEngine !== "sqlite" && "engine-independent: run on SQLite only" }, () => {
  const readers = sourceFiles(path.join(repoRoot, "src")).filter(({ file, text }) => file !== path.join("src", "config.ts") && /process\.env\b/.test(text));
  assert.deepEqual(readers.map((r) => r.file), [], "read the variable in readConfig and pass it down");
});

/** Names of one language, counted in a file: five or more of them are a table. */
const CALENDAR_NAMES: Record<string, string[]> = {
  "English months": ["january", "february", "april", "june", "july", "august", "september", "october", "november", "december"],
  "Russian months": ["январ", "феврал", "апрел", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"],
  "English weekdays": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  "Russian weekdays": ["понедельник", "вторник", "четверг", "пятниц", "суббот", "воскресен"],
};

test("month and weekday names are listed in one place, src/language/calendar-words.ts", { skip: testEngine !== "sqlite" && "engine-independent: run on SQLite only" }, () => {
  const listers = sourceFiles(path.join(repoRoot, "src"))
    .filter(({ file }) => file !== path.join("src", "language", "calendar-words.ts"))
    .flatMap(({ file, text }) => {
      const lower = text.toLowerCase();
      return Object.entries(CALENDAR_NAMES)
        .filter(([, names]) => names.filter((name) => lower.includes(name)).length >= 5)
        .map(([kind]) => `${file}: ${kind}`);
    });
  assert.deepEqual(listers, [], "import MONTHS and WEEKDAYS from src/language/calendar-words.ts");
});
