// The GraphQL operations the bench measures, shared by run.mjs and alternate.mjs so that both time the same documents.

/** The statement feed: 50 statements with speaker, via, article and outlet. */
export const FEED = `{ statements(first: 50) { edges { node { id text kind saidOn saidOnPrecision language confidence
  speaker { id name kind } via { id name } article { id title url publishedAt outlet { id name } } } } } }`;
/** An actor's page: the actor and 50 of their statements with the article. */
export const ACTOR = `query Actor($id: ID!) { actor(id: $id) { id name kind statements(first: 50) { edges { node { id text kind saidOn
  article { id title url publishedAt } } } } } }`;
/** The deal list: 50 deals with supplier, recipient and evidence with its article. */
export const DEALS = `{ deals(first: 50) { edges { node { id items designation category status valueText amount currency period
  supplier { id name } recipient { id name } evidence { excerpt article { id title url } } } } } }`;
