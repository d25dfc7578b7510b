// GET /api/v1/openapi.json — the public API's OpenAPI 3.1 document (no token needed to read it).
import { appOrigin } from "@/lib/api/same-origin";
import { withPublic } from "@/lib/api/with-tenant";
import { openApiDocument } from "@/lib/public-api/openapi";

export const GET = withPublic({}, ({ req }) => openApiDocument(appOrigin(req)));
