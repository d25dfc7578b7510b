import { headers } from "next/headers";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import {
  deleteSession,
  findLiveSession,
  findLiveSessionAccess,
  insertSession,
} from "@/lib/db/queries/sessions";
import type { Role, Tenant } from "@/lib/db/schema";
import { authorizeCredentials } from "./authorize";
import { clientIp, LoginThrottledError } from "./login-throttle";
import { sessionClaims } from "./session-token";
import { throttledCode } from "./throttle-message";

// Auth.js puts `code` in the sign-in answer; the form turns it back into the seconds to wait.
class ThrottledSignin extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = throttledCode(minutes);
  }
}

export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 14;

const config: NextAuthConfig = {
  // A JWT cookie that names a row in `sessions` (its `sid`): the row is read on every request,
  // so deleting it signs that browser out at once, whatever the cookie still says.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (credentials, request) => {
        try {
          return await authorizeCredentials(await getDb(), credentials, clientIp(request.headers));
        } catch (error) {
          if (error instanceof LoginThrottledError)
            throw new ThrottledSignin(error.retryAfterMinutes);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const db = await getDb();
      if (user?.id) {
        const session = await insertSession(
          db,
          user.id,
          new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
        );
        token.sub = user.id;
        token.sid = session.id;
        return token;
      }
      // Auth.js's own session endpoint: a cookie whose session was ended answers "signed out"
      // (returning null clears the cookie), like every API route does.
      const live = typeof token.sid === "string" ? await findLiveSession(db, token.sid) : undefined;
      return live && live.userId === token.sub ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await deleteSession(await getDb(), sid);
    },
  },
};

// NextAuth() completes `config` in place (the secret from AUTH_SECRET, base path), so
// currentSession below reads cookies with exactly the settings Auth.js wrote them with.
export const { handlers, auth, signIn, signOut } = NextAuth(config);

export interface CurrentSession {
  userId: string;
  sessionId: string;
  emailVerified: boolean;
}

/**
 * The signed-in user's live session, or undefined: the cookie is read as Auth.js reads it
 * (see session-token.ts), then its `sessions` row is read by primary key. A cookie from before
 * sessions were recorded (no `sid`) counts as signed out.
 */
export async function currentSession(): Promise<CurrentSession | undefined> {
  const claims = await cookieClaims();
  if (!claims) return undefined;
  const live = await findLiveSession(await getDb(), claims.sid);
  if (!live || live.userId !== claims.sub) return undefined;
  return { userId: live.userId, sessionId: claims.sid, emailVerified: live.emailVerified };
}

export interface SessionAccess extends CurrentSession {
  email: string;
  /** The user's membership of the workspace asked about; undefined when not a member. */
  access?: { tenant: Tenant; role: Role };
}

/**
 * currentSession plus the membership of the workspace at `slug`, read in one statement (every
 * tenant route and dashboard page needs both). The session row is still read every time.
 */
export async function currentSessionAccess(slug: string): Promise<SessionAccess | undefined> {
  const claims = await cookieClaims();
  if (!claims) return undefined;
  const live = await findLiveSessionAccess(await getDb(), claims.sid, slug);
  if (!live || live.userId !== claims.sub) return undefined;
  return {
    userId: live.userId,
    sessionId: claims.sid,
    emailVerified: live.emailVerified,
    email: live.email,
    access: live.access,
  };
}

async function cookieClaims(): Promise<{ sub: string; sid: string } | undefined> {
  if (!config.secret) return undefined; // as auth(): no secret, no session
  const claims = await sessionClaims(await headers(), config.secret);
  return claims?.sid ? { sub: claims.sub, sid: claims.sid } : undefined;
}

/** The signed-in user's id, or undefined. Membership and role are read by the callers. */
export async function currentUserId(): Promise<string | undefined> {
  return (await currentSession())?.userId;
}
