// Group commit for a job's results: each producer waits until its own result is written, but
// results that arrive while one write runs go out together in the next. With several batches in
// flight, a job is then bound by its upstream's rate, not by one transaction per result (bulk
// metrics at 10 batches/s on a busy PGlite), and a producer still learns at once that its write
// failed (a cancelled run stops before fetching its next batch).

export interface GroupWriterOptions<T> {
  /** Writes the items in arrival order, in one go (one transaction). */
  write: (items: T[]) => Promise<void>;
  /** Most items in one write, so one statement stays far below PostgreSQL's parameter limit. */
  maxGroup?: number;
}

interface Waiting<T> {
  item: T;
  written: () => void;
  failed: (error: unknown) => void;
}

export class GroupWriter<T> {
  readonly #write: (items: T[]) => Promise<void>;
  readonly #maxGroup: number;
  #waiting: Waiting<T>[] = [];
  #writing = false;

  constructor(options: GroupWriterOptions<T>) {
    this.#write = options.write;
    this.#maxGroup = options.maxGroup ?? 20;
  }

  /** Resolves once the item is written; rejects with the error of the write that held it. */
  push(item: T): Promise<void> {
    return new Promise<void>((written, failed) => {
      this.#waiting.push({ item, written, failed });
      if (!this.#writing) void this.#loop();
    });
  }

  async #loop(): Promise<void> {
    this.#writing = true;
    try {
      while (this.#waiting.length > 0) {
        const group = this.#waiting.splice(0, this.#maxGroup);
        try {
          await this.#write(group.map((w) => w.item));
          for (const w of group) w.written();
        } catch (error) {
          for (const w of group) w.failed(error);
        }
      }
    } finally {
      this.#writing = false;
    }
  }
}
