import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Client } from "pg";
import type { DataSource, Logger } from "typeorm";
import { DEFAULT_REQUEST_TIMEOUT_MS, readConfig } from "../../src/config";
import { connectDatabase } from "../../src/db/data-source";
import { ingestText } from "../../src/store/ingest-text";
import { createApiKey } from "../../src/auth/api-keys";
import { startServer, type RunningServer } from "../../src/server/create-server";
import { tinyArticle } from "../support/real-processes";
import { seedSmallStore } from "../support/seed";
import { createTestDatabase, testEngine, type TestDatabase } from "../support/test-database";

// No test here waits on time it does not bound: every request has a budget of seconds (room for a loaded
// machine before execution starts), the slow work is either bounded (a statement holding the thread 1.5 × the
// budget, an extraction of seconds) or ended by the test itself (a lock it releases in `finally`), and each
// test has a hang guard (`timeout`) far above what it does.
const HANG_GUARD = { timeout: 240_000 };

const INGEST = "mutation ($text: String!) { ingestArticle(input: { text: $text }) { duplicate article { id } } }";
const FEED = "{ statements(first: 5) { totalCount edges { node { text } } } }";
/** The budget of the servers here: past what a loaded machine takes to reach execution. */
const BUDGET_MS = 2_000;
/**
 * A page whose extraction takes seconds of CPU, past a 2 s budget: one paragraph of 700 straight-quoted
 * statements, the statements stage's known quadratic case (docs/hardening.md; 500 took 4.4 s and 1,000 took
 * 15 s on the shared 2-core machine), well within the extraction threads' 60 s per page.
 */
const SLOW_PAGE = 'Putin said "we will win" and '.repeat(700);

