import { gzipSync } from "node:zlib";
import type { ApolloServerPlugin } from "@apollo/server";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";

/** The query the IDE opens with: the latest statements with who said them and where. */
export const IDE_DEFAULT_QUERY = `# armsgraph: statements, actors, articles and arms deals from the news.
# Press Ctrl+Enter to run. Lists are Relay connections: pass pageInfo.endCursor as "after" for the next page.
query LatestStatements {
  statements(first: 10, orderBy: { field: SAID_ON, direction: DESC }) {
    totalCount
    edges {
      node {
        id
        text
        kind
        saidOn
        saidOnPrecision
        speaker { name kind }
        speakerLabel
        via { name }
        outlet { name }
        article { title url publishedAt }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

/** The GraphiQL page, rendered once, as HTML and gzipped. Every script and style is inline: no CDN. */
export class GraphiQLPage {
  readonly html: string;
  private compressed: Buffer | undefined;

  constructor(endpoint = "/graphql") {
    this.html = renderGraphiQL({ endpoint, title: "armsgraph GraphiQL", defaultQuery: IDE_DEFAULT_QUERY });
  }

  /** The page gzipped (computed on first use). */
  get gzipped(): Buffer {
    this.compressed ??= gzipSync(this.html);
    return this.compressed;
  }
}

/** Apollo landing-page plugin that shows the offline GraphiQL page on GET requests from browsers. */
export function graphiqlLandingPage(page: GraphiQLPage): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html: page.html }; } };
    },
  };
}
