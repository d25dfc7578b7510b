// Which entry of SE Ranking's search-engine catalogue (GET /system/search-engines) is a
// project's engine + location. The catalogue's naming is known only by example ("Google USA",
// id 200; seranking-project-api.md §4), so matching is tolerant: the entry's type must be the
// engine, and its name the engine followed by the country under any common name.

export interface CatalogueEntry {
  id: number;
  name: string;
  type?: string | null;
}

const ALIAS_GROUPS = [
  ["united states", "usa", "us", "united states of america"],
  ["united kingdom", "uk", "great britain"],
];
const namesOf = (country: string) => ALIAS_GROUPS.find((g) => g.includes(country)) ?? [country];

const ENGINE_WORD = { google: "google", bing: "bing", yahoo: "yahoo" } as const;

/** The catalogue id and, for a city on Google, its canonical region name; null = no such engine. */
export function matchSearchEngine(
  catalogue: readonly CatalogueEntry[],
  engine: "google" | "bing" | "yahoo",
  location: string,
): { searchEngineId: number; regionName?: string } | null {
  const parts = location.split(",").map((p) => p.trim());
  const country = parts[parts.length - 1]!.toLowerCase();
  const names = namesOf(country);
  const word = ENGINE_WORD[engine];
  const hit = catalogue.find((e) => {
    const type = (e.type ?? "").toLowerCase();
    if (type && type !== word) return false; // "google_mobile" is another engine
    const name = e.name.toLowerCase();
    if (!name.startsWith(`${word} `)) return false;
    return names.includes(name.slice(word.length + 1).trim());
  });
  if (!hit) return null;
  // A city is a region of its country's Google engine (region_name: exact catalogue string).
  const regionName = engine === "google" && parts.length > 1 ? location : undefined;
  return { searchEngineId: hit.id, ...(regionName && { regionName }) };
}
