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
        .filter(([, r]) => !/^[^.]+ \/ [^.]+\. Fel: [a-z_]+(, [a-z_]+)*$/.test(r.description ?? ''))
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

  it('documents 401 unauthenticated on every operation behind sign-in, and on no public one', () => {
    const isPublic = (op: Operation) => Array.isArray(op.security) && op.security.length === 0;
    const says = (op: Operation) => /\bunauthenticated\b/.test(op.responses?.['401']?.description ?? '');
    expect(operations.filter(({ op }) => !isPublic(op) && !says(op)).map((o) => o.name)).toEqual([]);
    expect(operations.filter(({ op }) => isPublic(op) && says(op)).map((o) => o.name)).toEqual([]);
  });

  it('describes every answer in words, Swedish and English, never "Default Response"', () => {
    const bare = operations.flatMap(({ name, op }) =>
      Object.entries(op.responses ?? {})
        .filter(([, r]) => !r.description || r.description === 'Default Response')
        .map(([status]) => `${name} ${status}`),
    );
    expect(bare).toEqual([]);
    const ok = operations.find((o) => o.name === 'GET /api/v1/follow-ups/{id}')?.op.responses?.['200'];
    expect(ok?.description).toBe('OK');
    const created = operations.find((o) => o.name === 'POST /api/v1/promise-sets')?.op.responses?.['201'];
    expect(created?.description).toBe('Skapad / Created');
    const missing = operations.find((o) => o.name === 'GET /api/v1/follow-ups/{id}')?.op.responses?.['404'];
    expect(missing?.description).toBe('Finns inte / Not found. Fel: not_found');
  });

  it('documents the public forms and the open data, open to everyone', () => {
    const open = [
      'GET /oppna-data/kommuner.json',
      'GET /oppna-data/kommun/{code}/medborgarlofte.json',
      'GET /oppna-data/kommun/{code}/medborgarlofte.csv',
      'POST /prenumeration',
      'POST /prenumeration/bekrafta',
      'POST /prenumeration/avsluta',
      'POST /enkat/{ref}',
    ];
    for (const name of open) {
      const op = operations.find((o) => o.name === name)?.op as
        | (Operation & { requestBody?: { content: Record<string, { schema: { properties?: object } }> } })
        | undefined;
      expect(op, name).toBeDefined();
      expect(op?.security, name).toEqual([]);
    }
    const json = operations.find((o) => o.name === 'GET /oppna-data/kommun/{code}/medborgarlofte.json')!.op;
    const document = json.responses?.['200']?.content?.['application/json']?.schema as { properties?: object };
    expect(Object.keys(document.properties ?? {})).toEqual(
      expect.arrayContaining(['focusAreas', 'progress', 'licence']),
    );
    const subscribe = operations.find((o) => o.name === 'POST /prenumeration')!.op as Operation & {
      requestBody?: { content: Record<string, { schema: { properties?: object } }> };
    };
    const form = Object.values(subscribe.requestBody?.content ?? {})[0]?.schema;
    expect(Object.keys(form?.properties ?? {})).toEqual(['kommun', 'email', 'lang']);
  });
});
