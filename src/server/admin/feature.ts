/**
 * Administration: organisations and their reach, users, memberships, API
 * tokens and the audit log. Its first migration also holds the sign-in
 * tables (sessions, password links, OIDC states, rate limits).
 */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { organisationRoutes } from './organisations.ts';
import { userRoutes } from './users.ts';
import { tokenAndAuditRoutes } from './tokens-audit.ts';

export const adminFeature: ServerFeature = {
  name: 'admin',
  routes: [organisationRoutes, userRoutes, tokenAndAuditRoutes],
  actions: actionsOn('organisation', 'user', 'membership', 'token', 'audit'),
  migrations: ['0001_foundation', '0017_access_change_notify', '0018_audit_log_indexes'],
};
