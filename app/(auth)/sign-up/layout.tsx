// Its forms use TanStack Query: the provider lives in the layouts that need it, not the root
// one, so sign-in ships without it.
export { Providers as default } from "../../providers";
