import type { z } from "zod";
import { currentSession, currentSessionAccess } from "@/lib/auth";
import { getDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/db/queries/audit";
import type { ApiScope, Role, Tenant } from "@/lib/db/schema";
import { withUsageScope } from "@/lib/services/budgets/usage-scope";
import { ApiError, notFound } from "./errors";
import { errorResponse } from "./handle-error";
import {
  claimKey,
  type IdempotentCall,
  idempotencyKey,
  requestHash,
  settleKey,
} from "./idempotency";
import { DEFAULT_BODY_LIMIT, readJsonBody } from "./read-body";
import { assertSameOrigin, type BodyType } from "./same-origin";
import {
  assertScope,
  authenticateToken,
  countAgainstRate,
  rateExceeded,
  type TokenIdentity,
} from "./token-access";

type Schema<T> = z.ZodType<T>;
type Access = "public" | "user" | "tenant" | "token";
type RouteContext = { params: Promise<Record<string, string | string[]>> };

interface RouteOptions<P, Q, B> {
  params?: Schema<P>;
  query?: Schema<Q>;
  body?: Schema<B>;
  /** The least role allowed; admins can do everything marketers can. */
  role?: Role;
  /** Public API routes: the token scope the route needs. */
  scope?: ApiScope;
  bodyLimit?: number;
  /** Public API: the answer holds a secret shown once, never kept for an Idempotency-Key replay. */
  answerOnce?: boolean;
  /** "csv": the body is an uploaded CSV file the handler reads itself (default: JSON). */
  bodyType?: BodyType;
}

interface BaseContext<P, Q, B> {
  req: Request;
  db: Db;
  params: P;
  query: Q;
  body: B;
}
export interface UserContext<P, Q, B> extends BaseContext<P, Q, B> {
  userId: string;
  /** The server-side session this request rides on (to keep it when ending the others). */
  sessionId: string;
  emailVerified: boolean;
}
export interface TenantContext<P, Q, B> extends UserContext<P, Q, B> {
  tenant: Tenant;
  role: Role;
}

/** A public API request: the workspace comes from the token, never from the URL or a cookie. */
export interface TokenContext<P, Q, B> extends BaseContext<P, Q, B> {
  tenant: Tenant;
  token: TokenIdentity;
}

type Handler<C> = (ctx: C) => Promise<Response | object | null> | Response | object | null;

// API answers are per-user data: never kept by a browser or shared cache.
const NO_STORE = { "Cache-Control": "no-store" };

function toResponse(result: Response | object | null): Response {
  if (result instanceof Response) {
    if (!result.headers.has("Cache-Control")) result.headers.set("Cache-Control", "no-store");
    return result;
  }
  if (result === null) return new Response(null, { status: 204, headers: NO_STORE });
  return Response.json(result, { headers: NO_STORE });
}

function parseWith<T>(schema: Schema<T> | undefined, value: unknown): T {
  return (schema ? schema.parse(value) : value) as T;
}

/**
 * The one wrapper behind every API route: session, tenant from the URL, membership (404 to
 * non-members so tenant slugs cannot be probed), role (403), zod-parsed params/query/body,
 * and every thrown error mapped through one table to `{ error: { code, message } }`.
 */
function defineRoute<P, Q, B, C>(
  access: Access,
  options: RouteOptions<P, Q, B>,
  handler: Handler<C>,
) {
  return async (req: Request, context: RouteContext): Promise<Response> => {
    let tenantId: string | undefined;
    let userId: string | undefined;
    let token: TokenIdentity | undefined;
    let idempotent: IdempotentCall | undefined;
    // Public API answers carry the token's RateLimit-* headers, errors included.
    const extraHeaders: Record<string, string> = {};
    let db: Db | undefined;
    let response: Response;
    try {
      const rawParams = (await context?.params) ?? {};
      db = await getDb();
      const base = { req, db } as BaseContext<P, Q, B>;
      let ctx:
        | BaseContext<P, Q, B>
        | UserContext<P, Q, B>
        | TenantContext<P, Q, B>
        | TokenContext<P, Q, B> = base;
      if (access === "token") {
        // No cookie is read, so no cross-site request can borrow anyone's rights: no origin check.
        const found = await authenticateToken(base.db, req);
        token = found.token;
        tenantId = found.tenant.id;
        const rate = await countAgainstRate(base.db, token.id, token.ratePerMinute);
        Object.assign(extraHeaders, rate.headers);
        if (rate.exceeded) throw rateExceeded(token.ratePerMinute);
        assertScope(token, options.scope ?? "read");
        ctx = { ...base, tenant: found.tenant, token };
      } else {
        assertSameOrigin(req, options.bodyType);
      }
      if (access === "user" || access === "tenant") {
        const slug = access === "tenant" ? rawParams.tenant : undefined;
        // A tenant route reads the session and the membership in one statement.
        const withAccess = typeof slug === "string" ? await currentSessionAccess(slug) : undefined;
        const session = typeof slug === "string" ? withAccess : await currentSession();
        if (!session) throw new ApiError("unauthorized", "Sign in to continue.");
        userId = session.userId;
        const { sessionId, emailVerified } = session;
        ctx = { ...base, userId, sessionId, emailVerified };
        if (access === "tenant") {
          const found = withAccess?.access;
          if (!found) throw notFound("This workspace");
          tenantId = found.tenant.id;
          if (options.role === "admin" && found.role !== "admin") {
            throw new ApiError("forbidden", "Only workspace admins can do this.");
          }
          ctx = { ...ctx, tenant: found.tenant, role: found.role };
        }
      }
      ctx.params = parseWith(options.params, rawParams);
      ctx.query = parseWith(options.query, Object.fromEntries(new URL(req.url).searchParams));
      let raw: unknown;
      if (options.body) {
        raw = await readJsonBody(req, options.bodyLimit ?? DEFAULT_BODY_LIMIT);
        ctx.body = parseWith(options.body, raw ?? {});
      }
      const key = token && req.method === "POST" ? idempotencyKey(req) : null;
      if (token && key) {
        idempotent = { tokenId: token.id, key, requestHash: requestHash(req, raw) };
        const replay = await claimKey(base.db, idempotent, options.answerOnce);
        if (replay) {
          idempotent = undefined;
          return finish(replay);
        }
      }
      // Upstream calls made while answering are spent by this member (or the API token).
      const actor = token ? "api_token" : userId;
      response = toResponse(await withUsageScope({ actor }, async () => handler(ctx as C)));
    } catch (error) {
      response = errorResponse(error, { tenantId, userId });
    }
    if (idempotent && db) await settleKey(db, idempotent, response, options.answerOnce);
    return finish(response);

    async function finish(res: Response) {
      for (const [name, value] of Object.entries(extraHeaders)) res.headers.set(name, value);
      // Every use of a token is on the workspace's audit trail, refused ones included.
      if (token && tenantId && db) {
        await writeAudit(db, tenantId, {
          actorUserId: null,
          action: "api.request",
          target: token.name,
          details: {
            tokenId: token.id,
            method: req.method,
            path: new URL(req.url).pathname,
            status: res.status,
          },
        });
      }
      return res;
    }
  };
}

export const withTenant = <P = unknown, Q = unknown, B = unknown>(
  options: RouteOptions<P, Q, B>,
  handler: Handler<TenantContext<P, Q, B>>,
) => defineRoute("tenant", options, handler);

export const withUser = <P = unknown, Q = unknown, B = unknown>(
  options: RouteOptions<P, Q, B>,
  handler: Handler<UserContext<P, Q, B>>,
) => defineRoute("user", options, handler);

export const withPublic = <P = unknown, Q = unknown, B = unknown>(
  options: Omit<RouteOptions<P, Q, B>, "role">,
  handler: Handler<BaseContext<P, Q, B>>,
) => defineRoute("public", options, handler);

/** A public API route (/api/v1): bearer token, its scope, its rate, Idempotency-Key on POST. */
export const withApiToken = <P = unknown, Q = unknown, B = unknown>(
  options: Omit<RouteOptions<P, Q, B>, "role">,
  handler: Handler<TokenContext<P, Q, B>>,
) => defineRoute("token", options, handler);
