/**
 * The organisation graph held in memory: who lies under whom (parent_id)
 * and which kommuner an LPO covers. A membership's reach is computed from
 * it without a database round trip. Each snapshot is filed under the
 * database's graph stamp (see migration 0012: a random id per database and
 * a counter that triggers bump on every change), which the token and
 * session queries read in the same round trip; a stamp never seen before
 * loads the graph again, so a change is seen by the very next request.
 */
import type { Db } from '../../db/connect.ts';
import { GRAPH_STAMP, graphRows } from './queries/graph.ts';

export { GRAPH_STAMP };

export type Reach = ReadonlySet<string> | 'all';

interface GraphSnapshot {
  kinds: Map<string, string>;
  edges: Map<string, string[]>;
  reach: Map<string, Reach>;
}

const KEEP = 16;
const snapshots = new Map<string, GraphSnapshot>();

async function loadGraph(db: Db): Promise<{ stamp: string; graph: GraphSnapshot }> {
  const row = await graphRows(db);
  const kinds = new Map<string, string>();
  const edges = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = edges.get(from);
    if (list) list.push(to);
    else edges.set(from, [to]);
  };
  for (const [id, parent, kind] of row.orgs) {
    kinds.set(id, kind);
    if (parent) link(parent, id);
  }
  for (const [org, covered] of row.coverage) link(org, covered);
  return { stamp: row.stamp, graph: { kinds, edges, reach: new Map() } };
}

async function graphAt(db: Db, stamp: string | null): Promise<GraphSnapshot> {
  const known = stamp ? snapshots.get(stamp) : undefined;
  if (known) return known;
  const loaded = await loadGraph(db);
  if (snapshots.size >= KEEP) snapshots.delete(snapshots.keys().next().value!);
  snapshots.set(loaded.stamp, loaded.graph);
  return loaded.graph;
}

function reachIn(graph: GraphSnapshot, root: string): Reach | undefined {
  const kind = graph.kinds.get(root);
  if (!kind) return undefined;
  if (kind === 'platform') return 'all';
  let reach = graph.reach.get(root);
  if (!reach) {
    const seen = new Set([root]);
    const queue = [root];
    while (queue.length) {
      for (const next of graph.edges.get(queue.pop()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    reach = seen;
    graph.reach.set(root, reach);
  }
  return reach;
}

/**
 * The organisations each of `ids` reaches: itself, what lies under it and
 * what it covers, transitively; a platform reaches all. Unknown ids are
 * left out. `stamp` is the graph stamp read together with the question.
 */
export async function reachOfMany(db: Db, ids: string[], stamp: string | null): Promise<Map<string, Reach>> {
  const out = new Map<string, Reach>();
  if (!ids.length) return out;
  const graph = await graphAt(db, stamp);
  for (const id of ids) {
    const reach = reachIn(graph, id);
    if (reach) out.set(id, reach);
  }
  return out;
}
