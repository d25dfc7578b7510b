import { describe, expect, it } from "vitest";
import { DATABASE_MONTHLY, TRACKED_DAILY } from "@/lib/seranking/types";
import { positionsView } from "./positions-view";

describe("positionsView", () => {
  it("Data API positions read as SE Ranking's monthly database, with the data's month and the reason", () => {
    const view = positionsView(
      { seSiteEngineId: null, trackerNote: "Not tracked: Subscription required" },
      DATABASE_MONTHLY,
      "2026-12-01T10:00:00Z",
    );
    expect(view).toEqual({
      kind: "database_monthly",
      label: "SE Ranking database position (monthly)",
      tracker: "dialect",
      note: "Not tracked: Subscription required",
      dataDate: "December 2026",
    });
  });

  it("a project SE Ranking's rank tracker follows is tracked daily, whatever the dialect", () => {
    const view = positionsView({ seSiteEngineId: 7, trackerNote: null }, DATABASE_MONTHLY, null);
    expect(view).toMatchObject({
      kind: "tracked_daily",
      label: "Position",
      tracker: "project_api",
    });
  });

  it("the provider contract's positions stay daily tracked positions", () => {
    expect(
      positionsView({ seSiteEngineId: null, trackerNote: null }, TRACKED_DAILY, null),
    ).toMatchObject({
      kind: "tracked_daily",
      dataDate: null,
    });
  });
});
