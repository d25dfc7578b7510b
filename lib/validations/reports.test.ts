import { describe, expect, it } from "vitest";
import {
  brandingSchema,
  createShareLinkSchema,
  reportSchema,
  updateShareLinkSchema,
} from "./reports";

const ID = "3f2b8a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const valid = {
  title: "Acme monthly",
  clientDomain: "acme.com",
  monitorId: ID,
  sections: ["backlinks"],
};
const messages = (r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("reportSchema", () => {
  it("accepts a report whose sections have their sources, in a fixed section order", () => {
    const r = reportSchema.parse({
      ...valid,
      projectId: ID,
      sections: ["rankings", "backlinks", "rankings"],
    });
    expect(r.sections).toEqual(["backlinks", "rankings"]);
    expect(r.recipients).toEqual([]);
    expect(r.monthlyEmail).toBe(false);
  });

  it("refuses a section without its source, saying which one is missing", () => {
    const r = reportSchema.safeParse({ ...valid, sections: ["backlinks", "prospects"] });
    expect(r.success).toBe(false);
    expect(messages(r).listId).toMatch(/prospect list/);
  });

  it("refuses unknown sections and an empty choice", () => {
    expect(reportSchema.safeParse({ ...valid, sections: ["secrets"] }).success).toBe(false);
    expect(messages(reportSchema.safeParse({ ...valid, sections: [] })).sections).toMatch(
      /at least one/,
    );
  });

  it("validates recipients, drops repeats and needs one for the monthly email", () => {
    expect(
      messages(reportSchema.safeParse({ ...valid, recipients: ["not-an-email"] })).recipients,
    ).toMatch(/valid email/);
    expect(messages(reportSchema.safeParse({ ...valid, monthlyEmail: true })).recipients).toMatch(
      /at least one address/,
    );
    const r = reportSchema.parse({
      ...valid,
      monthlyEmail: true,
      recipients: ["Anna@Client.com", "anna@client.com", "ben@client.com"],
    });
    expect(r.recipients).toEqual(["anna@client.com", "ben@client.com"]);
    const many = Array.from({ length: 11 }, (_, i) => `p${i}@client.com`);
    expect(reportSchema.safeParse({ ...valid, recipients: many }).success).toBe(false);
  });

  it("refuses a source that is not an id and a client domain that is not a domain", () => {
    expect(messages(reportSchema.safeParse({ ...valid, monitorId: "1 OR 1=1" })).monitorId).toBe(
      "Choose a monitored domain of this workspace",
    );
    expect(reportSchema.safeParse({ ...valid, clientDomain: "not a domain" }).success).toBe(false);
  });
});

describe("share-link input", () => {
  it("offers fixed lifetimes only", () => {
    expect(createShareLinkSchema.parse({}).expiresInDays).toBe(30);
    expect(createShareLinkSchema.parse({ expiresInDays: 7 }).expiresInDays).toBe(7);
    expect(createShareLinkSchema.safeParse({ expiresInDays: 10_000 }).success).toBe(false);
  });

  it("takes an ISO instant for a new expiry, a past one included", () => {
    const r = updateShareLinkSchema.parse({ expiresAt: "2020-01-01T00:00:00Z" });
    expect(r.expiresAt.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    for (const bad of ["yesterday", "2020-13-45T00:00:00Z", "2020-01-01", ""]) {
      expect(updateShareLinkSchema.safeParse({ expiresAt: bad }).success, bad).toBe(false);
    }
  });
});

describe("brandingSchema", () => {
  it("takes a #RRGGBB colour, lower-cased", () => {
    expect(brandingSchema.parse({ brandColor: "#1D4ED8" }).brandColor).toBe("#1d4ed8");
    for (const bad of ["1d4ed8", "#1d4", "#1d4ed8ff", "red", "#gggggg", "#1d4ed8;}"]) {
      expect(brandingSchema.safeParse({ brandColor: bad }).success, bad).toBe(false);
    }
  });

  it("takes PNG, JPEG or WebP logos in base64 up to the size limit, never SVG", () => {
    const logo = (type: string, base64 = "iVBORw0KGgo=") => ({
      brandColor: "#000000",
      logo: { type, base64 },
    });
    expect(brandingSchema.safeParse(logo("image/png")).success).toBe(true);
    expect(brandingSchema.safeParse(logo("image/svg+xml")).success).toBe(false);
    expect(brandingSchema.safeParse(logo("image/png", "<script>")).success).toBe(false);
    expect(brandingSchema.safeParse(logo("image/png", "A".repeat(300_000))).success).toBe(false);
    expect(brandingSchema.parse({ brandColor: "#000000", logo: null }).logo).toBeNull();
  });
});
