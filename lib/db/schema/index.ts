export * from "./audit-log";
export * from "./backlink-searches";
export * from "./integrations";
export * from "./keywords";
export * from "./memberships";
export * from "./seranking-cache";
export * from "./tenants";
export * from "./users";
