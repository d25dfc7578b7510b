import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { e2ePorts } from "./e2e/support/ports";

const { app: PORT, sim: SIM_PORT } = e2ePorts();
// Browse at localhost (not 127.0.0.1): Auth.js redirects there and cookies follow the host.
const baseURL = `http://localhost:${PORT}`;
const debianChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // No browser download here: use Debian's chromium when it is installed.
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // A short upstream timeout keeps the "SE Ranking is slow" cases quick. SCHEDULE_TEST_CLOCK
    // lets a spec run the scheduler's tick at an instant it names (lib/keywords/schedule/test-clock.ts).
    command: `SERANKING_TIMEOUT_MS=3000 SCHEDULE_TEST_CLOCK=on npx tsx --conditions=react-server scripts/demo.ts --port ${PORT} --sim-port ${SIM_PORT} --data-dir .tmp/e2e --fresh --no-build --no-content`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
