import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema and never hand-edited (`npm run db:generate`).
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./drizzle",
});
