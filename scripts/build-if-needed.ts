// Builds the app only when sources changed since the last build (used by npm test and demo).
import { buildIfNeeded } from "./lib/build";

buildIfNeeded();
