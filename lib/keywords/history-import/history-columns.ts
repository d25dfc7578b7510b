// The history CSV's column names, shared by the export (what it writes) and the import (what it
// recognises without asking). Pure: the browser's column picker imports it too.

export const HISTORY_HEADERS = {
  date: "Date (ISO 8601, UTC)",
  engine: "Engine",
  location: "Location",
  keyword: "Keyword",
  position: "Position",
  status: "Status",
  url: "URL",
  volume: "Volume",
  tags: "Tags",
  error: "Error",
} as const;
