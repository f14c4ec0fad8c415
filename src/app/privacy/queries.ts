/**
 * The SQL of personal-data handling: a kommun's settings, what is stored
 * about one person, the pseudonym written over their name and e-mail, and
 * the retention the daily job applies. The rules and the audit stay in the
 * use cases beside this file.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

// ---- settings ----

export function municipality(db: Db, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'code'])
    .where('id', '=', id)
    .where('kind', '=', 'municipality')
    .executeTakeFirst();
}

export function settingsRow(db: Db, organisationId: string) {
  return db.selectFrom('privacy_settings').selectAll().where('organisation_id', '=', organisationId).executeTakeFirst();
}

export function allSettingsRows(db: Db) {
  return db.selectFrom('privacy_settings').selectAll().execute();
}

export async function upsertSettings(
  trx: Db,
  row: {
    organisation_id: string;
    survey_text_months: number;
    login_months: number;
    audit_months: number;
    controller: string;
    dpo_contact: string;
    updated_at: Date;
  },
): Promise<void> {
  const { organisation_id: _id, ...rest } = row;
  await trx
    .insertInto('privacy_settings')
    .values(row)
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(rest))
    .execute();
}

// ---- one person ----

export function personRow(db: Db, id: string) {
  return db
    .selectFrom('users')
    .select([
      'id',
      'email',
      'name',
      'locale',
      'oidc_subject',
      'password_hash',
      'disabled_at',
      'erased_at',
      'notify_reminders',
      'notify_digest',
      'created_at',
      'updated_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function personMemberships(db: Db, userId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.id', 'm.organisation_id', 'o.name as organisation_name', 'm.role', 'm.created_at'])
    .where('m.user_id', '=', userId)
    .orderBy('o.name')
    .execute();
}

export function personSessions(db: Db, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['created_at', 'last_seen_at', 'expires_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

export function personTokens(db: Db, userId: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select(['t.id', 't.name', 't.token_prefix', 't.role', 'o.name as organisation_name', 't.created_at'])
    .select(['t.revoked_at', 't.last_used_at'])
    .where('t.created_by', '=', userId)
    .orderBy('t.created_at')
    .execute();
}

/** Audit entries the person made (as actor) or that are about their account. */
export function personAudit(db: Db, userId: string) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where((eb) =>
      eb.or([eb('actor_user_id', '=', userId), eb.and([eb('entity_type', '=', 'user'), eb('entity_id', '=', userId)])]),
    )
    .orderBy('id')
    .execute();
}

/** The e-mail addresses the account had, from its own audit entries (user.create, user.update). */
export async function pastEmails(db: Db, userId: string): Promise<string[]> {
  const rows = await sql<{ email: string }>`
    select distinct v.email from audit_log a,
      lateral (select a.before ->> 'email' as email union select a.after ->> 'email') v
    where a.entity_type = 'user' and a.entity_id = ${userId} and v.email is not null`.execute(db);
  return rows.rows.map((r) => r.email);
}

/** The actor labels the person's changes were recorded under ("Namn <e-post>"). */
export async function pastLabels(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('actor_label')
    .distinct()
    .where('actor_user_id', '=', userId)
    .execute();
  return rows.map((r) => r.actor_label);
}

/** Text columns that hold an actor's label, as written when the row was made. */
export const LABEL_COLUMNS = [
  ['promise_set_versions', 'created_by'],
  ['activities', 'created_by'],
  ['planned_activities', 'created_by'],
  ['surveys', 'created_by'],
  ['dialogues', 'created_by'],
  ['police_notes', 'created_by'],
  ['outside_survey_imports', 'imported_by'],
] as const;

