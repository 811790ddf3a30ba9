import type { Config } from "../config";
import "reflect-metadata";
import { createApiKey, listApiKeys, revokeApiKey } from "../auth/api-keys";
import { parseRole } from "../auth/role";
import { openDatabase } from "../db/data-source";
import { parseCommandLine, runCli } from "./run-cli";

const usage = `Usage: npm run apikey -- create --role editor|reader [--name NAME]
       npm run apikey -- list
       npm run apikey -- revoke ID
Keys are stored hashed: create prints the key once; keep it. Editors may run curation mutations.
The store is DATABASE_URL, or the SQLite file data/armsgraph.sqlite.`;

async function main(config: Config): Promise<number> {
  const parsed = parseCommandLine({ allowPositionals: true, options: { role: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } } }, usage);
  const [command, argument] = parsed.positionals;
  if (parsed.values.help || !command) {
    console.error(usage);
    return parsed.values.help ? 0 : 2;
  }
  if (!["create", "list", "revoke"].includes(command)) {
    console.error(`Unknown command "${command}".\n${usage}`);
    return 2;
  }
  if (command === "create" && !parsed.values.role) {
    console.error(`create needs --role editor or --role reader.\n${usage}`);
    return 2;
  }
  if (command === "revoke" && !/^\d+$/.test(argument ?? "")) {
    console.error(`revoke needs the numeric id of a key (see npm run apikey -- list).\n${usage}`);
    return 2;
  }
  const role = command === "create" ? parseRole(parsed.values.role) : undefined;
  const dataSource = await openDatabase({ url: config.databaseUrl, replicaUrls: config.replicaUrls });
  try {
    if (command === "create") {
      const created = await createApiKey(dataSource, { role: role!, name: parsed.values.name ?? null });
      console.error(`Created ${role} key #${created.id}${parsed.values.name ? ` (${parsed.values.name})` : ""}. It is shown only now; store it safely:`);
      console.log(created.key);
      return 0;
    }
    if (command === "list") {
      const keys = await listApiKeys(dataSource);
      if (!keys.length) console.log("No API keys. Create one with: npm run apikey -- create --role editor --name NAME");
      for (const k of keys) {
        console.log(`${k.id}\t${k.prefix}…\t${k.role}\t${k.name ?? "-"}\tcreated ${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ""}`);
      }
      return 0;
    }
    const id = Number(argument);
    if (!(await revokeApiKey(dataSource, id))) {
      console.error(`No API key #${id} (see npm run apikey -- list).`);
      return 1;
    }
    console.log(`Key #${id} revoked.`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

runCli("apikey", main);
