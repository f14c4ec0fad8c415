/**
 * The serializer used when responses are checked against their contract
 * (tests, CHECK_RESPONSES=true). It validates like fastify-type-provider-zod
 * and also refuses an answer that carries a field the contract does not
 * declare: zod would drop it silently here while production (plain
 * JSON.stringify) would send it, so an undeclared field is a leak.
 * contractJson does the same for answers that are sent as ready text.
 */
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/** Paths present in `sent` but missing in `kept` (objects only; arrays compared element by element). */
export function droppedPaths(sent: unknown, kept: unknown, path = ''): string[] {
  if (Array.isArray(sent)) {
    if (!Array.isArray(kept)) return [];
    return sent.flatMap((item, i) => droppedPaths(item, kept[i], `${path}[${i}]`));
  }
  if (sent === null || typeof sent !== 'object') return [];
  if (kept === null || typeof kept !== 'object' || Array.isArray(kept)) return [];
  const keptObject = kept as Record<string, unknown>;
  return Object.entries(sent as Record<string, unknown>).flatMap(([key, value]) => {
    if (value === undefined) return [];
    const at = path ? `${path}.${key}` : key;
    return key in keptObject ? droppedPaths(value, keptObject[key], at) : [at];
  });
}

export const strictSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const validate = (serializerCompiler as FastifySerializerCompiler<unknown>)(route as never);
  return (data) => {
    const out = validate(data);
    const dropped = droppedPaths(JSON.parse(JSON.stringify(data) ?? 'null'), JSON.parse(out));
    if (dropped.length > 0) {
      throw new Error(
        `${route.method} ${route.url}: fields not in the response contract: ${dropped.slice(0, 10).join(', ')}`,
      );
    }
    return out;
  };
};

/**
 * A JSON answer sent as text (made once and cached, so the serializer never
 * sees it): checked here against its contract the way the serializer checks
 * the others when answers are checked (tests, CHECK_RESPONSES=true), then
 * written out readably.
 */
export function contractJson(schema: z.ZodType, value: unknown, check: boolean, where: string): string {
  if (check) {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(`${where}: the answer does not match its contract: ${parsed.error.message}`);
    const dropped = droppedPaths(JSON.parse(JSON.stringify(value)), JSON.parse(JSON.stringify(parsed.data)));
    if (dropped.length > 0) {
      throw new Error(`${where}: fields not in the response contract: ${dropped.slice(0, 10).join(', ')}`);
    }
  }
  return JSON.stringify(value, null, 2);
}