/** Holds the thread `ms` milliseconds, as a SQLite statement that long would. */
function holdThread(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/**
 * A TypeORM logger that sees every statement that reaches the database (past the deadline check) and
 * makes the first statement matching `slow` hold the thread `ms` before it runs.
 */
class SlowStatementLogger implements Logger {
  readonly statements: string[] = [];
  slow: { pattern: RegExp; ms: number } | null = null;
  logQuery(query: string): void {
    this.statements.push(query);
    if (this.slow && this.slow.pattern.test(query)) {
      const { ms } = this.slow;
      this.slow = null;
      holdThread(ms);
    }
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

interface BudgetApi {
  dataSource: DataSource;
  logger: SlowStatementLogger;
  url: string;
  origin: string;
  editorKey: string;
  post(query: string, variables?: Record<string, unknown>, key?: string): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
}

/** A server over a fresh seeded store whose requests have `budgetMs`, its PostgreSQL connections the same statement timeout. */
async function startBudgetApi(budgetMs: number, options: { production?: boolean } = {}): Promise<BudgetApi> {
  const database: TestDatabase = await createTestDatabase("budget", { migrated: true });
  const logger = new SlowStatementLogger();
  let dataSource: DataSource | undefined;
  let server: RunningServer | undefined;
  try {
    dataSource = await connectDatabase({ url: database.url, logger, statementTimeoutMs: budgetMs });
    await seedSmallStore(dataSource);
    const editorKey = (await createApiKey(dataSource, { role: "editor", name: "budget editor" })).key;
    server = await startServer({ dataSource, port: 0, requestTimeoutMs: budgetMs, production: options.production });
    const { url } = server;
    const ds = dataSource;
    const running = server;
    return {
      dataSource: ds,
      logger,
      url,
      origin: new URL(url).origin,
      editorKey,
      async post(query, variables, key) {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(120_000),
        });
        return { status: response.status, json: await response.json() };
      },
      async close() {
        await running.close();
        await ds.destroy();
        await database.drop();
      },
    };
  } catch (error) {
    await server?.close();
    await dataSource?.destroy();
    await database.drop();
    throw error;
  }
}

async function articleCount(dataSource: DataSource): Promise<number> {
  const [{ n }] = await dataSource.query(`SELECT COUNT(*) AS n FROM articles`);
  return Number(n);
}

function assertTimedOut(result: { status: number; json: any }, budgetMs: number): void {
  assert.equal(result.status, 503, JSON.stringify(result.json));
  const [error] = result.json.errors;
  assert.equal(error.extensions.code, "REQUEST_TIMEOUT");
  assert.equal(error.extensions.timeoutMs, budgetMs);
  assert.match(error.message, /ran past its time budget of .* \(REQUEST_TIMEOUT_MS\).* Ask for less/);
}

describe("REQUEST_TIMEOUT_MS", () => {
  it("defaults to 10 s; 0 turns the budget off; anything else but whole milliseconds is refused naming the variable", () => {
    assert.equal(DEFAULT_REQUEST_TIMEOUT_MS, 10_000);
    assert.equal(readConfig({}).requestTimeoutMs, 10_000);
    assert.equal(readConfig({ REQUEST_TIMEOUT_MS: "2500" }).requestTimeoutMs, 2_500);
    assert.equal(readConfig({ REQUEST_TIMEOUT_MS: "0" }).requestTimeoutMs, 0);
    for (const bad of ["10s", "-1", "1.5", "5", "off"]) {
      assert.throws(() => readConfig({ REQUEST_TIMEOUT_MS: bad }), /REQUEST_TIMEOUT_MS .* milliseconds/, bad);
    }
  });
});

describe(`a request past its time budget is stopped with 503 REQUEST_TIMEOUT (${testEngine})`, () => {
  let api: BudgetApi;
  before(async () => {
    api = await startBudgetApi(BUDGET_MS, { production: true });
  });
  after(() => api?.close());

  it("a query whose statement holds the thread past the budget: 503 and no partial data; the server answers the next request", HANG_GUARD, async () => {
    api.logger.slow = { pattern: /statements/i, ms: 1.5 * BUDGET_MS };
    const result = await api.post(`{ statements(first: 5) { totalCount edges { node { text speaker { name } article { title } } } } }`);
    assertTimedOut(result, BUDGET_MS);
    assert.equal(result.json.data, undefined, "no partial data");
    assert.equal(api.logger.slow, null, "the slow statement ran");
    const health = await fetch(`${api.origin}/health`, { signal: AbortSignal.timeout(60_000) });
    assert.equal(health.status, 200);
    const next = await api.post(FEED);
    assert.equal(next.status, 200, JSON.stringify(next.json));
    assert.ok(next.json.data.statements.totalCount > 0);
  });

  it("ingestArticle whose store statement holds the thread past the budget: no later statement but ROLLBACK reaches the database, 503, nothing stored", HANG_GUARD, async () => {
    // The extraction thread is started and warm: the page's extraction takes milliseconds, its storing holds the thread.
    await ingestText(api.dataSource, tinyArticle(20));
    const before = await articleCount(api.dataSource);
    api.logger.slow = { pattern: /"contentHash"/, ms: 1.5 * BUDGET_MS };
    const seen = api.logger.statements.length;
    const result = await api.post(INGEST, { text: tinyArticle(21) }, api.editorKey);
    assertTimedOut(result, BUDGET_MS);
    assert.equal(api.logger.slow, null, "the slow statement ran");
    const ran = api.logger.statements.slice(seen);
    const slowAt = ran.findIndex((sql) => /"contentHash"/.test(sql));
    assert.deepEqual(ran.slice(slowAt + 1).filter((sql) => !/^ROLLBACK/i.test(sql)), [], `after the slow statement: ${ran.slice(slowAt + 1).join(" | ")}`);
    assert.equal(await articleCount(api.dataSource), before);
    const stored = await api.post(INGEST, { text: tinyArticle(21) }, api.editorKey);
    assert.equal(stored.status, 200, JSON.stringify(stored.json));
    assert.equal(stored.json.data.ingestArticle.duplicate, false, "the timed-out page was not stored");
  });

  it("ingestArticle whose extraction runs past the budget: 503, nothing stored, even once the extraction ends; /health answers meanwhile", HANG_GUARD, async () => {
    const before = await articleCount(api.dataSource);
    const result = await api.post(INGEST, { text: SLOW_PAGE }, api.editorKey);
    assertTimedOut(result, BUDGET_MS);
    const health = await fetch(`${api.origin}/health`, { signal: AbortSignal.timeout(60_000) });
    assert.equal(health.status, 200, "the extraction runs on its thread");
    // The same page again, without a request budget: extracted in full (as long as the abandoned run, which
    // started first), then stored as new, not as a duplicate: the run past its budget stored nothing.
    const again = await ingestText(api.dataSource, SLOW_PAGE);
    assert.equal(again.status, "added");
    assert.equal(await articleCount(api.dataSource), before + 1);
  });
});

if (testEngine === "postgres") {
  describe("PostgreSQL: the statement timeout of the API's connections is the request budget", () => {
    let api: BudgetApi;
    let locker: Client;
    before(async () => {
      api = await startBudgetApi(BUDGET_MS);
      const url = (api.dataSource.options as { url: string }).url;
      locker = new Client({ connectionString: url });
      await locker.connect();
    });
    after(async () => {
      await locker?.end();
      await api?.close();
    });

    /** Runs `work` while the test holds `table` locked (ACCESS EXCLUSIVE), releasing it whatever happens. */
    async function whileLocked<T>(table: string, work: () => Promise<T>): Promise<T> {
      await locker.query("BEGIN");
      try {
        await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
        return await work();
      } finally {
        await locker.query("ROLLBACK");
      }
    }

    /** Statements of the API's database waiting for a lock (the test's own connection excluded); polled up to a hang guard. */
    async function lockWaitersAfterTimeout(): Promise<number> {
      for (let i = 0; i < 600; i++) {
        const { rows } = await locker.query(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`);
        if (Number(rows[0].n) === 0) return 0;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return -1;
    }

    it("a query waiting on a lock is answered 503 at its budget, and PostgreSQL stops its statement (no waiter left while the lock is still held)", HANG_GUARD, async () => {
      await whileLocked("statements", async () => {
        const result = await api.post(FEED);
        assertTimedOut(result, BUDGET_MS);
        assert.equal(await lockWaitersAfterTimeout(), 0, "statement_timeout ended the blocked statement");
      });
      const next = await api.post(FEED);
      assert.equal(next.status, 200, JSON.stringify(next.json));
    });

    it("ingestArticle whose store statement waits past the budget: 57014 is REQUEST_TIMEOUT, the transaction rolled back", HANG_GUARD, async () => {
      // The extraction thread is started and warm: the page's extraction takes milliseconds, its storing waits on the lock.
      await ingestText(api.dataSource, tinyArticle(10));
      const before = await articleCount(api.dataSource);
      await whileLocked("articles", async () => {
        const result = await api.post(INGEST, { text: tinyArticle(11) }, api.editorKey);
        assertTimedOut(result, BUDGET_MS);
        assert.equal(await lockWaitersAfterTimeout(), 0);
      });
      assert.equal(await articleCount(api.dataSource), before);
      const stored = await api.post(INGEST, { text: tinyArticle(11) }, api.editorKey);
      assert.equal(stored.status, 200, JSON.stringify(stored.json));
      assert.equal(stored.json.data.ingestArticle.duplicate, false, "the timed-out page was not stored");
    });
  });
}
