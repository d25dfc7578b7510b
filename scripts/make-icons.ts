// Renders app/icon.svg into the PNG sizes browsers and phones ask for (home screen, Apple touch
// icon, the web app manifest's icons) in public/. Run after changing the SVG:
//   npx tsx scripts/make-icons.ts
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("app/icon.svg", "utf8");
const SIZES: { file: string; size: number; padding?: number }[] = [
  { file: "public/icon-192.png", size: 192 },
  { file: "public/icon-512.png", size: 512 },
  { file: "public/apple-touch-icon.png", size: 180 },
  // Maskable: Android crops to a circle or squircle, so the mark keeps to the middle 80 %.
  { file: "public/icon-maskable-512.png", size: 512, padding: 0.1 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  for (const { file, size, padding = 0 } of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inset = Math.round(size * padding);
    await page.setContent(
      // Maskable icons need a full-bleed background; the others keep the SVG's rounded corners.
      `<body style="margin:0;background:${padding ? "#1d4ed8" : "transparent"};display:grid;place-items:center;height:${size}px">` +
        `<div style="width:${size - 2 * inset}px;height:${size - 2 * inset}px">${svg.replace(
          "<svg ",
          '<svg width="100%" height="100%" ',
        )}</div></body>`,
    );
    await page.screenshot({ path: file, omitBackground: padding === 0 });
    await page.close();
    console.log(`wrote ${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
