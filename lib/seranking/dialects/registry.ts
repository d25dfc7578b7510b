// Every dialect the client speaks, in the order a new key is tried: the public Data API first
// (keys from seranking.com), then the provider contract.
import { dataV1 } from "./data-v1";
import type { Dialect } from "./dialect";
import { providerV3 } from "./provider-v3";

export const DIALECTS: readonly Dialect[] = [dataV1, providerV3];
export const DIALECT_IDS = ["data-v1", "provider-v3"] as const;
export type DialectId = (typeof DIALECT_IDS)[number];

/** The dialect for a stored id; unknown or missing ids mean the original contract. */
export function dialectById(id: string | undefined): Dialect {
  return DIALECTS.find((d) => d.id === id) ?? providerV3;
}
