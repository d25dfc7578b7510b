import { getDb, getDbHandle } from "@/lib/db";
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
  if (env().KEYWORD_SCHEDULER === "on") {
    const { startKeywordScheduler } = await import("@/lib/services/keywords/scheduler");
    startKeywordScheduler({ getDb });
    console.log(
      "[startup] keyword-check scheduler on (KEYWORD_SCHEDULER=off to use the cron route)",
    );
  }
}
