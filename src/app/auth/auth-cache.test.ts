import { describe, expect, it } from 'vitest';
import { AccessChanges } from '../../db/access-changes.ts';
import { HeldActors } from './auth-cache.ts';

describe('held actors', () => {
  it('gives back what was kept while nothing changed, and nothing after a change', () => {
    const changes = new AccessChanges(true);
    const held = new HeldActors<string>(changes);
    held.keep('a', 'actor a', held.ticket());
    expect(held.get('a')).toBe('actor a');
    changes.changed();
    expect(held.get('a')).toBeUndefined();
  });

  it('does not keep what was read before a change that landed during the read', () => {
    const changes = new AccessChanges(true);
    const held = new HeldActors<string>(changes);
    const ticket = held.ticket();
    changes.changed();
    held.keep('a', 'old actor', ticket);
    expect(held.get('a')).toBeUndefined();
  });

  it('holds nothing while a change is being written or other processes cannot be heard', () => {
    const changes = new AccessChanges(true);
    const held = new HeldActors<string>(changes);
    held.keep('a', 'actor a', held.ticket());
    changes.writing();
    expect(held.get('a')).toBeUndefined();
    held.keep('b', 'actor b', held.ticket());
    changes.written();
    expect(held.get('b')).toBeUndefined();
    changes.listening(false);
    held.keep('c', 'actor c', held.ticket());
    expect(held.get('c')).toBeUndefined();
  });

  it('holds nothing without a change counter', () => {
    const held = new HeldActors<string>(null);
    held.keep('a', 'actor a', held.ticket());
    expect(held.get('a')).toBeUndefined();
  });
});
