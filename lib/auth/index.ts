import { headers } from "next/headers";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { authorizeCredentials } from "./authorize";
import { clientIp, LoginThrottledError } from "./login-throttle";
import { sessionUserId } from "./session-token";
import { throttledCode } from "./throttle-message";

// Auth.js puts `code` in the sign-in answer; the form turns it back into the minutes to wait.
class ThrottledSignin extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = throttledCode(minutes);
  }
}

const config: NextAuthConfig = {
  // JWT sessions: no session table, and the app's membership checks read the database
  // on every request anyway, so a role change takes effect at once.
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
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
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
};

// NextAuth() completes `config` in place (the secret from AUTH_SECRET, base path), so
// currentUserId below reads cookies with exactly the settings Auth.js wrote them with.
export const { handlers, auth, signIn, signOut } = NextAuth(config);

/**
 * The signed-in user's id, or undefined: what `auth()` answers (`session.user.id` is the
 * token's `sub`), without its cookie refresh, which a route handler or page cannot send back
 * anyway (see session-token.ts). Membership and role are still read from the database by the
 * callers, on every request.
 */
export async function currentUserId(): Promise<string | undefined> {
  if (!config.secret) return undefined; // as auth(): no secret, no session
  return sessionUserId(await headers(), config.secret);
}
