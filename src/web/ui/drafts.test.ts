import { describe, expect, it } from 'vitest';
import { clearDraft, DRAFT_DAYS, draftStorageKey, pruneDrafts, readDraft, sameData, writeDraft } from './drafts.ts';

/** localStorage's contract, in memory. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
}

const isTexts = (d: unknown): d is { summary: string } =>
  typeof d === 'object' && d !== null && typeof (d as { summary?: unknown }).summary === 'string';
const key = { userId: 'u1', form: 'follow-up', record: 'f1' };
const now = new Date('2026-12-03T08:00:00Z');

describe('drafts of long forms', () => {
  it('gives back what was written, with the time it was written', () => {
    const store = new MemoryStorage();
    writeDraft(store, key, { summary: 'Halvvägs skriven text' }, now);
    expect(readDraft(store, key, isTexts, now)).toEqual({
      savedAt: '2026-12-03T08:00:00.000Z',
      data: { summary: 'Halvvägs skriven text' },
    });
  });

  it("keeps each user's, form's and record's draft apart", () => {
    const store = new MemoryStorage();
    writeDraft(store, key, { summary: 'min' }, now);
    expect(readDraft(store, { ...key, userId: 'u2' }, isTexts, now)).toBeNull();
    expect(readDraft(store, { ...key, record: 'f2' }, isTexts, now)).toBeNull();
    expect(readDraft(store, { ...key, form: 'dialogue' }, isTexts, now)).toBeNull();
    expect(draftStorageKey({ userId: 'a:b', form: 'x', record: 'y' })).not.toBe(
      draftStorageKey({ userId: 'a', form: 'b:x', record: 'y' }),
    );
  });

  it('is gone once cleared (the form was saved or the draft discarded)', () => {
    const store = new MemoryStorage();
    writeDraft(store, key, { summary: 'x' }, now);
    clearDraft(store, key);
    expect(readDraft(store, key, isTexts, now)).toBeNull();
    expect(store.length).toBe(0);
  });

  it('drops a draft of another shape, an unreadable one and one too old', () => {
    const store = new MemoryStorage();
    store.setItem(draftStorageKey(key), '{"savedAt":"2026-12-01T00:00:00Z","data":{"text":1}}');
    expect(readDraft(store, key, isTexts, now)).toBeNull();
    store.setItem(draftStorageKey(key), '{not json');
    expect(readDraft(store, key, isTexts, now)).toBeNull();
    writeDraft(store, key, { summary: 'gammal' }, new Date(now.getTime() - (DRAFT_DAYS + 1) * 86_400_000));
    expect(readDraft(store, key, isTexts, now)).toBeNull();
    expect(store.length).toBe(0);
  });

  it('prunes old drafts of every user and leaves other keys and fresh drafts alone', () => {
    const store = new MemoryStorage();
    store.setItem('lofte.lang', 'en');
    writeDraft(store, { ...key, userId: 'u2' }, { summary: 'old' }, new Date('2026-01-01T00:00:00Z'));
    writeDraft(store, key, { summary: 'fresh' }, now);
    pruneDrafts(store, now);
    expect(store.getItem('lofte.lang')).toBe('en');
    expect(store.length).toBe(2);
    expect(readDraft(store, key, isTexts, now)?.data.summary).toBe('fresh');
  });

  it('a full storage means no draft, not a broken form', () => {
    const store = new MemoryStorage();
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => writeDraft(store, key, { summary: 'x' }, now)).not.toThrow();
    expect(readDraft(store, key, isTexts, now)).toBeNull();
  });

  it('compares form states by their data', () => {
    expect(sameData({ a: ['x'], b: '' }, { a: ['x'], b: '' })).toBe(true);
    expect(sameData({ a: ['x'] }, { a: ['y'] })).toBe(false);
  });
});
