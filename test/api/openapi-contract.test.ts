/**
 * The OpenAPI description documents what every operation answers: a
 * success with its schema (or its media type for files and pages), and each
 * error status with the machine codes it can carry. The answers themselves
 * are checked against these schemas by every API test (CHECK_RESPONSES).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';

interface Operation {
  security?: unknown[];
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

let ctx: TestContext;
let operations: Array<{ name: string; op: Operation }>;

beforeAll(async () => {
  ctx = await startTestApp();
  const res = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
  const paths = res.json().paths as Record<string, Record<string, Operation>>;
  operations = Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );
});
afterAll(() => ctx.close());

describe('the OpenAPI description', () => {
  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it('documents a success with its schema or media type on every operation', () => {
    const missing = operations
      .filter(({ op }) => {
        const ok = Object.entries(op.responses ?? {}).filter(([status]) => /^[23]\d\d$/.test(status));
        return !ok.some(([status, r]) => status === '204' || status.startsWith('3') || r.content);
      })
      .map((o) => o.name);
    expect(missing).toEqual([]);
  });

  it('documents every error status with the codes it carries', () => {
    const undocumented = operations.flatMap(({ name, op }) =>
      Object.entries(op.responses ?? {})
        .filter(([status]) => /^[45]\d\d$/.test(status))
        .filter(([, r]) => !/^Fel: [a-z_]+(, [a-z_]+)*$/.test(r.description ?? ''))
        .map(([status]) => `${name} ${status}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('describes no body on a 204 or a redirect', () => {
    const withBody = operations.flatMap(({ name, op }) =>
      Object.entries(op.responses ?? {})
        .filter(([status, r]) => (status === '204' || status.startsWith('3')) && r.content)
        .map(([status]) => `${name} ${status}`),
    );
    expect(withBody).toEqual([]);
  });

  it('documents 401 on every operation behind sign-in', () => {
    const missing = operations
      .filter(({ op }) => !(Array.isArray(op.security) && op.security.length === 0))
      .filter(({ op }) => !op.responses?.['401'])
      .map((o) => o.name);
    expect(missing).toEqual([]);
  });
});
