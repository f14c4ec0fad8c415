import { describe, expect, it } from 'vitest';
import { Kysely, PostgresDialect } from 'kysely';
import { AccessChanges, changesAccess } from './access-changes.ts';
import { touchTokenQuery } from '../app/auth/tokens.ts';
import { touchSessionQuery } from '../app/auth/auth.ts';

// Compiles only; never connects.
const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: {} as never }) });

describe('which statements change access', () => {
  it('counts every write to users, memberships, organisations and coverage, from the query builder or raw SQL', () => {
    expect(
      changesAccess(
        db.insertInto('memberships').values({ user_id: 'u', organisation_id: 'o', role: 'reader' }).compile().sql,
      ),
    ).toBe(true);
    expect(
      changesAccess(db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', 'u').compile().sql),
    ).toBe(true);
    expect(changesAccess(db.deleteFrom('organisation_coverage').where('organisation_id', '=', 'o').compile().sql)).toBe(
      true,
    );
    expect(changesAccess('with x as (select 1) update organisations set parent_id = $1 where id = $2')).toBe(true);
    expect(changesAccess('TRUNCATE memberships')).toBe(true);
  });

  it('counts revoking a token and ending a session, not creating them or recording their use', () => {
    expect(
      changesAccess(db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', 't').compile().sql),
    ).toBe(true);
    expect(changesAccess(db.deleteFrom('sessions').where('id_hash', '=', 'h').compile().sql)).toBe(true);
    expect(changesAccess(db.insertInto('sessions').values({ id_hash: 'h', user_id: 'u' }).compile().sql)).toBe(false);
    expect(changesAccess(db.insertInto('api_tokens').values({ name: 'n' }).compile().sql)).toBe(false);
    expect(changesAccess(touchTokenQuery(db, 't', new Date()).compile().sql)).toBe(false);
    expect(changesAccess(touchSessionQuery(db, 'h', new Date()).compile().sql)).toBe(false);
  });

  it('ignores reads and writes to other tables, even ones whose names begin the same', () => {
    expect(changesAccess(db.selectFrom('users').selectAll().compile().sql)).toBe(false);
    expect(changesAccess(db.insertInto('activities').values({ note: 'update users' }).compile().sql)).toBe(false);
    expect(changesAccess('insert into "users_archive" (id) values ($1)')).toBe(false);
    expect(changesAccess('update organisations_log set x = 1')).toBe(false);
  });
});

describe('the change counter', () => {
  it('is unsettled while a transaction that changes access is open, and moves when it ends', () => {
    const changes = new AccessChanges(true);
    const v = changes.version;
    expect(changes.settled).toBe(true);
    changes.writing();
    expect(changes.settled).toBe(false);
    changes.written();
    expect(changes.settled).toBe(true);
    expect(changes.version).toBeGreaterThan(v);
  });

  it('is unsettled while it cannot hear other processes, and moves when it can again', () => {
    const changes = new AccessChanges(false);
    expect(changes.settled).toBe(false);
    const v = changes.version;
    changes.listening(true);
    expect(changes.settled).toBe(true);
    expect(changes.version).toBeGreaterThan(v);
  });
});
