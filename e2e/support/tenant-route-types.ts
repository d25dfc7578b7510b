// The shape of a row in the cross-tenant and role tables (tenant-routes.ts and its per-feature parts).

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface TenantApiRoute {
  method: Method;
  path: string;
  role: "marketer" | "admin";
  body?: unknown;
  /**
   * What an allowed member gets, when not 200: 201/202/204 for creates, starts and deletes;
   * 404/422 for routes under a resource id (`:projectId`…) called with an id that exists nowhere
   * (`:listId` is a real list the test creates), proving the tenant and role gates were passed.
   */
  status?: number;
}
