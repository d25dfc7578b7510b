/**
 * A server value as the browser receives it after `Response.json`: dates arrive as ISO strings,
 * everything else as it was. The browser types its replies as `Json<ServerType>`, so a shape is
 * declared once, on the server, and a field added there reaches the page's type too.
 */
export type Json<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;
