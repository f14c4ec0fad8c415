import { sql, type Kysely } from 'kysely';

/**
 * Activities summed per commitment into pieces no bucket boundary can cut
 * (one ISO week ∩ one calendar month; one day for `per: day` targets), kept
 * up to date with every change so progress reads a few rows per month
 * instead of every activity. Only activities inside the set's period count.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('activity_pieces')
    .addColumn('commitment_id', 'uuid', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('piece_start', 'date', (c) => c.notNull())
    .addColumn('promise_set_id', 'uuid', (c) => c.notNull().references('promise_sets.id').onDelete('cascade'))
    .addColumn('quantity', 'numeric', (c) => c.notNull())
    .addColumn('part', 'numeric')
    .addColumn('whole', 'numeric')
    .addColumn('last_date', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_pieces_pk', ['commitment_id', 'piece_start'])
    .execute();
  await db.schema.createIndex('activity_pieces_set_idx').on('activity_pieces').columns(['promise_set_id', 'piece_start']).execute();
  await sql`insert into activity_pieces (commitment_id, piece_start, promise_set_id, quantity, part, whole, last_date)
    select a.commitment_id,
      case when c.target->>'per' = 'day' then a.date else greatest(date_trunc('week', a.date)::date, date_trunc('month', a.date)::date) end,
      a.promise_set_id, sum(a.quantity), sum((a.outcomes->>'part')::numeric), sum((a.outcomes->>'whole')::numeric), max(a.date)
    from activities a join commitments c on c.id = a.commitment_id join promise_sets p on p.id = a.promise_set_id
    where (p.period_from is null or a.date >= p.period_from) and (p.period_to is null or a.date <= p.period_to)
    group by 1, 2, 3`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('activity_pieces').execute();
}
