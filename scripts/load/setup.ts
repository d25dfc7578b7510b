// Load-test fixtures on the demo tenant: one shared prospect list and keyword project that every
// virtual user writes to, and N marketers, each signed in with a session of their own.
import { firstLink, readOutbox } from "@/lib/mail/outbox";
import { api, signIn } from "../bench/session";
import { DEMO } from "../lib/seed";

export interface LoadFixtures {
  listId: string;
  projectId: string;
  users: { email: string; cookie: string }[];
}

/** The invitation link the demo's SMTP receiver caught for `email` (it arrives within seconds). */
async function invitationToken(outboxFile: string, email: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const mail = readOutbox(outboxFile)?.find((m) => m.to.includes(email));
    const link = mail ? firstLink(mail) : undefined;
    if (link) return link.split("/invite/")[1]!;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no invitation mail reached ${email}`);
}

/** A member through the real path: invitation mail, account from its link, accepted. */
async function joinByInvitation(baseUrl: string, admin: string, outboxFile: string, i: number) {
  const email = `load-${i}-${Date.now()}@example.test`;
  const password = `load-user-${i}-${Date.now()}-pass`;
  await api(baseUrl, admin, `/api/tenants/${DEMO.tenantSlug}/invitations`, {
    method: "POST",
    body: { email, role: "marketer" },
  });
  const token = await invitationToken(outboxFile, email);
  const created = await fetch(`${baseUrl}/api/invitations/sign-up`, {
    method: "POST",
    // Sign-ups are rate-limited per client: each virtual user comes from its own address.
    headers: {
      "Content-Type": "application/json",
      "X-Forwarded-For": `10.77.${i >> 8}.${i & 255}`,
    },
    body: JSON.stringify({ token, name: `Load ${i}`, password }),
  });
  if (created.status !== 201) throw new Error(`invitee sign-up: ${created.status}`);
  const cookie = await signIn(baseUrl, email, password);
  await api(baseUrl, cookie, "/api/invitations/accept", { method: "POST", body: { token } });
  return { email, cookie };
}

export async function setUpLoad(
  baseUrl: string,
  users: number,
  outboxFile: string,
): Promise<LoadFixtures> {
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
  // Members join one at a time (each hashes a password, as a person joining would).
  const signedIn: LoadFixtures["users"] = [];
  for (let i = 0; i < users; i++)
    signedIn.push(await joinByInvitation(baseUrl, admin, outboxFile, i));
  return { listId: list.id, projectId: project.id, users: signedIn };
}
