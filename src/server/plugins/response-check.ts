/**
 * The serializer used when responses are checked against their contract
 * (tests, CHECK_RESPONSES=true). It validates like fastify-type-provider-zod
 * and also refuses an answer that carries a field the contract does not
 * declare: zod would drop it silently here while production (plain
 * JSON.stringify) would send it, so an undeclared field is a leak.
 */
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler } from 'fastify-type-provider-zod';

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
