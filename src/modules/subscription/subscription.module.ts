import { SubscriptionResolver } from "./subscription.resolver";

/** Live updates: the Subscription type (graphql-ws). */
export const subscriptionResolvers = [SubscriptionResolver] as const;
