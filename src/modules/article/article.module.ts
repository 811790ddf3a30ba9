import { ArticleCurationResolver } from "./article-curation.resolver";
import { ArticleResolver } from "./article.resolver";
import { MentionResolver } from "./mention.resolver";
import { ReextractCurationResolver } from "./reextract-curation.resolver";

/** Articles: the article list, mentions, and the mutations that ingest and re-extract articles. */
export const articleResolvers = [ArticleCurationResolver, ArticleResolver, MentionResolver, ReextractCurationResolver] as const;
