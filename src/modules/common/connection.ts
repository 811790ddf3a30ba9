import "reflect-metadata";
import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./page-info";

/** One node of a page with the cursor that points just after it. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What connection resolvers return: a page of edges, its page info and (only when selected) the total count. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Declares the Relay `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function connectionType(name: string, node: ClassType): ClassType {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String, { description: "Opaque cursor: pass it as `after` to get the nodes that follow this one, or as `before` for those that precede it." })
    cursor: string;

    @Field(() => node)
    node: unknown;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} nodes in a stable order.` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: "Number of nodes matching the filter, across all pages. Counted only when selected." })
    totalCount: number;
  }
  return ConnectionType;
}
