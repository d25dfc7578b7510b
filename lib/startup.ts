import { getDbHandle } from "@/lib/db";
import { env } from "@/lib/env";

/** Refuse to run without secrets (saying which and how to make them), then migrate. */
export async function startServer() {
  try {
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (!env().SMTP_URL) {
    const { MAIL_FEATURES } = await import("@/lib/mail/send");
    const say = env().NODE_ENV === "production" ? console.warn : console.log;
    say(`[startup] SMTP_URL is not set: ${MAIL_FEATURES} are off`);
  }
  const { kind } = await getDbHandle();
  console.log(`[startup] database ready (${kind}), migrations applied`);
  const { startAppEngine, stopOnSignals } = await import("@/lib/jobs/app-engine");
  // PGlite is one process's database: that process must run the jobs whatever JOBS says.
  const work = env().JOBS === "on" || kind === "pglite";
  const engine = await startAppEngine({ work });
  stopOnSignals(engine, () => process.exit(0));
  console.log(
    work
      ? "[startup] job engine on: this process runs background jobs"
      : "[startup] job engine: enqueue only (JOBS=off); run `npm run worker` for the jobs",
  );
}
