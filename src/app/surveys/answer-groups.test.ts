import { describe, expect, it } from 'vitest';
import { grouping } from './answer-groups.ts';

/** A run that holds every call until released, recording the groups it was given. */
function heldRun() {
  const groups: string[][] = [];
  const pending: { group: string[]; release: (fail?: Error) => void }[] = [];
  const run = (group: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      groups.push(group);
      pending.push({ group, release: (fail) => (fail ? reject(fail) : resolve(group.map((g) => `${g}!`))) });
    });
  return { run, groups, pending };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('answers grouped for the database', () => {
  it('sends an answer at once when its survey has a call free, and answers that arrive meanwhile together', async () => {
    const held = heldRun();
    const take = grouping({ run: held.run, calls: 2, maxGroup: 50 });
    const results = ['a', 'b', 'c', 'd', 'e'].map((x) => take('s1', x));
    await tick();
    expect(held.groups).toEqual([['a'], ['b']]);
    held.pending[0]!.release();
    await tick();
    expect(held.groups).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
    held.pending[1]!.release();
    held.pending[2]!.release();
    expect(await Promise.all(results)).toEqual(['a!', 'b!', 'c!', 'd!', 'e!']);
  });

  it('keeps surveys apart, and a group no larger than its limit', async () => {
    const held = heldRun();
    const take = grouping({ run: held.run, calls: 1, maxGroup: 2 });
    const results = [take('s1', 'a'), take('s2', 'x'), take('s1', 'b'), take('s1', 'c'), take('s1', 'd')];
    await tick();
    expect(held.groups).toEqual([['a'], ['x']]);
    held.pending[0]!.release();
    await tick();
    expect(held.groups.slice(2)).toEqual([['b', 'c']]);
    held.pending[2]!.release();
    await tick();
    expect(held.groups.slice(3)).toEqual([['d']]);
    held.pending[3]!.release();
    held.pending[1]!.release();
    expect(await Promise.all(results)).toEqual(['a!', 'x!', 'b!', 'c!', 'd!']);
  });

  it('fails every answer of a failed call, and only those', async () => {
    const held = heldRun();
    const take = grouping({ run: held.run, calls: 1, maxGroup: 50 });
    const first = take('s1', 'a');
    const later = [take('s1', 'b'), take('s1', 'c')];
    await tick();
    held.pending[0]!.release(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await tick();
    expect(held.groups).toEqual([['a'], ['b', 'c']]);
    held.pending[1]!.release();
    expect(await Promise.all(later)).toEqual(['b!', 'c!']);
    // The survey's lane is free again: the next answer goes at once.
    const next = take('s1', 'd');
    await tick();
    expect(held.groups.at(-1)).toEqual(['d']);
    held.pending[2]!.release();
    expect(await next).toBe('d!');
  });
});
