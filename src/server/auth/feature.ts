/** Sign-in: passwords, sessions, OIDC, password links and who is signed in (/me). */
import type { ServerFeature } from '../feature.ts';
import { authRoutes } from './routes.ts';
import { oidcRoutes } from './oidc-routes.ts';
import { meRoutes } from './me-routes.ts';

export const authFeature: ServerFeature = {
  name: 'auth',
  routes: [authRoutes, oidcRoutes, meRoutes],
  actions: [],
  migrations: [],
};
