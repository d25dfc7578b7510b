import { describe, expect, it } from "vitest";
import {
  clearCheckpoint,
  exportTargetKey,
  readCheckpoint,
  saveCheckpoint,
} from "./export-checkpoint";

function memoryStore() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const target = exportTargetKey({
  slug: "acme",
  domain: "example.com",
  sort: "trust_flow",
  dofollow: false,
});

describe("export checkpoint", () => {
  it("remembers how far an export got, for the same export only", () => {
    const store = memoryStore();
    saveCheckpoint(store, { target, done: 1000, total: 5000 });
    expect(readCheckpoint(store, target)).toEqual({ target, done: 1000, total: 5000 });
    const other = exportTargetKey({
      slug: "acme",
      domain: "example.com",
      sort: "trust_flow",
      dofollow: true,
    });
    expect(readCheckpoint(store, other)).toBeNull();
    clearCheckpoint(store);
    expect(readCheckpoint(store, target)).toBeNull();
  });

  it("ignores a finished, empty or garbled checkpoint", () => {
    const store = memoryStore();
    saveCheckpoint(store, { target, done: 5000, total: 5000 });
    expect(readCheckpoint(store, target)).toBeNull();
    saveCheckpoint(store, { target, done: 0, total: 0 });
    expect(readCheckpoint(store, target)).toBeNull();
    store.data.set("backlinks-export-checkpoint", "{not json");
    expect(readCheckpoint(store, target)).toBeNull();
    store.data.set("backlinks-export-checkpoint", JSON.stringify({ target, done: "1", total: 9 }));
    expect(readCheckpoint(store, target)).toBeNull();
  });

  it("never throws when storage refuses", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    expect(() => saveCheckpoint(broken, { target, done: 1, total: 2 })).not.toThrow();
    expect(() => clearCheckpoint(broken)).not.toThrow();
    expect(readCheckpoint(broken, target)).toBeNull();
  });
});
