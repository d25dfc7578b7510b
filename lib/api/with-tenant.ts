import type { z } from "zod";
import { currentSession, currentSessionAccess } from "@/lib/auth";
import { getDb } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { Role, Tenant } from "@/lib/db/schema";
import { ApiError, notFound } from "./errors";
import { errorResponse } from "./handle-error";
import { DEFAULT_BODY_LIMIT, readJsonBody } from "./read-body";
import { assertSameOrigin } from "./same-origin";

type Schema<T> = z.ZodType<T>;
type Access = "public" | "user" | "tenant";
type RouteContext = { params: Promise<Record<string, string | string[]>> };

interface RouteOptions<P, Q, B> {
  params?: Schema<P>;
  query?: Schema<Q>;
  body?: Schema<B>;
  /** The least role allowed; admins can do everything marketers can. */
  role?: Role;
  bodyLimit?: number;
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
    try {
      const rawParams = (await context?.params) ?? {};
      assertSameOrigin(req);
      const db = await getDb();
      const base = { req, db } as BaseContext<P, Q, B>;
      let ctx: BaseContext<P, Q, B> | UserContext<P, Q, B> | TenantContext<P, Q, B> = base;
      if (access !== "public") {
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
      if (options.body) {
        const raw = await readJsonBody(req, options.bodyLimit ?? DEFAULT_BODY_LIMIT);
        ctx.body = parseWith(options.body, raw ?? {});
      }
      return toResponse(await handler(ctx as C));
    } catch (error) {
      return errorResponse(error, { tenantId, userId });
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
