// `npm run bench` and `npm run load` start the server with BENCH_FLOOR=on: then two bench-only
// routes answer (a bare route handler and a bare dashboard page), the floor the app's own
// figures are divided by in the same run. Anywhere else they are 404s.
export const benchFloorOn = () => process.env.BENCH_FLOOR === "on";
