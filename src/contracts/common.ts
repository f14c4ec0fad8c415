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
    requestId: z.string().optional().describe('förfrågans id, som i svarshuvudet x-request-id (the request id)'),
  })
  .describe('Fel');
export type ErrorBody = z.infer<typeof ErrorBody>;

/** What each status means, in Swedish and English: the description of an answer that has none of its own. */
const STATUS_WORDS: Record<number, string> = {
  200: 'OK',
  201: 'Skapad / Created',
  202: 'Mottagen / Accepted',
  204: 'Inget innehåll / No content',
  302: 'Omdirigering / Found',
  303: 'Omdirigering / See other',
  400: 'Felaktig begäran / Bad request',
  401: 'Inte inloggad / Not signed in',
  403: 'Inte tillåtet / Forbidden',
  404: 'Finns inte / Not found',
  409: 'Krockar med läget / Conflict',
  413: 'För stort / Too large',
  415: 'Fel innehållstyp / Unsupported media type',
  422: 'Kan inte tolkas / Unprocessable content',
  429: 'För många försök / Too many requests',
  503: 'Inte tillgänglig just nu / Unavailable',
};

/** "Felaktig begäran / Bad request", or the bare status for one not listed. */
export function statusWords(status: number): string {
  return STATUS_WORDS[status] ?? String(status);
}

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
 * status whose description lists the codes it can carry ("Finns inte / Not
 * found. Fel: not_found"). `codes` are the operation's own; input errors are
 * always added, and the sign-in errors (401 unauthenticated, 403) unless the
 * operation is `public`, which is exactly when its route says
 * `security: []` (test/api/openapi-contract.test.ts holds the two together).
 * A success without a description of its own is described by its status.
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
  for (const [status, schema] of Object.entries(success)) {
    if (!schema) continue;
    const described = schema instanceof z.ZodType && !schema.description;
    out[Number(status)] = described ? schema.describe(statusWords(Number(status))) : schema;
  }
  const error = (status: number, list: string[]) =>
    ErrorBody.describe(`${statusWords(status)}. Fel: ${[...list].sort().join(', ')}`);
  for (const [status, list] of byStatus) out[status] = error(status, list);
  out[503] = error(503, ['database_unavailable']);
  return out;
}
