// One virtual user: cycles through pages and API reads like a marketer at work, and writes
// distinct domains and keywords to the shared list and project so nothing can hide a lost row.
import { DEMO } from "../lib/seed";
import type { LoadFixtures } from "./setup";

export interface Sample {
  name: string;
  ms: number;
  status: number;
}

export interface UserOutcome {
  samples: Sample[];
  domainsSent: number;
  keywordsSent: number;
  failures: string[];
}

type Step = { name: string; method?: "POST"; path: string; body?: () => unknown };

export async function runVirtualUser(
  baseUrl: string,
  fixtures: LoadFixtures,
  index: number,
  deadline: number,
  limits: { domains: number; keywords: number },
  /** The floor: each page step asks the bare dashboard page, each API step the bare handler. */
  floor = false,
): Promise<UserOutcome> {
  const { cookie } = fixtures.users[index]!;
  const t = `/${DEMO.tenantSlug}`;
  const a = `/api/tenants/${DEMO.tenantSlug}`;
  const outcome: UserOutcome = { samples: [], domainsSent: 0, keywordsSent: 0, failures: [] };
  const steps: Step[] = [
    { name: "page overview", path: t },
    { name: "page backlinks", path: `${t}/backlinks?domain=example.com` },
    { name: "api backlinks summary", path: `${a}/backlinks/summary?domain=example.com` },
    { name: "page prospects", path: `${t}/prospects?list=${fixtures.listId}` },
    {
      name: "api add domain",
      method: "POST",
      path: `${a}/prospect-lists/${fixtures.listId}/domains`,
      body: () => ({ entries: [`vu${index}-d${outcome.domainsSent++}.example`] }),
    },
    { name: "api prospect list", path: `${a}/prospect-lists/${fixtures.listId}` },
    { name: "page keywords", path: `${t}/keywords?project=${fixtures.projectId}` },
    {
      name: "api add keyword",
      method: "POST",
      path: `${a}/keywords/projects/${fixtures.projectId}/keywords`,
      body: () => ({ text: `load vu${index} keyword ${outcome.keywordsSent++}` }),
    },
    { name: "api keyword projects", path: `${a}/keywords/projects` },
    { name: "page settings", path: `${t}/settings` },
  ];
  const asFloor = (step: Step): Step =>
    step.name.startsWith("page")
      ? { name: "floor page", path: `${t}/bench-floor` }
      : { name: "floor handler", path: "/api/bench/floor" };
  for (let i = 0; Date.now() < deadline; i++) {
    const real = steps[i % steps.length]!;
    const step = floor ? asFloor(real) : real;
    // Past their share of the list and project caps, users keep reading but stop writing.
    if (step.name === "api add domain" && outcome.domainsSent >= limits.domains) continue;
    if (step.name === "api add keyword" && outcome.keywordsSent >= limits.keywords) continue;
    const started = performance.now();
    let status = 0;
    try {
      const response = await fetch(`${baseUrl}${step.path}`, {
        method: step.method ?? "GET",
        headers: { Cookie: cookie, "Content-Type": "application/json" },
        body: step.body ? JSON.stringify(step.body()) : undefined,
        redirect: "manual",
      });
      await response.arrayBuffer();
      status = response.status;
    } catch (error) {
      outcome.failures.push(`${step.name}: ${(error as Error).message}`);
    }
    outcome.samples.push({ name: step.name, ms: performance.now() - started, status });
    if (status !== 0 && (status < 200 || status >= 300)) {
      outcome.failures.push(`${step.name}: HTTP ${status}`);
    }
  }
  return outcome;
}
