// Dependency-free first step of `npm run demo` and `npm test` (plain Node, no packages): installs
// node_modules when it is missing or was installed from another package-lock.json, so a fresh
// clone needs no `npm ci` first. The lock file's hash is kept in node_modules/.lock-hash; the
// package's postinstall writes it, so a CI `npm ci` leaves node_modules fresh, not reinstalled.
//   node scripts/entry/deps.mjs            install when needed (in the current directory)
//   node scripts/entry/deps.mjs --status   print fresh | stale | missing, change nothing
//   node scripts/entry/deps.mjs --record   store the current lock hash (postinstall)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const lockFile = path.join(root, "package-lock.json");
const modules = path.join(root, "node_modules");
const stampFile = path.join(modules, ".lock-hash");

function lockHash() {
  return createHash("sha256").update(readFileSync(lockFile)).digest("hex");
}

/** missing: no node_modules; stale: installed from another lock file (or not by npm ci/install). */
function status() {
  if (!existsSync(modules)) return "missing";
  if (!existsSync(stampFile)) return "stale";
  return readFileSync(stampFile, "utf8").trim() === lockHash() ? "fresh" : "stale";
}

function record() {
  if (existsSync(modules)) writeFileSync(stampFile, `${lockHash()}\n`);
}

const mode = process.argv[2];
if (mode === "--status") {
  console.log(status());
} else if (mode === "--record") {
  record();
} else {
  const state = status();
  if (state !== "fresh") {
    console.log(`[setup] node_modules is ${state}: running npm ci (once per lock-file change)…`);
    // npm ci runs our postinstall, which records the hash; record again in case scripts are off.
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const run = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
    if (run.status !== 0) {
      console.error("[setup] npm ci failed; fix the error above and run the command again.");
      process.exit(run.status ?? 1);
    }
    record();
  }
}
