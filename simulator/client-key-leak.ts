// The last describe of the client-against-simulator method tests: after real traffic and
// failures, neither the simulator's log nor any error the file saw holds the test key.
import { describe, expect, it } from "vitest";
import {
  clientFor,
  errorTexts,
  expectNoKey,
  failure,
  logged,
  logOverHttp,
  manyDomains,
  seenErrors,
  type setupSim,
  TEST_KEY,
} from "./client-against-simulator-helpers";
import { keyIdFor } from "./keys";

export function keyNeverLeaks(sim: ReturnType<typeof setupSim>) {
  describe("the key never leaks (runs last)", () => {
    it("the whole simulator log holds the key nowhere, and no request had it outside the header", async () => {
      // Fresh traffic with the test key over every endpoint, including failures.
      const client = clientFor(sim());
      await client.getBacklinksSummary("example.com");
      await client.getBacklinks({ domain: "example.com", limit: 5 });
      await client.getBacklinksMetrics(manyDomains(3));
      await client.getKeywordRankings({
        domain: "example.com",
        keywords: ["x"],
        searchEngine: "google",
      });
      await client.verify();
      sim().state.faults.add({ kind: "status", status: 401 });
      await failure(client.getBacklinksSummary("example.com"));

      const entries = logged(sim());
      expect(entries.length).toBeGreaterThanOrEqual(6);
      for (const entry of entries) {
        expect(entry.redacted).toBe(false);
        expect(entry.keyId).toBe(keyIdFor(TEST_KEY));
      }
      expectNoKey([JSON.stringify(entries), await logOverHttp(sim())]);
    });

    it("no error thrown in this file mentions the key", () => {
      expect(seenErrors.length).toBeGreaterThan(0);
      for (const error of seenErrors) expectNoKey(errorTexts(error));
    });
  });
}
