// The e2e server (playwright.config.ts) starts with SCHEDULE_TEST_CLOCK=on: then a route lets a
// test run the scheduler's tick at an instant it names, for its own workspace only, so a weekly
// schedule is proven over weeks in seconds. The demo and production never set it: a 404 there.
export const scheduleTestClockOn = () => process.env.SCHEDULE_TEST_CLOCK === "on";
