import "reflect-metadata";
import { createDataSource } from "./src/db/data-source";

/** The data source the TypeORM CLI uses (`npx typeorm migration:show -d dist/ormconfig.js`): DATABASE_URL or the SQLite default. */
export default createDataSource();
