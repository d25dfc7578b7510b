import { expect, test } from "@playwright/test";

// What browsers, phones and crawlers ask for before anyone signs in.
test("robots.txt keeps the app out of search engines", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/User-Agent: \*\s+Disallow: \/\s/i);
});

test("the web app manifest names the app and its icons exist as PNGs of their sizes", async ({
  request,
}) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: "SE Ranking Dashboard", display: "standalone" });
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of [...manifest.icons, { src: "/apple-touch-icon.png", sizes: "180x180" }]) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    const bytes = await file.body();
    // A PNG's IHDR holds width and height at bytes 16–23.
    expect(bytes.subarray(1, 4).toString("latin1"), icon.src).toBe("PNG");
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});

test("/favicon.ico, which browsers ask for whatever the page links, is an icon", async ({
  request,
}) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  // An ICO directory: reserved 0, type 1 (icon), then how many images it holds.
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1]);
  expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);
});

test("pages link the manifest and the touch icon", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    "href",
    "/manifest.webmanifest",
  );
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
    "href",
    "/apple-touch-icon.png",
  );
});
