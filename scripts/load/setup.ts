// Load-test fixtures on the demo tenant: one shared prospect list and keyword project that every
// virtual user writes to, and N marketers, each signed in with a session of their own.
import { api, signIn } from "../bench/session";
import { DEMO } from "../lib/seed";

export interface LoadFixtures {
  listId: string;
  projectId: string;
  users: { email: string; cookie: string }[];
}

export async function setUpLoad(baseUrl: string, users: number): Promise<LoadFixtures> {
  const admin = await signIn(baseUrl, DEMO.admin.email, DEMO.admin.password);
  const base = `/api/tenants/${DEMO.tenantSlug}`;
  const { list } = await api<{ list: { id: string } }>(baseUrl, admin, `${base}/prospect-lists`, {
    method: "POST",
    body: { name: "Load test" },
  });
  const { project } = await api<{ project: { id: string } }>(
    baseUrl,
    admin,
    `${base}/keywords/projects`,
    // No schedule: the measured load is the users', not the scheduler's.
    {
      method: "POST",
      body: { domain: "load-test.example", searchEngine: "google", scheduleEnabled: false },
    },
  );
  const signedIn: LoadFixtures["users"] = [];
  // Members are added one at a time (each hashes a password), then sign in in parallel.
  const created: { email: string; password: string }[] = [];
  for (let i = 0; i < users; i++) {
    const email = `load-${i}-${Date.now()}@example.test`;
    const { member } = await api<{ member: { temporaryPassword: string } }>(
      baseUrl,
      admin,
      `${base}/members`,
      { method: "POST", body: { email, role: "marketer" } },
    );
    created.push({ email, password: member.temporaryPassword });
  }
  for (let i = 0; i < created.length; i += 10) {
    const batch = created.slice(i, i + 10);
    const cookies = await Promise.all(batch.map((u) => signIn(baseUrl, u.email, u.password)));
    for (const [j, u] of batch.entries()) signedIn.push({ email: u.email, cookie: cookies[j]! });
  }
  return { listId: list.id, projectId: project.id, users: signedIn };
}
