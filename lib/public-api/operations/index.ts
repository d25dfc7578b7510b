// Every public API operation: the OpenAPI document lists these, and a test checks that each
// route file under app/api/v1 is one of them.
import { BACKLINK_OPERATIONS } from "./backlinks";
import { GAP_OPERATIONS } from "./gaps";
import { KEYWORD_OPERATIONS } from "./keywords";
import { PROSPECT_OPERATIONS } from "./prospects";
import { REPORT_OPERATIONS } from "./reports";

export const ALL_OPERATIONS = [
  ...BACKLINK_OPERATIONS,
  ...GAP_OPERATIONS,
  ...PROSPECT_OPERATIONS,
  ...KEYWORD_OPERATIONS,
  ...REPORT_OPERATIONS,
];
