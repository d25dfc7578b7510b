// A slice of the Project API's global search-engine catalogue (GET /system/search-engines):
// {id, name, region_id, type}. Ids 200 (Google USA) and 210 (Google Austria) are the ones the
// reference names (seranking-project-api.md §4); the rest are made up in the same shape.
import type { SearchEngine } from "../keyword-positions";

export interface CatalogueEngine {
  id: number;
  name: string;
  region_id: number;
  type: string;
}

const COUNTRIES: [region: number, name: string, google: number][] = [
  [1, "USA", 200],
  [2, "Austria", 210],
  [3, "United Kingdom", 220],
  [4, "Canada", 230],
  [5, "Germany", 240],
  [6, "France", 250],
  [7, "Australia", 260],
];

export const SEARCH_ENGINE_CATALOGUE: readonly CatalogueEngine[] = COUNTRIES.flatMap(
  ([region, name, id]) => [
    { id, name: `Google ${name}`, region_id: region, type: "google" },
    { id: id + 1, name: `Google Mobile ${name}`, region_id: region, type: "google_mobile" },
    { id: id + 2, name: `Bing ${name}`, region_id: region, type: "bing" },
    { id: id + 3, name: `Yahoo ${name}`, region_id: region, type: "yahoo" },
  ],
);

/** The universe's engine and country for a catalogue entry (its positions come from there). */
export function universeTarget(
  searchEngineId: number,
): { engine: SearchEngine; country: string } | undefined {
  const entry = SEARCH_ENGINE_CATALOGUE.find((e) => e.id === searchEngineId);
  if (!entry) return undefined;
  const engine = entry.type.startsWith("google") ? "google" : (entry.type as SearchEngine);
  const country = entry.name.replace(/^(Google Mobile|Google|Bing|Yahoo) /, "");
  return { engine, country: country === "USA" ? "United States" : country };
}
