// The part of zod that lib/validations uses, as named re-exports. zod-config.ts exposes this
// module as `z`, so the schemas read as usual (z.object, z.infer…) while the browser bundle gets
// only these members: `import { z } from "zod"` is a namespace object that Turbopack cannot shake,
// and it put all of zod, every locale included (~90 KB gzip), into each dashboard page's first load.
// Add a member here when a schema needs one.

export type { infer } from "zod";
export {
  array,
  boolean,
  coerce,
  discriminatedUnion,
  email,
  enum,
  input,
  literal,
  NEVER,
  number,
  object,
  output,
  strictObject,
  string,
  union,
  url,
  uuid,
} from "zod";
