import "server-only";
// A client report as PDF: Chromium prints the shared page itself (its print CSS), so the PDF is
// exactly what "Print → Save as PDF" gives. Chromium and playwright-core are only used when both
// are there at run time; without them this answers null and the page offers its Print button.
import { existsSync } from "node:fs";
import { env } from "@/lib/env";

const RENDER_TIMEOUT_MS = 30_000;
// One render at a time: a browser per PDF is heavy, and reports are downloaded rarely.
let queue: Promise<unknown> = Promise.resolve();

type Chromium = typeof import("playwright-core").chromium;

async function loadChromium(): Promise<Chromium | null> {
  if (!existsSync(env().CHROMIUM_PATH)) return null;
  try {
    return (await import("playwright-core")).chromium;
  } catch {
    return null;
  }
}

export async function pdfAvailable(): Promise<boolean> {
  return (await loadChromium()) !== null;
}

/** The PDF of the page at `url` (the app's own shared-report page), or null without Chromium. */
export async function renderPdf(url: string): Promise<Buffer | null> {
  const chromium = await loadChromium();
  if (!chromium) return null;
  const run = queue.then(async () => {
    const browser = await chromium.launch({
      executablePath: env().CHROMIUM_PATH,
      // As root in a container Chromium's sandbox cannot start; the page is our own report.
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
      timeout: RENDER_TIMEOUT_MS,
    });
    try {
      const page = await browser.newPage();
      const response = await page.goto(url, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
      if (!response?.ok()) return null;
      await page.emulateMedia({ media: "print" });
      return await page.pdf({
        format: "A4",
        printBackground: true,
        margin: { top: "16mm", bottom: "16mm", left: "12mm", right: "12mm" },
      });
    } finally {
      await browser.close();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
