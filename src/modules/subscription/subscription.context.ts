import type { ApiContext } from "../api-context";
import type { LiveUpdates } from "./live-updates";

/** The context of a subscription operation: a query's context plus the server's live updates. */
export interface SubscriptionContext extends ApiContext {
  liveUpdates: LiveUpdates;
}
