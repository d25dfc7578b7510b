// Every public API operation: the OpenAPI document lists these, and a test checks that each
// route file under app/api/v1 is one of them.
import { KEYWORD_OPERATIONS } from "./keywords";

export const ALL_OPERATIONS = [...KEYWORD_OPERATIONS];
