// Lighthouse 13.5.0 (Debian chromium) performance and accessibility scores, each page under both
// of Lighthouse's own presets: mobile (its default config: an emulated Moto G Power, simulated
// slow 4G and 4× CPU slowdown) and desktop (--preset=desktop). Run through its CLI, one page and
// preset at a time: a child process per run keeps Chrome's state apart. The full reports go to
// .tmp/lighthouse/ so what costs points can be read there.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { BENCH_PAGES } from "./page-weight";

export type LighthousePreset = "mobile" | "desktop";

export interface LighthouseRow {
  page: string;
  preset: LighthousePreset;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** The machine's 1-minute load average when the run ended: blocking time moves with it. */
  load: number;
  /** Lighthouse's own CPU benchmark of the host in that run (higher is faster). */
  benchmarkIndex: number;
}

// PaintHolding off: in this headless Chromium, paint holding keeps a navigation's first frame back
// until a tick about a second later, even on a static page with no script (first paint 1.2-1.3 s
// in 5 runs of 5, 0.27-0.30 s with it off). Lighthouse's simulation then counts every script that
// ran before that late paint into LCP, so the score measured the host, not the page.
const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-features=PaintHolding";
// One run moves by 5-10 points on the same build: each page and preset runs this many times and
// the run with the median performance score is reported.
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const LIGHTHOUSE_PAGES = ["sign-in", "backlinks", "prospects", "keywords"];
const PRESETS: LighthousePreset[] = ["mobile", "desktop"];
const REPORTS = ".tmp/lighthouse";

function lighthouse(url: string, preset: LighthousePreset, cookie?: string): Promise<string> {
  const args = [
    "node_modules/lighthouse/cli/index.js",
    url,
    // No preset flag is Lighthouse's default config, which is its mobile one.
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
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
  environment: { benchmarkIndex: number };
}

const perfScore = (lhr: Lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

export async function benchLighthouse(baseUrl: string, cookie: string) {
  const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chrome)) throw new Error(`no Chrome at ${chrome} (set CHROME_PATH)`);
  mkdirSync(REPORTS, { recursive: true });
  const rows: LighthouseRow[] = [];
  for (const { page, path, signedIn } of BENCH_PAGES.filter((p) =>
    LIGHTHOUSE_PAGES.includes(p.page),
  )) {
    for (const preset of PRESETS) {
      const runs: { json: string; lhr: Lhr }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const json = await lighthouse(`${baseUrl}${path}`, preset, signedIn ? cookie : undefined);
        runs.push({ json, lhr: JSON.parse(json) as Lhr });
      }
      runs.sort((a, b) => perfScore(a.lhr) - perfScore(b.lhr));
      const { json, lhr } = runs[Math.floor(runs.length / 2)]!;
      writeFileSync(`${REPORTS}/${page}-${preset}.json`, json);
      const audit = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
      rows.push({
        page,
        preset,
        performance: perfScore(lhr),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        fcpMs: audit("first-contentful-paint"),
        lcpMs: audit("largest-contentful-paint"),
        tbtMs: audit("total-blocking-time"),
        cls: Math.round((lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
        load: Math.round(os.loadavg()[0]! * 10) / 10,
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      });
    }
  }
  return rows;
}
