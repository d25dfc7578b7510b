export * from "./audit-log";
export * from "./backlink-searches";
export * from "./integrations";
export * from "./memberships";
export * from "./seranking-cache";
export * from "./tenants";
export * from "./users";
