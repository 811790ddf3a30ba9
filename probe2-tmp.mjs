import { startHardenedApi } from "./dist/test/support/real-processes.js";
const api = await startHardenedApi({ seed: false });
for (const n of [1200, 5000]) {
  const q1 = "{ __schema { types { fields { type " + "{ ofType ".repeat(n) + "{ name }" + " }".repeat(n) + " } } } }";
  let r = await api.post({ query: q1 });
  console.log("ofType", n, r.status, JSON.stringify(r.json).slice(0, 300));
  const q2 = "{ " + "... on Query { ".repeat(n) + "__typename" + " }".repeat(n) + " }";
  r = await api.post({ query: q2 });
  console.log("inline", n, r.status, JSON.stringify(r.json).slice(0, 300));
  const q3 = "{ " + "statements { edges { node { article { ".repeat(n/4) + "id" + " } } } }".repeat(n/4) + " }";
  r = await api.post({ query: q3 });
  console.log("real", n, r.status, JSON.stringify(r.json).slice(0, 300));
  const q4 = "query($a: [[[Int]]] = " + "[".repeat(n) + "]".repeat(n) + ") { __typename }";
  r = await api.post({ query: q4 });
  console.log("list", n, r.status, JSON.stringify(r.json).slice(0, 300));
}
await api.close();
