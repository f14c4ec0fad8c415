import type { Deps } from '../deps.ts';
import { notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { diffPromiseDocuments, type Change } from '../../domain/promise-diff.ts';
import type { PromiseSetDocument } from '../../domain/promise-set.ts';
import { getPromiseSet } from './promise-sets.ts';

export interface VersionSummary {
  version: number;
  status: string;
  reason: string | null;
  createdBy: string;
  createdAt: string;
}

export async function listVersions(deps: Deps, actor: Actor, id: string): Promise<VersionSummary[]> {
  await getPromiseSet(deps, actor, id);
  const rows = await deps.db
    .selectFrom('promise_set_versions')
    .select(['version', 'status', 'reason', 'created_by', 'created_at'])
    .where('promise_set_id', '=', id)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    status: r.status,
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
  }));
}

export async function getVersion(deps: Deps, actor: Actor, id: string, version: number): Promise<PromiseSetDocument> {
  await getPromiseSet(deps, actor, id);
  const row = await deps.db
    .selectFrom('promise_set_versions')
    .select('document')
    .where('promise_set_id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw notFound(`Version ${version}`, `Version ${version}`);
  return row.document as unknown as PromiseSetDocument;
}

export async function diffVersions(deps: Deps, actor: Actor, id: string, from: number, to: number): Promise<Change[]> {
  const [a, b] = [await getVersion(deps, actor, id, from), await getVersion(deps, actor, id, to)];
  return diffPromiseDocuments(a, b);
}
