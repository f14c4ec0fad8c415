import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contractJson, droppedPaths, strictSerializerCompiler } from './response-check.ts';

describe('the strict response check', () => {
  it('names fields the contract would drop, at any depth', () => {
    expect(
      droppedPaths({ a: 1, b: { c: 2, d: 3 }, e: [{ f: 1, g: 2 }] }, { a: 1, b: { c: 2 }, e: [{ f: 1 }] }),
    ).toEqual(['b.d', 'e[0].g']);
    expect(droppedPaths({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
  });

  it('refuses an answer with an undeclared field and passes a declared one', async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setSerializerCompiler(strictSerializerCompiler);
    const response = { 200: z.object({ id: z.string() }) };
    app.get('/leaks', { schema: { response } }, async () => ({ id: 'x', municipalityIds: ['secret'] }));
    app.get('/fits', { schema: { response } }, async () => ({ id: 'x' }));
    expect((await app.inject('/fits')).json()).toEqual({ id: 'x' });
    const leak = await app.inject('/leaks');
    expect(leak.statusCode).toBe(500);
    expect(leak.body).not.toContain('secret');
  });
});

describe('an answer sent as ready text (contractJson)', () => {
  const schema = z.object({ id: z.string(), rows: z.array(z.object({ n: z.number() })) });

  it('is written out readably when it fits its contract', () => {
    expect(contractJson(schema, { id: 'x', rows: [{ n: 1 }] }, true, 'test')).toBe(
      JSON.stringify({ id: 'x', rows: [{ n: 1 }] }, null, 2),
    );
  });

  it('refuses an undeclared field or a wrong type when answers are checked, and lets them through when not', () => {
    const leaks = { id: 'x', rows: [{ n: 1, owner: 'Anna' }] };
    expect(() => contractJson(schema, leaks, true, 'GET /x')).toThrow(
      /GET \/x: fields not in the response contract: rows\[0\]\.owner/,
    );
    expect(() => contractJson(schema, { id: 1, rows: [] }, true, 'GET /x')).toThrow(/does not match its contract/);
    expect(contractJson(schema, leaks, false, 'GET /x')).toContain('Anna');
  });
});
