// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded PGlite.
import { openDb } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";

const url = process.env.DATABASE_URL || undefined;
const dataDir = `${process.env.DATA_DIR || ".data"}/pglite`;
const handle = await openDb({ url, dataDir });
try {
  await runMigrations(handle);
  console.log(`Migrations applied (${handle.kind}${url ? "" : ` at ${dataDir}`}).`);
} finally {
  await handle.close();
}