/** Replaces each of `labels` by `pseudonym` in every label column; the number of rows changed per table. */
export async function pseudonymiseLabels(
  trx: Db,
  labels: string[],
  pseudonym: string,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [table, column] of LABEL_COLUMNS) {
    const r = await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${pseudonym}
      where ${sql.ref(column)} = any(${labels}::text[])`.execute(trx);
    out[`${table}.${column}`] = Number(r.numAffectedRows ?? 0n);
  }
  return out;
}

/**
 * A string value as it reads inside jsonb text, quotes included: only a
 * whole value matches, so "bo@kalix.se" never touches "lillebo@kalix.se".
 */
const inJson = (s: string) => JSON.stringify(s);

/** Writes `pseudonym` over each of `texts` (labels, e-mail addresses) where one is a whole string value in a jsonb column. */
function replaceAll(column: string, texts: string[], pseudonym: (text: string) => string) {
  let expr = sql`${sql.ref(column)}::text`;
  for (const t of texts) expr = sql`replace(${expr}, ${inJson(t)}, ${inJson(pseudonym(t))})`;
  return sql`(${expr})::jsonb`;
}

const nameJson = (name: string) => sql`jsonb_build_object('name', ${name}::text)`;

function mentions(column: string, texts: string[]) {
  return sql.join(
    texts.map((t) => sql`strpos(${sql.ref(column)}::text, ${inJson(t)}) > 0`),
    sql` or `,
  );
}

/**
 * Audit entries: the person's own entries get the pseudonym as actor; the
 * snapshots of every entry (their account's, memberships', any that
 * copied their label or address) get it in place of the label and e-mail.
 */
export async function pseudonymiseAudit(
  trx: Db,
  userId: string,
  texts: string[],
  pseudonym: (text: string) => string,
): Promise<number> {
  const actor = await trx
    .updateTable('audit_log')
    .set({ actor_label: pseudonym('') })
    .where('actor_user_id', '=', userId)
    .executeTakeFirst();
  const snapshots = await sql`update audit_log set
      before = case when before is null then null else ${replaceAll('before', texts, pseudonym)} end,
      after = case when after is null then null else ${replaceAll('after', texts, pseudonym)} end
    where ${mentions('before', texts)} or ${mentions('after', texts)}`.execute(trx);
  // The account's own snapshots hold its name as a bare value ({ name: 'Bo' }), matched by key, not by text.
  const names = nameJson(pseudonym(''));
  const own = await sql`update audit_log set
      before = case when before ? 'name' then before || ${names} else before end,
      after = case when after ? 'name' then after || ${names} else after end
    where entity_type = 'user' and entity_id = ${userId}`.execute(trx);
  return Number(actor.numUpdatedRows) + Number(snapshots.numAffectedRows ?? 0n) + Number(own.numAffectedRows ?? 0n);
}

/** Follow-ups' reviews and approvals name who did them by label. */
export async function pseudonymiseFollowUps(
  trx: Db,
  texts: string[],
  pseudonym: (text: string) => string,
): Promise<number> {
  const r = await sql`update follow_ups set
      reviews = ${replaceAll('reviews', texts, pseudonym)},
      approvals = ${replaceAll('approvals', texts, pseudonym)}
    where ${mentions('reviews', texts)} or ${mentions('approvals', texts)}`.execute(trx);
  return Number(r.numAffectedRows ?? 0n);
}

/** A commitment's owner may name the person by e-mail (reminders go there). */
export async function pseudonymiseOwners(trx: Db, emails: string[], pseudonym: string): Promise<number> {
  const r = await sql`update commitments set owner = ${pseudonym}
    where lower(trim(owner)) = any(${emails}::text[])`.execute(trx);
  return Number(r.numAffectedRows ?? 0n);
}

export async function removeAccess(trx: Db, userId: string, at: Date) {
  const sessions = await trx.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  await trx.deleteFrom('password_resets').where('user_id', '=', userId).execute();
  const memberships = await trx.deleteFrom('memberships').where('user_id', '=', userId).executeTakeFirst();
  const tokens = await trx
    .updateTable('api_tokens')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', sql<Date>`${at}`), created_by: null }))
    .where('created_by', '=', userId)
    .executeTakeFirst();
  return {
    sessions: Number(sessions.numDeletedRows),
    memberships: Number(memberships.numDeletedRows),
    tokens: Number(tokens.numUpdatedRows),
  };
}

export async function eraseUserRow(trx: Db, userId: string, name: string, email: string, at: Date): Promise<void> {
  await trx
    .updateTable('users')
    .set({
      name,
      email,
      password_hash: null,
      oidc_subject: null,
      notify_reminders: false,
      notify_digest: false,
      disabled_at: at,
      erased_at: at,
      updated_at: at,
    })
    .where('id', '=', userId)
    .execute();
}

/** How many rows of each label column carry one of `labels`. */
export async function countLabels(db: Db, labels: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  if (!labels.length) return out;
  for (const [table, column] of LABEL_COLUMNS) {
    const r = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}
      where ${sql.ref(column)} = any(${labels}::text[])`.execute(db);
    const n = Number(r.rows[0]?.n ?? 0);
    if (n) out[`${table}.${column}`] = n;
  }
  return out;
}

// ---- retention (the daily job) ----

/** Some organisations, or every one but these. */
export type Scope = { in: string[] } | { notIn: string[] };

const within = (column: string, scope: Scope) =>
  'in' in scope
    ? sql`${sql.ref(column)} = any(${scope.in}::uuid[])`
    : sql`not (${sql.ref(column)} = any(${scope.notIn}::uuid[]))`;

/**
 * Takes the text answers out of the answers of the surveys of the kommuner
 * in `scope` that closed before `before` (the day a survey closed: when it
 * was closed, or the day after its last day, whichever came first). Ticked
 * answers stay.
 */
export async function blankSurveyText(db: Db, kommuner: Scope, before: Date): Promise<number> {
  const r = await sql`update survey_responses r set answers = r.answers - t.ids
    from (
      select s.id, array(select q ->> 'id' from jsonb_array_elements(s.questions) q where q ->> 'kind' = 'text') as ids
      from surveys s
      where ${within('s.municipality_id', kommuner)}
        and least(s.closed_at, (s.closes_on + 1)::timestamptz) < ${before}
    ) t
    where r.survey_id = t.id and cardinality(t.ids) > 0 and r.answers ?| t.ids`.execute(db);
  return Number(r.numAffectedRows ?? 0n);
}

/**
 * Sessions (login records) begun before `before`: with `in`, of members of
 * those organisations; with `notIn`, of everyone with a membership elsewhere
 * or none at all (so the shorter period wins for a person in both).
 */
export async function deleteSessions(db: Db, before: Date, organisations: Scope): Promise<number> {
  const who =
    'in' in organisations
      ? sql`user_id in (select user_id from memberships where ${within('organisation_id', organisations)})`
      : sql`(user_id in (select user_id from memberships where ${within('organisation_id', organisations)})
          or user_id not in (select user_id from memberships))`;
  const r = await sql`delete from sessions where created_at < ${before} and ${who}`.execute(db);
  return Number(r.numAffectedRows ?? 0n);
}

/** Audit entries before `before` of `organisations`, or with notIn of every other (and of none). */
export async function deleteAudit(db: Db, before: Date, organisations: Scope): Promise<number> {
  let q = db.deleteFrom('audit_log').where('at', '<', before);
  if ('in' in organisations) {
    if (!organisations.in.length) return 0;
    q = q.where('organisation_id', 'in', organisations.in);
  } else if (organisations.notIn.length) {
    const notIn = organisations.notIn;
    q = q.where((eb) => eb.or([eb('organisation_id', 'is', null), eb('organisation_id', 'not in', notIn)]));
  }
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows);
}
