// What the browser is told about a workspace's SE Ranking connection: the one declaration of
// these shapes (the settings, overview and feature pages import them as types).
import type { AccountInfo, MetricLabels } from "@/lib/seranking/types";
import type { IntegrationMetadata } from "./integration-metadata";

export type IntegrationState = "connected" | "needs_attention" | "not_connected";

/** What any member may see: state and facts about the key, never the key. */
export interface IntegrationStatus {
  state: IntegrationState;
  last4?: string;
  connectedBy?: string;
  connectedAt?: string;
  verifiedAt?: string;
  lastError?: string | null;
  account?: IntegrationMetadata["account"];
  /** Which SE Ranking API the key speaks: "data-v1" (public Data API) or "provider-v3". */
  dialect?: string;
  dialectLabel?: string;
  metricLabels?: MetricLabels;
  /** Which SE Ranking APIs the key can use (found at Save and re-verify). */
  apis?: IntegrationMetadata["apis"] | null;
  apisLabel?: string | null;
  /** SE Ranking calls made for this workspace in the current month (YYYY-MM). */
  usage?: {
    month: string;
    calls: number;
    /** Credits spent this month, and per feature (backlinks, prospects, keywords, key checks). */
    credits: number;
    byFeature: { feature: string; calls: number; credits: number }[];
  };
}

/** What "Test key" answers: the account and the API that accepted the key. Nothing is stored. */
export interface TestKeyReply {
  account: AccountInfo;
  /** Set when only the Project API (rank tracking) accepts the key: why the Data API did not. */
  projectOnlyReason: string | null;
  dialect: string;
  dialectLabel: string;
  metricLabels: MetricLabels;
}
