// Page weight: the JavaScript each page makes the browser download before it is interactive —
// the <script src> chunks in the served HTML, gzip-sized with node:zlib — plus the inline
// scripts (the RSC payload) that ride in the HTML itself. Chunks loaded later on demand (the
// charts) are not counted: that is the point of loading them only where drawn.
import { gzipSync } from "node:zlib";
import { DEMO } from "../lib/seed";

export interface PageWeightRow {
  page: string;
  path: string;
  scripts: number;
  rawKb: number;
  gzipKb: number;
  inlineGzipKb: number;
}

export const BENCH_PAGES = [
  { page: "sign-in", path: "/sign-in", signedIn: false },
  { page: "backlinks", path: `/${DEMO.tenantSlug}/backlinks?domain=example.com`, signedIn: true },
  { page: "prospects", path: `/${DEMO.tenantSlug}/prospects`, signedIn: true },
  { page: "keywords", path: `/${DEMO.tenantSlug}/keywords`, signedIn: true },
  { page: "settings", path: `/${DEMO.tenantSlug}/settings`, signedIn: true },
] as const;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function benchPageWeight(baseUrl: string, cookie: string) {
  const rows: PageWeightRow[] = [];
  const chunkCache = new Map<string, Buffer>();
  for (const { page, path, signedIn } of BENCH_PAGES) {
    const response = await fetch(`${baseUrl}${path}`, {
      headers: signedIn ? { Cookie: cookie } : {},
      redirect: "manual",
    });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    const html = await response.text();
    const sources = [
      ...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!)),
    ];
    let raw = 0;
    let gzip = 0;
    for (const src of sources) {
      let body = chunkCache.get(src);
      if (!body) {
        body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
        chunkCache.set(src, body);
      }
      raw += body.length;
      gzip += gzipSync(body, { level: 9 }).length;
    }
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .join("");
    rows.push({
      page,
      path,
      scripts: sources.length,
      rawKb: kb(raw),
      gzipKb: kb(gzip),
      inlineGzipKb: kb(gzipSync(inline, { level: 9 }).length),
    });
  }
  return rows;
}
