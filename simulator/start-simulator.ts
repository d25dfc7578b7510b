// Starts the simulator in-process: tests and scripts get the URL, the live state to drive, and
// a close() that also ends hung (timeout-fault) connections so test runs never stall.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createControlApi } from "./control-api";
import { dataV1 } from "./dialects/data-v1";
import { providerV3 } from "./dialects/provider-v3";
import type { Dialect } from "./dialects/types";
import { projectApi } from "./project-api/routes";
import { createRequestHandler } from "./request-handler";
import { createRouter } from "./router";
import { createSimState, type SimState, type SimulatorOptions } from "./state";

export type { SimState, SimulatorOptions } from "./state";

/** Every dialect the simulator speaks: the provider contract, the Data API (/v1/), the Project API. */
export const DIALECTS: readonly Dialect[] = [providerV3, dataV1, projectApi];

export interface RunningSimulator {
  /** e.g. "http://127.0.0.1:4010" (no trailing slash): the client's baseUrl. */
  url: string;
  port: number;
  state: SimState;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const state = createSimState(options);
  const router = createRouter(DIALECTS);
  const control = createControlApi(
    state,
    DIALECTS.map((d) => d.name),
  );
  const server = createServer(createRequestHandler(state, router, control));
  // Clients (undici) keep sockets alive ~4 s; outliving them avoids "socket hang up" races.
  server.keepAliveTimeout = 10_000;

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}`,
    port,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        state.shutdown();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
