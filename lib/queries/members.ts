import { queryOptions } from "@tanstack/react-query";
import type { Json } from "@/lib/api/json-shape";
import type { MemberRow as ServerMemberRow } from "@/lib/db/queries/memberships";
import { fetchJson } from "./fetch-json";

/** The server's row as JSON (type-only import: nothing server-side is bundled). */
export type MemberRow = Json<ServerMemberRow>;

export const membersUrl = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}/members`;

export const membersQuery = (slug: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "members"],
    queryFn: () => fetchJson<{ members: MemberRow[] }>(membersUrl(slug)).then((r) => r.members),
  });
