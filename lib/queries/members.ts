import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";

export interface MemberRow {
  userId: string;
  email: string;
  name: string | null;
  role: "admin" | "marketer";
  joinedAt: string;
}

export const membersUrl = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}/members`;

export const membersQuery = (slug: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "members"],
    queryFn: () => fetchJson<{ members: MemberRow[] }>(membersUrl(slug)).then((r) => r.members),
  });
