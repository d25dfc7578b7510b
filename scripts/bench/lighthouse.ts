// Lighthouse 12.8.2 (desktop preset, Debian chromium) performance and accessibility scores.
// Run through its CLI, one page at a time: a child process per page keeps Chrome's state apart.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { BENCH_PAGES } from "./page-weight";

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking";
const LIGHTHOUSE_PAGES = ["sign-in", "backlinks", "prospects", "keywords"];

function lighthouse(url: string, cookie: string | undefined): Promise<string> {
  const args = [
    "node_modules/lighthouse/cli/index.js",
    url,
    "--preset=desktop",
    "--only-categories=performance,accessibility",
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--chrome-flags=${CHROME_FLAGS}`,
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c;
    });
    child.stderr.on("data", (c: Buffer) => {
      err += c;
    });
    child.on("exit", (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`lighthouse ${url}: ${code}\n${err.slice(-2000)}`)),
    );
  });
}

interface Lhr {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

export async function benchLighthouse(baseUrl: string, cookie: string) {
  const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chrome)) throw new Error(`no Chrome at ${chrome} (set CHROME_PATH)`);
  const rows: LighthouseRow[] = [];
  for (const { page, path, signedIn } of BENCH_PAGES.filter((p) =>
    LIGHTHOUSE_PAGES.includes(p.page),
  )) {
    const lhr = JSON.parse(
      await lighthouse(`${baseUrl}${path}`, signedIn ? cookie : undefined),
    ) as Lhr;
    const audit = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
    rows.push({
      page,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      fcpMs: audit("first-contentful-paint"),
      lcpMs: audit("largest-contentful-paint"),
      tbtMs: audit("total-blocking-time"),
      cls: Math.round((lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
    });
  }
  return rows;
}
