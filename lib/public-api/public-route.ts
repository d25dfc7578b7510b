// A public API route from its operation: the one route wrapper (withApiToken) with the
// operation's schemas and scope, and the answer checked against the operation's response schema,
// so what a client receives is what the OpenAPI document promises.
import type { z } from "zod";
import { type TokenContext, withApiToken } from "@/lib/api/with-tenant";
import type { PublicOperation } from "./operation";

type Out<S> = S extends z.ZodType ? z.output<S> : unknown;
type In<S> = S extends z.ZodType ? z.input<S> : unknown;

export function publicRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(
  op: PublicOperation<P, Q, B, R>,
  handler: (ctx: TokenContext<Out<P>, Out<Q>, Out<B>>) => Promise<In<R> | null>,
) {
  return withApiToken<Out<P>, Out<Q>, Out<B>>(
    {
      params: op.params as z.ZodType<Out<P>> | undefined,
      query: op.query as z.ZodType<Out<Q>> | undefined,
      body: op.body as z.ZodType<Out<B>> | undefined,
      scope: op.scope,
      bodyLimit: op.bodyLimit,
      answerOnce: op.answerOnce,
    },
    async (ctx) => {
      const result = await handler(ctx);
      if (op.status === 204) return new Response(null, { status: 204 });
      if (!op.response) return Response.json(result, { status: op.status ?? 200 });
      const checked = op.response.safeParse(result);
      // Our answer not matching our own document is our bug (500), not the client's input (422).
      if (!checked.success) throw new Error(`${op.id}: the answer does not match its schema`);
      return Response.json(checked.data, { status: op.status ?? 200 });
    },
  );
}
