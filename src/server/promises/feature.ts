/** Löften: promise sets, their versions and lifecycle, agreements, import and export. */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { promiseRoutes } from './routes.ts';

export const promisesFeature: ServerFeature = {
  name: 'promises',
  // promiseRoutes registers the agreement, import and export routes in its own scope.
  routes: [promiseRoutes],
  actions: actionsOn('promise'),
  migrations: ['0002_promises'],
};
