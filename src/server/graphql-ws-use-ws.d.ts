// The project compiles with node10 module resolution, which ignores package "exports": this points
// the subpath graphql-ws/use/ws (resolved by Node at run time) to its type declarations.
declare module "graphql-ws/use/ws" {
  export * from "graphql-ws/dist/use/ws";
}
