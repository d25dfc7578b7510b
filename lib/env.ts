import { z } from "zod";

const base64Key32 = z.string().refine((v) => Buffer.from(v, "base64").length === 32, {
  message: "must be 32 random bytes, base64-encoded",
});

/** Everything the server reads from its environment, validated once. */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters of random data"),
  ENCRYPTION_KEY: base64Key32,
  ENCRYPTION_KEY_PREVIOUS: base64Key32.optional(),
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().default(".data"),
  SERANKING_BASE_URL: z.url().default("https://api4.seranking.com"),
  /** Base of SE Ranking's public Data API (dialect data-v1); paths add /v1/... */
  SERANKING_DATA_API_URL: z.url().default("https://api.seranking.com"),
  /** Base of SE Ranking's Project API (rank tracker); paths are /sites/... without /v1. */
  SERANKING_PROJECT_API_URL: z.url().default("https://api4.seranking.com"),
  /** Outgoing mail, e.g. smtp://user:pass@mail.example.com:587; without it mail features are off. */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default("SE Ranking Dashboard <no-reply@localhost>"),
  /** The app's public origin: links in emails and the same-origin check use it (else the request's). */
  APP_URL: z.url().optional(),
  /** How many reverse proxies append to X-Forwarded-For; 0 (default): the header is ignored. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  CRON_SECRET: z.string().min(16).optional(),
  /** Per-attempt timeout of SE Ranking calls. */
  SERANKING_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /** How long SE Ranking backlink replies are reused (backlink data changes monthly). */
  SERANKING_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(86_400),
  /**
   * "off": this web instance runs no job handlers, only enqueues (workers run them: npm run
   * worker). Ignored with the embedded PGlite database, whose one process runs everything.
   */
  JOBS: z.enum(["on", "off"]).default("on"),
  /**
   * "refuse" (default): alert webhooks reach public addresses only, so a workspace admin cannot
   * point the server at its own network. "allow": for a local demo or an intranet receiver.
   */
  ALERT_WEBHOOK_PRIVATE_HOSTS: z.enum(["refuse", "allow"]).default("refuse"),
  /** The Chromium that renders client-report PDFs; without one there, PDFs are not offered. */
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
});

export type Env = z.infer<typeof envSchema>;

const HOW_TO_MAKE: Record<string, string> = {
  AUTH_SECRET: `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`,
  ENCRYPTION_KEY: `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`,
  ENCRYPTION_KEY_PREVIOUS: "the ENCRYPTION_KEY you are rotating away from",
};

/** A message that names every missing or malformed variable and how to make one. */
export function describeEnvProblems(error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const hint = HOW_TO_MAKE[name] ? `\n    make one with: ${HOW_TO_MAKE[name]}` : "";
    const what = issue.code === "invalid_type" ? "is missing" : issue.message;
    return `  - ${name} ${what}${hint}`;
  });
  return `The server cannot start: its environment is incomplete.\n${lines.join("\n")}\n(npm run demo creates throwaway values for a local try-out.)`;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings count as unset, so `FOO=` in a shell does not pass validation.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) throw new Error(describeEnvProblems(result.error));
  return result.data;
}

let cached: Env | undefined;

/** Parsed lazily so `next build` does not need run-time secrets. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
