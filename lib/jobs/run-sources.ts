// Every kind of run a user can follow, with how to read, cancel and retry it: the one
// run-status API (/api/tenants/:tenant/runs/:kind/:id) answers through these.
import { backlinkExportRunSource } from "@/lib/services/backlinks/export-service";
import { backlinkGapRunSource } from "@/lib/services/backlinks/gap/gap-service";
import { checkRunSource } from "@/lib/services/keywords/check-run-source";
import { metricsRunSource } from "@/lib/services/prospects/metrics-run-source";
import type { RunSource } from "./contract";
import type { JobKind } from "./progress";

export const runSources: readonly RunSource[] = [
  metricsRunSource,
  checkRunSource,
  backlinkExportRunSource,
  backlinkGapRunSource,
];

export function runSourceFor(kind: string): RunSource | undefined {
  return runSources.find((s) => s.kind === (kind as JobKind));
}
