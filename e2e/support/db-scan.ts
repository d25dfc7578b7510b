import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** Files under `dir` whose bytes contain `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = path.join(current, entry);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (stat.size < 200 * 1024 * 1024 && readFileSync(full).includes(needle))
        hits.push(full);
    }
  };
  walk(dir);
  return hits;
}

/**
 * Where the server's database holds `needle` in plain text. With DATABASE_URL: every row of
 * every table, as text. Without: the raw files (pages and WAL) of the embedded PGlite.
 */
export async function databaseContaining(needle: string, pgliteDir: string): Promise<string[]> {
  const url = process.env.DATABASE_URL;
  if (!url) return filesContaining(pgliteDir, needle);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "select quote_ident(table_name) as name from information_schema.tables where table_schema = 'public'",
    );
    const hits: string[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query(
        `select count(*)::int as n from ${name} t where t::text like $1`,
        [`%${needle}%`],
      );
      if (rows[0].n > 0) hits.push(name);
    }
    return hits;
  } finally {
    await client.end();
  }
}
