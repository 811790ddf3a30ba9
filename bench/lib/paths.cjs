// Where the compiled armsgraph is: bench/ lives inside the repository, next to dist/.
const path = require("node:path");
const root = process.env.ARMSGRAPH_ROOT ? path.resolve(process.env.ARMSGRAPH_ROOT) : path.resolve(__dirname, "..", "..");
const dist = path.join(root, "dist");
module.exports = { root, dist, req: (p) => require(path.join(dist, p)) };
