import type { ApolloServerPlugin } from "@apollo/server";
import { currentQueryStats } from "../db/query-counter";

/** Apollo plugin adding `extensions.sql = { count, ms }` (SQL statements and their time) to each single response. */
export function queryStatsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const stats = currentQueryStats();
          if (!stats || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, sql: { count: stats.count, ms: Math.round(stats.ms * 100) / 100 } };
        },
      };
    },
  };
}
