import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors.ts';
import { isDatabaseUnavailable } from '../../db/unavailable.ts';
import { badTextPage, unavailablePage } from '../public/layout.ts';
import { publicLocale } from '../../i18n/public.ts';
import { issueText } from './validation-text.ts';

/** Seconds a client is asked to wait while the database is out of reach. */
const RETRY_AFTER_SECONDS = 5;

function sendUnavailable(req: FastifyRequest, reply: FastifyReply) {
  reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).header('cache-control', 'no-store');
  if (req.url.startsWith('/api/') || !req.headers.accept?.includes('text/html')) {
    return reply.send({
      code: 'database_unavailable',
      message: 'Databasen går inte att nå just nu. Försök igen om en stund.',
      messageEn: 'The database cannot be reached right now. Please try again in a moment.',
    });
  }
  const lang = new URL(req.url, 'http://x').searchParams.get('lang');
  return reply.header('content-type', 'text/html; charset=utf-8').send(unavailablePage(publicLocale(lang)));
}

/** A browser on a public page or form (not the API) gets a page in its language, not JSON. */
function wantsPage(req: FastifyRequest): boolean {
  return !req.url.startsWith('/api/') && Boolean(req.headers.accept?.includes('text/html'));
}

function sendPage(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  render: (locale: ReturnType<typeof publicLocale>) => string,
) {
  const lang = new URL(req.url, 'http://x').searchParams.get('lang');
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .send(render(publicLocale(lang)));
}

export interface ErrorBody {
  code: string;
  message: string;
  messageEn: string;
  details?: unknown;
}

export function errorBody(err: AppError): ErrorBody {
  return {
    code: err.code,
    message: err.message,
    messageEn: err.messageEn,
    ...(err.details ? { details: err.details } : {}),
  };
}

/** A file sent as the body (CSV, plain text) or in a form: its 413 says upload_too_large, like the routes' own checks. */
function isUpload(req: FastifyRequest): boolean {
  return /^(multipart\/|text\/)/iu.test(req.headers['content-type'] ?? '');
}

/** Maps framework errors (bad JSON, too large, wrong content type) to our codes. */
function fromFastify(err: FastifyError, req: FastifyRequest): AppError {
  if (err.statusCode === 413 && isUpload(req)) {
    return new AppError('upload_too_large', 'Filen är för stor', 'The file is too large');
  }
  if (err.statusCode === 413)
    return new AppError('payload_too_large', 'Innehållet är för stort', 'The payload is too large');
  if (err.statusCode === 415) {
    return new AppError('unsupported_media_type', 'Innehållstypen stöds inte', 'Unsupported content type');
  }
  if (
    err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    err instanceof SyntaxError
  ) {
    return new AppError('bad_request', 'Ogiltig JSON i förfrågan', 'Invalid JSON in the request');
  }
  return new AppError('bad_request', 'Felaktig förfrågan', 'Bad request');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      if (err.code === 'rate_limited') {
        const wait = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
        if (wait) reply.header('retry-after', String(wait));
      }
      if (err.code === 'invalid_text' && wantsPage(req)) return sendPage(req, reply, 400, badTextPage);
      return reply.status(err.status).send(errorBody(err));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      // Each issue also in words for the field it names, so the staff app can show it there.
      const details = err.validation.map((v) => ({
        path: v.instancePath || '/',
        message: v.message,
        ...issueText({ keyword: v.keyword, message: v.message ?? '', params: v.params }),
      }));
      return reply.status(400).send({
        code: 'validation_failed',
        message: 'Förfrågan innehåller ogiltiga värden',
        messageEn: 'The request contains invalid values',
        details,
      });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send(errorBody(fromFastify(err, req)));
    }
    if (isDatabaseUnavailable(err)) {
      req.log.warn({ err }, 'database unavailable');
      return sendUnavailable(req, reply);
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({
      code: 'internal_error',
      message: 'Ett oväntat fel inträffade. Försök igen.',
      messageEn: 'An unexpected error occurred. Please try again.',
    });
  });
}
