import { describe, expect, it } from "vitest";
import { GroupWriter } from "./group-writer";

/** A write the test finishes by hand, so what arrives meanwhile is seen deterministically. */
function heldWrites() {
  const calls: { items: number[]; finish: (error?: Error) => void }[] = [];
  const write = (items: number[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ items, finish: (error) => (error ? reject(error) : resolve()) });
    });
  return { calls, write };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Whether each promise has settled yet, read without waiting for it. */
function watch(promises: Promise<void>[]) {
  const state = promises.map(() => "waiting");
  promises.forEach((p, i) => {
    p.then(
      () => {
        state[i] = "written";
      },
      (e: Error) => {
        state[i] = `failed: ${e.message}`;
      },
    );
  });
  return state;
}

describe("GroupWriter", () => {
  it("writes what arrived during one write together in the next, in arrival order", async () => {
    const { calls, write } = heldWrites();
    const writer = new GroupWriter({ write });
    const state = watch([writer.push(1), writer.push(2), writer.push(3)]);
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    calls[0]!.finish();
    await tick();
    expect(state).toEqual(["written", "waiting", "waiting"]);
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3]]);
    calls[1]!.finish();
    await tick();
    expect(state).toEqual(["written", "written", "written"]);
  });

  it("keeps one write within maxGroup items", async () => {
    const { calls, write } = heldWrites();
    const writer = new GroupWriter({ write, maxGroup: 2 });
    const pushed = [1, 2, 3, 4, 5].map((n) => writer.push(n));
    for (let i = 0; i < 3; i++) {
      calls[i]!.finish();
      await tick();
    }
    await Promise.all(pushed);
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3], [4, 5]]);
  });

  it("a failed write fails the items it held, and only those", async () => {
    const { calls, write } = heldWrites();
    const writer = new GroupWriter({ write });
    const state = watch([writer.push(1), writer.push(2), writer.push(3)]);
    calls[0]!.finish();
    await tick();
    calls[1]!.finish(new Error("run stopped"));
    await tick();
    expect(state).toEqual(["written", "failed: run stopped", "failed: run stopped"]);
    const later = watch([writer.push(4)]);
    calls[2]!.finish();
    await tick();
    expect(later).toEqual(["written"]);
  });
});
