// /v1/backlinks/refdomains and /anchors as the reference describes them: wrapped rows, the
// documented orders and limits, billed per row returned, and SE Ranking's 400 for the rest.
import { describe, expect, it } from "vitest";
import { DATA_API_DEMO_KEY } from "../keys";
import { anchorsFor, refdomainsFor } from "../refdomains-anchors";
import { callJson, setupSimulator } from "../test-helpers";
import * as ref from "./data-v1-reply-schemas";

const sim = setupSimulator();
const get = (path: string) => callJson(sim(), path, { key: DATA_API_DEMO_KEY });
const post = (path: string, body: unknown) =>
  callJson(sim(), path, { key: DATA_API_DEMO_KEY, body });
const lastCredits = (path: string) => sim().state.log.entries({ path }).at(-1)?.credits ?? null;

describe("data-v1 referring domains and anchors", () => {
  it("/refdomains: the reference's rows, in the asked order, one credit per row", async () => {
    const r = await get(
      "/v1/backlinks/refdomains?target=example.com&mode=domain&order_by=date_found&limit=25",
    );
    expect(r.status).toBe(200);
    const rows = ref.refdomainsReply.parse(r.body).refdomains;
    expect(rows).toEqual(refdomainsFor("example.com", { orderBy: "date_found", limit: 25 }));
    expect(lastCredits("/v1/backlinks/refdomains")).toBe(25);
  });

  it("/refdomains defaults to 100 rows by date found; POST takes the body", async () => {
    const r = await get("/v1/backlinks/refdomains?target=example.com");
    expect(ref.refdomainsReply.parse(r.body).refdomains).toEqual(
      refdomainsFor("example.com", { orderBy: "date_found", limit: 100 }),
    );
    const p = await post("/v1/backlinks/refdomains", {
      target: "example.com",
      mode: "domain",
      order_by: "domain_inlink_rank",
      limit: 2,
    });
    expect(ref.refdomainsReply.parse(p.body).refdomains).toHaveLength(2);
  });

  it("/anchors: the reference's rows by links or referring domains", async () => {
    const r = await get(
      "/v1/backlinks/anchors?target=example.com&mode=domain&order_by=refdomains&limit=5",
    );
    const rows = ref.anchorsReply.parse(r.body).anchors;
    expect(rows).toEqual(anchorsFor("example.com", { orderBy: "refdomains", limit: 5 }));
    expect(lastCredits("/v1/backlinks/anchors")).toBe(rows.length);
  });

  it.each([
    ["/v1/backlinks/refdomains?target=example.com&order_by=backlinks", "order_by"],
    ["/v1/backlinks/refdomains?target=example.com&limit=10001", "limit"],
    ["/v1/backlinks/anchors?target=example.com&order_by=date_found", "order_by"],
    ["/v1/backlinks/anchors?target=example.com&limit=0", "limit"],
    ["/v1/backlinks/anchors?target=example.com&offset=10", "offset"],
  ])("%s → the 400 envelope naming %s, free", async (path, name) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(ref.errorEnvelope.parse(r.body).error.description).toContain(name);
    expect(sim().state.log.entries().at(-1)?.credits).toBe(0);
  });
});
