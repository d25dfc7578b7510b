import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { authorizeCredentials } from "./authorize";
import { clientIp, LoginThrottledError } from "./login-throttle";
import { throttledCode } from "./throttle-message";

// Auth.js puts `code` in the sign-in answer; the form turns it back into the minutes to wait.
class ThrottledSignin extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = throttledCode(minutes);
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
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
});

/** The signed-in user's id, or undefined. */
export async function currentUserId(): Promise<string | undefined> {
  const session = await auth();
  return session?.user?.id ?? undefined;
}
