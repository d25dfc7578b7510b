// `npm run worker`: a process that runs every job handler and serves no web pages. For
// PostgreSQL (DATABASE_URL); the embedded PGlite demo runs its jobs inside the web process.
import { getDbHandle } from "@/lib/db";
import { env } from "@/lib/env";
import { startAppEngine, stopOnSignals } from "@/lib/jobs/app-engine";
import { handlers } from "@/lib/jobs/handlers";

async function main() {
  try {
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (!env().DATABASE_URL) {
    console.error(
      "[worker] DATABASE_URL is not set: the embedded PGlite database runs its jobs inside the web process (npm start), a separate worker needs PostgreSQL.",
    );
    process.exit(1);
  }
  const handle = await getDbHandle();
  const engine = await startAppEngine({ work: true });
  console.log(`[worker] running ${handlers.map((h) => h.queue).join(", ")} (pid ${process.pid})`);
  stopOnSignals(engine, async () => {
    await handle.close();
    console.log("[worker] stopped");
    process.exit(0);
  });
}

main().catch((error) => {
  console.error("[worker] could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
