import { describe, expect, it } from 'vitest';
import { StoreError } from '../errors/errors.js';
import type { Session, Store } from '../store/Store.js';
import { GroupCommit } from './groupCommit.js';

/** A store whose transactions run their work on no session, each waiting for `gate` first. */
function fakeStore(gate: () => Promise<void>): Store {
  return {
    engine: 'duckdb',
    transaction: async (work: (session: Session) => Promise<unknown>) => {
      await gate();
      return work({} as Session);
    },
  } as unknown as Store;
}

const LIMITS = { weight: (item: number) => item, perCommit: 10_000, queued: 200_000, behind: (waiting: number) => `${waiting} waiting.` };

describe('group commit', () => {
  it('commits what queued meanwhile in batches of at most perCommit weight, never splitting an item', async () => {
    const committed: number[][] = [];
    const store = fakeStore(() => new Promise((resolve) => setTimeout(resolve, 5)));
    const commits = new GroupCommit<number, number>(
      store,
      async (_session, items) => {
        committed.push([...items]);
        return items.map((item) => ({ value: item * 2 }));
      },
      LIMITS,
    );
    const values = await Promise.all(Array.from({ length: 25 }, () => commits.write(1000)));
    expect(values.every((value) => value === 2000)).toBe(true);
    // The first item alone, then 10 + 10 + 4 items of weight 1,000.
    expect(committed.map((batch) => batch.length)).toEqual([1, 10, 10, 4]);
  });

  it('refuses an item at once when the backlog is full, and takes items again once it is written', async () => {
    let release: () => void = () => undefined;
    const store = fakeStore(() => new Promise<void>((resolve) => (release = resolve)));
    const commits = new GroupCommit<number, void>(store, async (_session, items) => items.map(() => ({ value: undefined })), LIMITS);
    const first = commits.write(1000);
    const waiting = Array.from({ length: 200 }, () => commits.write(1000));
    await expect(commits.write(1000)).rejects.toThrow(new StoreError('200000 waiting.'));
    for (let commit = 0; commit < 1 + 200_000 / 10_000; commit++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      release();
    }
    await Promise.all([first, ...waiting]);
    const after = commits.write(10);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await after;
  });

  it('refuses single items without failing their batch, and fails a whole batch when its transaction fails', async () => {
    let fail = false;
    const store = fakeStore(async () => {
      if (fail) throw new StoreError('disk full');
    });
    const commits = new GroupCommit<number, number>(
      store,
      async (_session, items) => items.map((item) => (item < 0 ? { error: new RangeError(`${item} is negative`) } : { value: item })),
      { ...LIMITS, weight: () => 1 },
    );
    const outcomes = await Promise.allSettled([commits.write(1), commits.write(-1), commits.write(2)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    fail = true;
    await expect(commits.write(3)).rejects.toThrow('disk full');
  });
});
