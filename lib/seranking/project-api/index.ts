// Public surface of the Project API (rank tracker) client.
export {
  type KeywordPositions,
  PROJECT_API_DEFAULT_BASE_URL,
  PROJECT_API_RATE_PER_SECOND,
  ProjectApiClient,
  type ProjectApiClientOptions,
  type Site,
  type TrackerKeyword,
} from "./client";
export type {
  CheckFreq,
  NewSite,
  NewSiteEngine,
  PositionsQuery,
  SiteSchedule,
} from "./requests";
export { projectRequests } from "./requests";
