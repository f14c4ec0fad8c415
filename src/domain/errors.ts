/**
 * Expected failures carry a stable machine code, an HTTP status and a
 * message in Swedish and English. Route handlers and the CLI present them;
 * nothing else turns them into text.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'invalid_text'
  | 'not_found'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf_failed'
  | 'invalid_credentials'
  | 'rate_limited'
  | 'conflict'
  | 'invalid_token'
  | 'oidc_not_configured'
  | 'oidc_failed'
  | 'bad_request'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'upload_too_large'
  | 'upload_inflates_too_much'
  | 'import_empty'
  | 'import_binary'
  | 'import_too_large'
  | 'import_invalid_docx'
  | 'import_no_promises'
  | 'import_too_long'
  | 'import_invalid_pdf'
  | 'import_pdf_no_text'
  | 'import_pdf_too_large'
  | 'idempotency_key_reused'
  | 'period_not_ended';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_text: 400,
  bad_request: 400,
  invalid_token: 400,
  not_found: 404,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  conflict: 409,
  payload_too_large: 413,
  upload_too_large: 413,
  upload_inflates_too_much: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  oidc_not_configured: 404,
  oidc_failed: 400,
  import_empty: 400,
  import_binary: 400,
  import_too_large: 413,
  import_invalid_docx: 400,
  import_no_promises: 422,
  import_too_long: 413,
  import_invalid_pdf: 400,
  import_pdf_no_text: 422,
  import_pdf_too_large: 413,
  idempotency_key_reused: 409,
  period_not_ended: 409,
};

/** The HTTP status an error code is answered with. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly messageEn: string;
  readonly details: unknown;

  constructor(code: ErrorCode, messageSv: string, messageEn: string, details?: unknown) {
    super(messageSv);
    this.code = code;
    this.status = STATUS[code];
    this.messageEn = messageEn;
    this.details = details;
  }
}

export const notFound = (what: string, whatEn: string) =>
  new AppError('not_found', `${what} finns inte`, `${whatEn} not found`);

export const forbidden = () =>
  new AppError('forbidden', 'Du har inte behörighet att göra detta', 'You are not allowed to do this');

export const conflict = (sv: string, en: string) => new AppError('conflict', sv, en);
