import type { Deps } from '../deps.ts';
import { notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { diffPromiseDocuments, type Change } from '../../domain/promise-diff.ts';
import type { PromiseStatus } from '../../domain/promise-set.ts';
import type { StoredPromiseSet, VersionSummary } from '../../contracts/promises.ts';
import { getPromiseSet } from './promise-sets.ts';
import { versionDocument, versionRows } from './queries/sets.ts';

export type { VersionSummary } from '../../contracts/promises.ts';

export async function listVersions(deps: Deps, actor: Actor, id: string): Promise<VersionSummary[]> {
  await getPromiseSet(deps, actor, id);
  const rows = await versionRows(deps.db, id);
  return rows.map((r) => ({
    version: r.version,
    status: r.status as PromiseStatus,
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
  }));
}

/** The set as it was stored at that version (each snapshot is a whole stored set). */
export async function getVersion(deps: Deps, actor: Actor, id: string, version: number): Promise<StoredPromiseSet> {
  await getPromiseSet(deps, actor, id);
  const row = await versionDocument(deps.db, id, version);
  if (!row) throw notFound(`Version ${version}`, `Version ${version}`);
  return row.document as unknown as StoredPromiseSet;
}

export async function diffVersions(deps: Deps, actor: Actor, id: string, from: number, to: number): Promise<Change[]> {
  const [a, b] = [await getVersion(deps, actor, id, from), await getVersion(deps, actor, id, to)];
  return diffPromiseDocuments(a, b);
}
