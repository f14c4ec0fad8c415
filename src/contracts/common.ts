/**
 * What every contract shares: the error body and the way an operation
 * declares its answers. Each feature's contract module (one per feature in
 * this folder) holds the zod schemas of its requests and responses; the
 * server registers them, the use cases take their types with z.infer, and
 * the staff app imports the same types (type-only, so zod stays out of the
 * browser bundle).
 */
import { z } from 'zod';
import { type ErrorCode, statusOf } from '../domain/errors.ts';

/** Every 4xx and 5xx the API gives: a machine code and the message in Swedish and English. */
export const ErrorBody = z
  .object({
    code: z.string().describe('maskinläsbar felkod'),
    message: z.string().describe('meddelandet på svenska'),
    messageEn: z.string().describe('the message in English'),
    details: z.unknown().optional(),
  })
  .describe('Fel');
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Codes any route behind sign-in can give, beside its own. */
const SIGNED_IN: ErrorCode[] = ['unauthenticated', 'forbidden', 'csrf_failed'];
/** Codes any route with a body, query or path parameters can give. */
const INPUT: ErrorCode[] = ['validation_failed', 'invalid_text', 'bad_request'];

/** An answer with no body (204). */
export const NoContent = z.null().describe('Inget innehåll');

/** A success that is not JSON: its media type and what it is, in the per-status `content` form @fastify/swagger documents. */
export interface FileAnswer {
  description: string;
  content: Record<string, { schema: z.ZodType }>;
}

/**
 * A file or page sent as is (PDF, DOCX, ZIP, CSV, HTML, Atom): documented by its
 * media type. Strings and buffers are never serialised, so nothing checks the body.
 */
export function fileAnswer(mediaType: string, description: string): FileAnswer {
  const binary = !/^text\/|\+xml$|^application\/(json|xml)$/.test(mediaType);
  const schema = binary ? z.string().meta({ format: 'binary' }) : z.string();
  return { description, content: { [mediaType]: { schema: schema.describe(description) } } };
}

/** One of several files, by the format the path asks for (export.{format}): one media type each. */
export function filesAnswer(description: string, mediaTypes: string[]): FileAnswer {
  const content = Object.assign({}, ...mediaTypes.map((type) => fileAnswer(type, description).content));
  return { description, content };
}

/** A redirect (302/303): the Location header says where. */
export const Redirect = z.null().describe('Omdirigering (Location)');

type Success = Partial<Record<200 | 201 | 202 | 204 | 302 | 303, z.ZodType | FileAnswer>>;

/**
 * The responses of one operation: its successes, and one entry per error
 * status whose description lists the codes it can carry. `codes` are the
 * operation's own; sign-in and input errors are added unless `public`.
 */
export function responses(
  success: Success,
  codes: ErrorCode[] = [],
  options: { public?: boolean } = {},
): Record<number, z.ZodType | FileAnswer> {
  const all = new Set<ErrorCode>([...INPUT, ...(options.public ? [] : SIGNED_IN), ...codes]);
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of all) {
    const status = statusOf(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<number, z.ZodType | FileAnswer> = {};
  for (const [status, schema] of Object.entries(success)) if (schema) out[Number(status)] = schema;
  for (const [status, list] of byStatus) out[status] = ErrorBody.describe(`Fel: ${list.sort().join(', ')}`);
  out[503] = ErrorBody.describe('Fel: database_unavailable');
  return out;
}
