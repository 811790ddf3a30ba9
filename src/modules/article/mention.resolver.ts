import "reflect-metadata";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../api-context";
import type { ArticleSummary } from "./article.loaders";
import type { Actor } from "../actor/actor.entity";
import { ActorNode } from "../actor/actor.type";
import { ArticleNode } from "./article.type";
import type { Mention } from "./mention.entity";
import { MentionNode } from "./mention.type";

/** The actor and article of a mention, through loaders. */
@Resolver(() => MentionNode)
export class MentionResolver {
  @FieldResolver(() => ActorNode)
  async actor(@Root() mention: Mention, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    const actor = await loaders.actor.load(mention.actorId);
    if (!actor) throw new Error(`Mention ${mention.id} refers to missing actor ${mention.actorId}`);
    return actor;
  }

  @FieldResolver(() => ArticleNode)
  async article(@Root() mention: Mention, @Ctx() { loaders }: ApiContext): Promise<ArticleSummary> {
    const article = await loaders.article.load(mention.articleId);
    if (!article) throw new Error(`Mention ${mention.id} refers to missing article ${mention.articleId}`);
    return article;
  }
}
