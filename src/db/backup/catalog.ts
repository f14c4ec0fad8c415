/**
 * What a backup reads from the database's own catalog: the tables of the
 * public schema, their columns and primary keys, the order their foreign
 * keys need, and the sequences behind identity and serial columns. Read
 * from pg_catalog, so a table added by a later migration is backed up
 * without a change here.
 */
import { sql, type Kysely } from 'kysely';

export interface CatalogColumn {
  name: string;
  /** The type as PostgreSQL writes it (format_type), used to cast the stored text back. */
  type: string;
  /** GENERATED ALWAYS AS IDENTITY: an insert of its value needs OVERRIDING SYSTEM VALUE. */
  identityAlways: boolean;
}

export interface CatalogTable {
  name: string;
  /** Columns that hold data (generated columns are left out: the database computes them again). */
  columns: CatalogColumn[];
  primaryKey: string[];
  /** A column referring to this same table (organisations.parent_id): parents are written before children. */
  selfReference: { column: string; references: string } | null;
}

/**
 * Tables a backup leaves out, and why:
 * kysely_migration(_lock) are written by the migrations that build the schema;
 * organisation_graph_version is a per-database stamp (a random id and a counter) that the restored database makes anew;
 * progress_cache and public_page_cache are caches, refilled on the first read.
 */
export const NOT_BACKED_UP = [
  'kysely_migration',
  'kysely_migration_lock',
  'organisation_graph_version',
  'progress_cache',
  'public_page_cache',
] as const;

type AnyDb = Kysely<any>;

export async function hasTable(db: AnyDb, name: string): Promise<boolean> {
  const r = await sql<{ found: boolean }>`select to_regclass(${`public.${name}`}) is not null as found`.execute(db);
  return Boolean(r.rows[0]?.found);
}

/** Every table of the public schema, in an order that satisfies the foreign keys (referred tables first). */
export async function readCatalog(db: AnyDb): Promise<CatalogTable[]> {
  const cols = await sql<{ table: string; name: string; type: string; identity: string; generated: string }>`
    select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
           a.attidentity::text as identity, a.attgenerated::text as generated
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname, a.attnum`.execute(db);
  const keys = await sql<{ table: string; kind: string; columns: string[]; ref: string | null; refColumns: string[] }>`
    select c.relname as table, con.contype::text as kind,
      array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i) as columns,
      r.relname as ref,
      array(select a.attname::text from unnest(con.confkey) with ordinality k(n, i)
            join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i) as "refColumns"
    from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
    left join pg_class r on r.oid = con.confrelid
    where n.nspname = 'public' and con.contype in ('p', 'f')`.execute(db);
  const tables = new Map<string, CatalogTable>();
  for (const c of cols.rows) {
    let t = tables.get(c.table);
    if (!t) tables.set(c.table, (t = { name: c.table, columns: [], primaryKey: [], selfReference: null }));
    if (c.generated !== '') continue;
    t.columns.push({ name: c.name, type: c.type, identityAlways: c.identity === 'a' });
  }
  const refers = new Map<string, Set<string>>();
  for (const k of keys.rows) {
    const t = tables.get(k.table);
    if (!t) continue;
    if (k.kind === 'p') t.primaryKey = k.columns;
    else if (k.ref === k.table) {
      if (t.selfReference || k.columns.length !== 1)
        throw new Error(`Tabellen ${k.table} refererar till sig själv på ett sätt som inte stöds`);
      t.selfReference = { column: k.columns[0]!, references: k.refColumns[0]! };
    } else if (k.ref) {
      let set = refers.get(k.table);
      if (!set) refers.set(k.table, (set = new Set()));
      set.add(k.ref);
    }
  }
  return dependencyOrder([...tables.values()], refers);
}

function dependencyOrder(tables: CatalogTable[], refers: Map<string, Set<string>>): CatalogTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: CatalogTable[] = [];
  const visit = (name: string) => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new Error(`Främmande nycklar i en cirkel genom tabellen ${name}`);
    visiting.add(name);
    for (const ref of [...(refers.get(name) ?? [])].sort()) if (byName.has(ref)) visit(ref);
    visiting.delete(name);
    done.add(name);
    out.push(byName.get(name)!);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t.name);
  return out;
}

export interface SequenceValue {
  table: string;
  column: string;
  /** The sequence's last value as text (bigint), and whether it was used (nextval returns the next one). */
  value: string;
  called: boolean;
}

/** The sequences behind serial and identity columns, with their current values. */
export async function readSequences(db: AnyDb): Promise<SequenceValue[]> {
  const owned = await sql<{ seq: string; table: string; column: string }>`
    select s.relname as seq, t.relname as table, a.attname as column
    from pg_depend d join pg_class s on s.oid = d.objid and s.relkind = 'S'
    join pg_class t on t.oid = d.refobjid join pg_namespace n on n.oid = t.relnamespace
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where n.nspname = 'public' and d.deptype in ('a', 'i')
    order by t.relname, a.attname`.execute(db);
  const out: SequenceValue[] = [];
  for (const o of owned.rows) {
    const v = await sql<{ value: string; called: boolean }>`
      select last_value::text as value, is_called as called from ${sql.table(o.seq)}`.execute(db);
    out.push({ table: o.table, column: o.column, value: v.rows[0]!.value, called: v.rows[0]!.called });
  }
  return out;
}

/** The progress sums a copy must carry over unchanged: per promise set, the activities' and the pieces' quantities. */
export type ProgressSums = Record<string, { activities: string; pieces: string }>;

export async function readProgressSums(db: AnyDb): Promise<ProgressSums> {
  if (!(await hasTable(db, 'activities'))) return {};
  const r = await sql<{ set: string; activities: string | null; pieces: string | null }>`
    select s.id::text as set,
      (select sum(quantity)::text from activities a where a.promise_set_id = s.id) as activities,
      (select sum(quantity)::text from activity_pieces p where p.promise_set_id = s.id) as pieces
    from promise_sets s order by s.id`.execute(db);
  const out: ProgressSums = {};
  for (const row of r.rows) out[row.set] = { activities: row.activities ?? '0', pieces: row.pieces ?? '0' };
  return out;
}
