import "reflect-metadata";
import { readConfig } from "./src/config";
import { createDataSource } from "./src/db/data-source";

/** The data source the TypeORM CLI uses (`npx typeorm migration:show -d dist/ormconfig.js`): DATABASE_URL or the SQLite default. */
const config = readConfig();
export default createDataSource({ url: config.databaseUrl, replicaUrls: config.replicaUrls });
