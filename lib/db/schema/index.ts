export * from "./audit-log";
export * from "./integrations";
export * from "./memberships";
export * from "./prospects";
export * from "./seranking-cache";
export * from "./tenants";
export * from "./users";
