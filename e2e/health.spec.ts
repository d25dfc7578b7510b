import { expect, test } from "@playwright/test";

test("the health route reports the database this run is meant to use", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    database: { ok: true, kind: process.env.DATABASE_URL ? "postgres" : "pglite" },
  });
});
