// The simulator's named profiles are built to show each verdict in the demo: this keeps them
// telling the story the verdict tells.
import { describe, expect, it } from "vitest";
import { tfCfVerdict } from "@/lib/backlinks/tf-cf-verdict";
import { summaryFor } from "@/simulator/universe";

describe("tfCfVerdict on the simulator's named profiles", () => {
  it("agrees with the simulator's named profiles", () => {
    const spam = summaryFor("spammy-example.com");
    const authority = summaryFor("authority-example.com");
    expect(tfCfVerdict(spam.trust_flow, spam.citation_flow).tone).toBe("spammy");
    expect(tfCfVerdict(authority.trust_flow, authority.citation_flow).tone).toBe("good");
  });
});
