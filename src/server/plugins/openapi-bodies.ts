/**
 * A 204 answer and a redirect carry no body, but the zod-to-OpenAPI step
 * describes their null schema as a JSON body. This removes that content
 * from the description; the answers themselves are unchanged.
 */
type Responses = Record<string, { content?: unknown }>;
type Paths = Record<string, Record<string, { responses?: Responses }>>;

export function withoutBodiesWhereNone<T extends { paths?: unknown }>(document: T): T {
  for (const operations of Object.values((document.paths ?? {}) as Paths)) {
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (status === '204' || status.startsWith('3')) delete response.content;
      }
    }
  }
  return document;
}
