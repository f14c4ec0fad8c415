/**
 * Administration: organisations and their reach, users, memberships, API
 * tokens and the audit log. Its first migration also holds the sign-in
 * tables (sessions, password links, OIDC states, rate limits).
 */
import type { ServerFeature } from '../feature.ts';
import { organisationRoutes } from './organisations.ts';
import { userRoutes } from './users.ts';
import { tokenAndAuditRoutes } from './tokens-audit.ts';

export const adminFeature: ServerFeature = {
  name: 'admin',
  routes: [organisationRoutes, userRoutes, tokenAndAuditRoutes],
  actions: [
    'organisation.read',
    'organisation.create',
    'organisation.update',
    'user.read',
    'user.manage',
    'membership.manage',
    'token.manage',
    'audit.read',
  ],
  migrations: ['0001_foundation', '0017_access_change_notify', '0018_audit_log_indexes'],
};
