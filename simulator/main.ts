// `npm run simulator`: runs the SE Ranking simulator until interrupted.
// Flags override env vars: --port SIM_PORT (4010), --keys SIM_KEYS ("key:credits,..."),
// --latency SIM_LATENCY_MS, --rate-limit SIM_RATE_LIMIT, --date SIM_DATE,
// --out-of-credits SIM_OUT_OF_CREDITS_STATUS (402|403).

import { parseArgs } from "node:util";
import { DEMO_KEY, parseKeysSpec } from "./keys";
import { startSimulator } from "./start-simulator";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    keys: { type: "string" },
    latency: { type: "string" },
    "rate-limit": { type: "string" },
    date: { type: "string" },
    "out-of-credits": { type: "string" },
  },
});

function intSetting(name: string, raw: string | undefined, fallback?: number): number | undefined {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer`);
  return value;
}

const env = process.env;
const outOfCredits = intSetting(
  "SIM_OUT_OF_CREDITS_STATUS",
  values["out-of-credits"] ?? env.SIM_OUT_OF_CREDITS_STATUS,
);
if (outOfCredits !== undefined && outOfCredits !== 402 && outOfCredits !== 403) {
  throw new Error("SIM_OUT_OF_CREDITS_STATUS must be 402 or 403");
}
const keysSpec = values.keys ?? env.SIM_KEYS;

const sim = await startSimulator({
  port: intSetting("SIM_PORT", values.port ?? env.SIM_PORT, 4010),
  keys: keysSpec ? parseKeysSpec(keysSpec) : undefined,
  latencyMs: intSetting("SIM_LATENCY_MS", values.latency ?? env.SIM_LATENCY_MS),
  rateLimit: intSetting("SIM_RATE_LIMIT", values["rate-limit"] ?? env.SIM_RATE_LIMIT),
  date: values.date ?? env.SIM_DATE ?? null,
  outOfCreditsStatus: outOfCredits,
});

const keyCount = sim.state.keys.list().length;
console.log(`SE Ranking simulator (test double) listening on ${sim.url}`);
console.log(
  keysSpec
    ? `  keys: ${keyCount} from SIM_KEYS`
    : `  key: the demo key (DEMO_KEY in simulator/keys.ts, ends in ...${DEMO_KEY.slice(-4)})`,
);
console.log(`  today: ${sim.state.clock.today()}  control API: ${sim.url}/__sim/health`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    sim.close().finally(() => process.exit(0));
  });
}
