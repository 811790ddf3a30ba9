import { AsyncLocalStorage } from "node:async_hooks";
import type { DataSource, EntitySubscriberInterface, Logger, QueryRunner } from "typeorm";
import type { AfterQueryEvent } from "typeorm/subscriber/event/QueryEvent";
import { refuseStatementPastDeadline } from "./request-deadline";

/** The SQL one unit of work (an HTTP request, a test) issued. */
export class QueryStats {
  count = 0;
  ms = 0;
  readonly statements: string[] = [];
}

const storage = new AsyncLocalStorage<QueryStats>();

/** Runs `work` with a fresh `QueryStats` that every SQL statement issued inside it (even asynchronously) is added to. */
export function withQueryStats<T>(work: (stats: QueryStats) => T): T {
  const stats = new QueryStats();
  return storage.run(stats, () => work(stats));
}

/** The stats of the unit of work the caller runs in, if any. */
export function currentQueryStats(): QueryStats | undefined {
  return storage.getStore();
}

/**
 * A TypeORM logger that records each query in the current `QueryStats`, then hands every call to the logger it wraps.
 * Every statement passes here before it runs, so it also refuses a statement of a request past its deadline (request-deadline.ts).
 */
export class QueryCountingLogger implements Logger {
  constructor(private readonly inner?: Logger) {}

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    refuseStatementPastDeadline(query);
    const stats = storage.getStore();
    if (stats) {
      stats.count += 1;
      stats.statements.push(query);
    }
    this.inner?.logQuery(query, parameters, queryRunner);
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.inner?.logQueryError(error, query, parameters, queryRunner);
  }

  logQuerySlow(time: number, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.inner?.logQuerySlow(time, query, parameters, queryRunner);
  }

  logSchemaBuild(message: string, queryRunner?: QueryRunner): void {
    this.inner?.logSchemaBuild(message, queryRunner);
  }

  logMigration(message: string, queryRunner?: QueryRunner): void {
    this.inner?.logMigration(message, queryRunner);
  }

  log(level: "log" | "info" | "warn", message: unknown, queryRunner?: QueryRunner): void {
    this.inner?.log(level, message, queryRunner);
  }
}

/** Adds the time of a query run past TypeORM (see read-rows.ts) to the current `QueryStats`. */
export function addQueryTime(ms: number): void {
  const stats = storage.getStore();
  if (stats) stats.ms += ms;
}

/** Adds each query's execution time to the current `QueryStats`. */
class QueryTimingSubscriber implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    const stats = storage.getStore();
    if (stats && event.executionTime) stats.ms += event.executionTime;
  }
}

/**
 * Makes an initialised data source count its SQL in `QueryStats` (and refuse statements of a request
 * past its deadline): wraps its logger in a `QueryCountingLogger` and adds a timing subscriber. Idempotent.
 */
export function installQueryCounter(dataSource: DataSource): void {
  if (dataSource.logger instanceof QueryCountingLogger) return;
  Object.assign(dataSource, { logger: new QueryCountingLogger(dataSource.logger) });
  (dataSource.subscribers as EntitySubscriberInterface[]).push(new QueryTimingSubscriber());
}
