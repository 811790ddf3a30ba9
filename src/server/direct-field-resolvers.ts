import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

/** What is read of type-graphql's metadata of a field resolver method. */
interface FieldResolverMethod {
  target: Function;
  methodName: string;
  schemaName: string;
  getObjectType?: () => Function;
  params?: readonly { kind: string; index: number; propertyName?: string; getType?: unknown }[];
  middlewares?: readonly unknown[];
  roles?: readonly unknown[];
}

/** Where a resolver's graphql-js arguments go: root 0, args 1, context 2, info 3. */
const POSITION: Record<string, number | undefined> = { root: 0, context: 2, info: 3 };

/**
 * type-graphql runs each field resolver method through a generic wrapper that, on every call, builds a
 * resolver-data object, asks its container for the resolver instance, sorts and maps the parameter list
 * and checks each value for a promise (a tenth of a feed request's execution: 450 calls for 50 nodes).
 * For the methods that take only `@Root()` (untyped), `@Ctx()` and `@Info()` and have no middleware and no
 * roles, this puts in the schema a resolver that calls the method with those three values in their
 * order, on one instance of the resolver class (resolver classes here keep no state). Anything else keeps
 * type-graphql's resolver, and a field without a resolver (a plain property read) stays without. A field
 * takes the method of its own type, else of an interface it implements.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage() as unknown as {
    fieldResolvers: FieldResolverMethod[];
    objectTypes: { name: string; target: Function }[];
    interfaceTypes: { name: string; target: Function }[];
  };
  const methods = new Map<string, FieldResolverMethod>();
  for (const method of storage.fieldResolvers) {
    const owner = method.getObjectType?.();
    for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) {
      if (type.target === owner) methods.set(`${type.name}.${method.schemaName}`, method);
    }
  }
  const instances = new Map<Function, Record<string, Function>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const method = methods.get(`${type.name}.${field.name}`)
        ?? type.getInterfaces().map((i) => methods.get(`${i.name}.${field.name}`)).find((m) => m !== undefined);
      const positions = method && directPositions(method);
      if (!field.resolve || !method || !positions) continue;
      let instance = instances.get(method.target);
      if (!instance) instances.set(method.target, (instance = new (method.target as new () => Record<string, Function>)()));
      field.resolve = directResolver(instance, method.methodName, positions);
    }
  }
}

/** The graphql-js argument positions of the method's parameters, or null when type-graphql's wrapper must stay. */
function directPositions(method: FieldResolverMethod): number[] | null {
  if (method.middlewares?.length || method.roles) return null;
  const params = [...(method.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.some((p, i) => p.index !== i || p.propertyName !== undefined || (p.kind === "root" && p.getType !== undefined))) return null;
  const positions = params.map((p) => POSITION[p.kind]);
  return positions.every((p): p is number => p !== undefined) ? positions : null;
}

function directResolver(instance: Record<string, Function>, methodName: string, positions: readonly number[]): GraphQLFieldResolver<unknown, unknown> {
  const method = instance[methodName];
  const [a, b, c] = positions;
  const pick = (position: number, root: unknown, context: unknown, info: unknown) => (position === 0 ? root : position === 2 ? context : info);
  switch (positions.length) {
    case 1: return (root, _args, context, info) => method.call(instance, pick(a, root, context, info));
    case 2: return (root, _args, context, info) => method.call(instance, pick(a, root, context, info), pick(b, root, context, info));
    case 3: return (root, _args, context, info) => method.call(instance, pick(a, root, context, info), pick(b, root, context, info), pick(c, root, context, info));
    default: return (root, _args, context, info) => method.apply(instance, positions.map((p) => pick(p, root, context, info)));
  }
}
