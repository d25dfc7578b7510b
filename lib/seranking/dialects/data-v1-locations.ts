// Location names the app offers → the Data API's `source` (an alpha-2 country database).
// The keyword database is per country and Google-only: a city or an unknown country cannot be
// answered truthfully, so it is refused with a clear error rather than mapped to a neighbour.
const SOURCES: Record<string, string> = {
  "united states": "us",
  usa: "us",
  us: "us",
  "united kingdom": "uk",
  uk: "uk",
  canada: "ca",
  australia: "au",
  germany: "de",
  france: "fr",
  spain: "es",
  italy: "it",
  netherlands: "nl",
  brazil: "br",
  india: "in",
  poland: "pl",
  ukraine: "ua",
  mexico: "mx",
  japan: "jp",
};

/** The `source` for a location name, or null when the Data API has no such database. */
export function sourceForLocation(location: string): string | null {
  return SOURCES[location.trim().toLowerCase()] ?? null;
}

export const SUPPORTED_LOCATIONS = [
  "United States",
  "United Kingdom",
  "Canada",
  "Australia",
  "Germany",
  "France",
  "Spain",
  "Italy",
  "Netherlands",
  "Brazil",
  "India",
  "Poland",
  "Ukraine",
  "Mexico",
  "Japan",
];
