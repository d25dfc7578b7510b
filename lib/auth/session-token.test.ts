// sessionUserId must answer exactly what Auth.js's own session endpoint (the one auth() runs)
// answers for the same request: each case is put to both.
import { Auth, createActionURL } from "@auth/core";
import Credentials from "@auth/core/providers/credentials";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionUserId, usesSecureCookies } from "./session-token";

const SECRET = "s".repeat(40);
const OTHER_SECRET = "o".repeat(40);
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const USER = "6f1c2b0e-0000-4000-8000-000000000001";

const mint = (salt: string, { secret = SECRET, maxAge = 3600, sub = USER } = {}) =>
  encode({ token: { sub, name: "A", email: "a@example.test" }, secret, salt, maxAge });

/** What auth() would say: Auth.js's session endpoint, reached as next-auth reaches it. */
async function authJsUserId(headers: Headers, env: Record<string, string>) {
  // next-auth passes the header as it is, null included (typed as a string).
  const proto = headers.get("x-forwarded-proto") as string;
  const url = createActionURL("session", proto, headers, env, { basePath: "/api/auth" });
  const response = await Auth(
    new Request(url, { headers: { cookie: headers.get("cookie") ?? "" } }),
    {
      secret: SECRET,
      trustHost: true,
      basePath: "/api/auth",
      session: { strategy: "jwt" },
      providers: [Credentials({ credentials: {}, authorize: async () => null })],
      logger: { error: () => {}, warn: () => {}, debug: () => {} },
      callbacks: {
        session({ session, token }) {
          if (token.sub) session.user.id = token.sub;
          return session;
        },
      },
    },
  );
  const body = (await response.json()) as { user?: { id?: string } } | null;
  return body?.user?.id ?? undefined;
}

interface Case {
  name: string;
  headers: () => Promise<Record<string, string>>;
  env?: Record<string, string>;
  expected: string | undefined;
}

const http = { host: "localhost:3000", "x-forwarded-proto": "http" };
const https = { host: "app.example.test", "x-forwarded-proto": "https" };

const cases: Case[] = [
  {
    name: "http: the plain cookie",
    headers: async () => ({ ...http, cookie: `${PLAIN}=${await mint(PLAIN)}` }),
    expected: USER,
  },
  {
    name: "https: the __Secure- cookie",
    headers: async () => ({ ...https, cookie: `${SECURE}=${await mint(SECURE)}` }),
    expected: USER,
  },
  {
    name: "no x-forwarded-proto counts as https",
    headers: async () => ({ host: "x", cookie: `${SECURE}=${await mint(SECURE)}` }),
    expected: USER,
  },
  {
    name: "https ignores the plain cookie",
    headers: async () => ({ ...https, cookie: `${PLAIN}=${await mint(PLAIN)}` }),
    expected: undefined,
  },
  {
    name: "AUTH_URL decides the protocol",
    headers: async () => ({ ...http, cookie: `${SECURE}=${await mint(SECURE)}` }),
    env: { AUTH_URL: "https://app.example.test" },
    expected: USER,
  },
  {
    name: "a token sealed for the other cookie name (salt)",
    headers: async () => ({ ...http, cookie: `${PLAIN}=${await mint(SECURE)}` }),
    expected: undefined,
  },
  {
    name: "an expired token",
    headers: async () => ({ ...http, cookie: `${PLAIN}=${await mint(PLAIN, { maxAge: -60 })}` }),
    expected: undefined,
  },
  {
    name: "a token from another secret",
    headers: async () => ({
      ...http,
      cookie: `${PLAIN}=${await mint(PLAIN, { secret: OTHER_SECRET })}`,
    }),
    expected: undefined,
  },
  {
    name: "a tampered token",
    headers: async () => {
      const token = await mint(PLAIN);
      const flipped = token.slice(0, -5) + (token.at(-5) === "A" ? "B" : "A") + token.slice(-4);
      return { ...http, cookie: `${PLAIN}=${flipped}` };
    },
    expected: undefined,
  },
  {
    name: "garbage",
    headers: async () => ({ ...http, cookie: `${PLAIN}=abc` }),
    expected: undefined,
  },
  { name: "no cookie", headers: async () => ({ ...http }), expected: undefined },
  {
    name: "a Bearer token instead of a cookie",
    headers: async () => ({ ...http, authorization: `Bearer ${await mint(PLAIN)}` }),
    expected: undefined,
  },
  {
    name: "a chunked cookie",
    headers: async () => {
      const token = await mint(PLAIN);
      const half = Math.floor(token.length / 2);
      return {
        ...http,
        cookie: `${PLAIN}.0=${token.slice(0, half)}; ${PLAIN}.1=${token.slice(half)}`,
      };
    },
    expected: USER,
  },
];

describe("sessionUserId", () => {
  for (const c of cases) {
    it(`${c.name}: ${c.expected ? "the user" : "no user"}, as Auth.js says`, async () => {
      const headers = new Headers(await c.headers());
      const env = c.env ?? {};
      const ours = await sessionUserId(headers, SECRET, env);
      expect(ours).toBe(c.expected);
      expect(await authJsUserId(headers, env)).toBe(ours);
    });
  }

  it("picks the cookie names as Auth.js does", () => {
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "http" }), {})).toBe(false);
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "https" }), {})).toBe(true);
    expect(usesSecureCookies(new Headers(), {})).toBe(true);
    expect(usesSecureCookies(new Headers(), { NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
  });
});
