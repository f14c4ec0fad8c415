import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { droppedPaths, strictSerializerCompiler } from './response-check.ts';

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
