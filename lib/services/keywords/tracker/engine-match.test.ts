import { describe, expect, it } from "vitest";
import { matchSearchEngine } from "./engine-match";

// Entries as the reference shows them ({id, name, region_id, type}; 200 = Google USA, §4).
const CATALOGUE = [
  { id: 200, name: "Google USA", type: "google" },
  { id: 201, name: "Google Mobile USA", type: "google_mobile" },
  { id: 210, name: "Google Austria", type: "google" },
  { id: 222, name: "Bing United Kingdom", type: "bing" },
];

describe("matchSearchEngine", () => {
  it.each([
    ["google", "United States", { searchEngineId: 200 }],
    ["google", "Austria", { searchEngineId: 210 }],
    ["bing", "UK", { searchEngineId: 222 }],
    // A city is a region of its country's Google engine, named exactly as given.
    [
      "google",
      "New York, New York, United States",
      { searchEngineId: 200, regionName: "New York, New York, United States" },
    ],
    ["yahoo", "United States", null],
    ["google", "Atlantis", null],
  ] as const)("%s in %s", (engine, location, want) => {
    expect(matchSearchEngine(CATALOGUE, engine, location)).toEqual(want);
  });
});
