/**
 * A feature as the server knows it, declared in one manifest per feature
 * (`src/server/<feature>/feature.ts`, listed in `src/server/features.ts`):
 * its route modules, the actions of the rules table it brings and its
 * migrations. `buildApp` registers the routes from the list;
 * `test/architecture/features.test.ts` checks the manifests against the
 * rules table, the migrations and the route modules in src/server.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../app/deps.ts';
import { ACTIONS, type Action } from '../domain/access/permissions.ts';

/** A route module: registers its routes on the scope it is given. */
export type RoutePlugin = (scope: FastifyInstance, deps: Deps) => Promise<void>;

/** What an action is about: the part before the dot ('promise' in 'promise.write'). */
type SubjectOf<A> = A extends `${infer S}.${string}` ? S : never;
export type ActionSubject = SubjectOf<Action>;

/** The actions of the rules table about these subjects, as a manifest lists the actions it brings. */
export function actionsOn(...subjects: ActionSubject[]): Action[] {
  return ACTIONS.filter((a) => subjects.some((s) => a.startsWith(`${s}.`)));
}

export interface ServerFeature {
  /** The feature's folder under src/server/. */
  name: string;
  /** Its route modules, each registered in a scope of its own, in this order. */
  routes: readonly RoutePlugin[];
  /** The actions it brings to the rules table (src/domain/access/permissions.ts, where roles get them). */
  actions: readonly Action[];
  /** Its migrations, by their names in src/db/migrations/index.ts. */
  migrations: readonly string[];
}
