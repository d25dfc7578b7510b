// Dependency-free check before the end-to-end tests: Playwright drives Debian's chromium (no
// browser download). When it is missing, root installs it with apt-get; anyone else is told the
// exact command and the run stops before a long build.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const installCommand = "sudo apt-get update && sudo apt-get install -y chromium";

function run(cmd, args) {
  const result = spawnSync(cmd, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const canApt = existsSync("/usr/bin/apt-get") && !process.env.CHROMIUM_PATH;
  if (isRoot && canApt) {
    console.log("[setup] end-to-end tests need Debian's chromium: installing it with apt-get…");
    if (
      !run("apt-get", ["update", "-qq"]) ||
      !run("apt-get", ["install", "-y", "-qq", "chromium"])
    ) {
      console.error(`[setup] apt-get could not install chromium; run: ${installCommand}`);
      process.exit(1);
    }
  } else {
    console.error(
      `[setup] end-to-end tests need a Chromium at ${chromium}, and there is none.\n` +
        `  Install Debian's: ${installCommand}\n` +
        "  or point CHROMIUM_PATH at another Chromium, then run the command again.",
    );
    process.exit(1);
  }
}
