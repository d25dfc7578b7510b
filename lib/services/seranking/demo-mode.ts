/** True when the app talks to something other than SE Ranking itself: the simulator. */
export function isSimulatorUrl(baseUrl: string): boolean {
  try {
    return !/(^|\.)seranking\.com$/i.test(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}
