// A project the connected API cannot answer for is refused when it is created, with the field
// to change, instead of failing every scheduled check afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import type { DbHandle } from "@/lib/db/client";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { listProjects } from "@/lib/db/queries/keyword-projects";
import { createOwnerAccount } from "@/lib/services/accounts";
import { createProject } from "@/lib/services/keywords/project-service";
import { createTestDb } from "@/test/support/test-db";

let handle: DbHandle;
const tenantIds: Record<"dataApi" | "provider", string> = { dataApi: "", provider: "" };

beforeAll(async () => {
  handle = await createTestDb();
  for (const [label, dialect] of [
    ["dataApi", "data-v1"],
    ["provider", "provider-v3"],
  ] as const) {
    const { tenant } = await createOwnerAccount(handle.db, {
      name: label,
      email: `target-${label}@example.test`,
      password: `password-${label}-123`,
      tenantName: label,
      tenantSlug: `target-${label.toLowerCase()}`,
    });
    tenantIds[label] = tenant.id;
    // Never decrypted here: creating a project reads only the stored dialect.
    await upsertIntegration(handle.db, tenant.id, {
      apiKey: "v1:unused",
      metadata: { dialect, last4: "0000", status: "connected" },
    });
  }
});
afterAll(() => handle.close());

const project = (searchEngine: "google" | "bing", location: string) => ({
  domain: "example.com",
  searchEngine,
  location,
  scheduleEnabled: true,
});

async function refusal(tenantId: string, input: ReturnType<typeof project>) {
  const error = await createProject(handle.db, tenantId, input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("createProject against the connected API", () => {
  it("refuses Bing with a Data API key, naming the search engine field", async () => {
    const error = await refusal(tenantIds.dataApi, project("bing", "United States"));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/only has Google positions/);
    expect(Object.keys(error.fields ?? {})).toEqual(["searchEngine"]);
  });

  it("refuses a location without a Data API keyword database, naming the location field", async () => {
    const error = await refusal(tenantIds.dataApi, project("google", "Atlantis"));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(
      /no keyword database for "Atlantis"; use a country: United States/,
    );
    expect(Object.keys(error.fields ?? {})).toEqual(["location"]);
    expect(await listProjects(handle.db, tenantIds.dataApi)).toEqual([]);
  });

  it("accepts Google in a supported country with a Data API key", async () => {
    const created = await createProject(
      handle.db,
      tenantIds.dataApi,
      project("google", "United Kingdom"),
    );
    expect(created.location).toBe("United Kingdom");
  });

  it("accepts Bing anywhere with a provider API key", async () => {
    const created = await createProject(handle.db, tenantIds.provider, project("bing", "Atlantis"));
    expect(created.searchEngine).toBe("bing");
  });
});
