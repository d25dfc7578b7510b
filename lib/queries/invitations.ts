import { queryOptions } from "@tanstack/react-query";
import type { InvitationView } from "@/lib/services/invitations";
import { fetchJson } from "./fetch-json";

export type { InvitationView };

export const invitationsUrl = (slug: string) =>
  `/api/tenants/${encodeURIComponent(slug)}/invitations`;

export const invitationsQuery = (slug: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "invitations"],
    queryFn: () =>
      fetchJson<{ invitations: InvitationView[] }>(invitationsUrl(slug)).then((r) => r.invitations),
  });
