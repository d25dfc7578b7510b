import { describe, expect, it } from "vitest";
import { BULK_BODY_LIMIT, MAX_BULK_DOMAINS, prospectBulkSchema } from "./prospect-bulk";

describe("prospect bulk body limit", () => {
  it("lets through the largest selection the schema accepts", () => {
    // The longest legal domain is 253 characters; a selection of the cap of them must not be
    // refused as too large before the schema has had its say.
    const label = "a".repeat(61);
    const longest = `${label}.${label}.${label}.${label}.com`.slice(0, 253);
    const body = {
      action: "move",
      targetListId: "7b0f5f8e-2d4c-4c5e-9a9b-0c1d2e3f4a5b",
      domains: Array.from({ length: MAX_BULK_DOMAINS }, () => longest),
    };
    expect(prospectBulkSchema.safeParse(body).success).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThanOrEqual(BULK_BODY_LIMIT);
  });

  it("refuses one domain more than the cap with a message that names the cap", () => {
    const result = prospectBulkSchema.safeParse({
      action: "delete",
      domains: Array.from({ length: MAX_BULK_DOMAINS + 1 }, (_, i) => `d${i}.com`),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Select at most 10,000 prospects at a time");
  });
});
