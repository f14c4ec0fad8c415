import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { responses } from '../../contracts/common.ts';
import {
  AgreeBody,
  Agreement,
  AgreementBody,
  AgreementList,
  ChangeList,
  DiffQuery,
  ImportedDraft,
  ImportTextBody,
  PromiseSetBody,
  PromiseSetList,
  PromiseSetParams,
  PromiseSetQuery,
  PromiseSetVersion,
  StoredPromiseSet,
  UpdatePromiseSetBody,
  VersionList,
  VersionParams,
} from '../../contracts/promises.ts';
import type { Deps } from '../../app/deps.ts';
import {
  createPromiseSet,
  getPromiseSet,
  listPromiseSets,
  transitionPromiseSet,
  updatePromiseSet,
} from '../../app/promises/promise-sets.ts';
import { diffVersions, getVersion, listVersions } from '../../app/promises/versions.ts';
import { importPromiseFile } from '../../app/promises/import.ts';
import { getAgreement, listAgreements, saveAgreement } from '../../app/promises/agreements.ts';
import { AppError, type ErrorCode } from '../../domain/errors.ts';
import { requireActor } from '../plugins/auth.ts';
import { promiseExportRoutes } from './export-routes.ts';

const tags = ['Medborgarlöften'];
const idParams = PromiseSetParams;

export async function promiseRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/promise-sets',
    {
      schema: {
        tags,
        summary: 'Spara ett medborgarlöfte (promise document, medborgarlofte/v1) som utkast',
        body: PromiseSetBody,
        response: responses({ 201: StoredPromiseSet }),
      },
    },
    async (req, reply) => reply.status(201).send(await createPromiseSet(deps, requireActor(req), req.body)),
  );

  app.get(
    '/api/v1/promise-sets',
    {
      schema: {
        tags,
        summary: 'Medborgarlöften du kan se',
        querystring: PromiseSetQuery,
        response: responses({ 200: PromiseSetList }),
      },
    },
    async (req) => ({ promiseSets: await listPromiseSets(deps, requireActor(req), req.query) }),
  );

  app.get(
    '/api/v1/promise-sets/:id',
    {
      schema: {
        tags,
        summary: 'Ett medborgarlöfte som dokument',
        params: idParams,
        response: responses({ 200: StoredPromiseSet }, ['not_found']),
      },
    },
    async (req) => getPromiseSet(deps, requireActor(req), req.params.id),
  );

  app.put(
    '/api/v1/promise-sets/:id',
    {
      schema: {
        tags,
        summary: 'Ändra ett medborgarlöfte (efter överenskommelse: ny version med skäl)',
        params: idParams,
        body: UpdatePromiseSetBody,
        response: responses({ 200: StoredPromiseSet }, ['not_found', 'conflict']),
      },
    },
    async (req) => updatePromiseSet(deps, requireActor(req), req.params.id, req.body.document, req.body.reason ?? null),
  );

  app.post(
    '/api/v1/promise-sets/:id/agree',
    {
      schema: {
        tags,
        summary: 'Markera som överenskommet: båda parterna skriver under',
        params: idParams,
        body: AgreeBody,
        response: responses({ 200: StoredPromiseSet }, ['not_found', 'conflict']),
      },
    },
    async (req) => transitionPromiseSet(deps, requireActor(req), req.params.id, 'agree', req.body.signatures),
  );

  for (const step of ['publish', 'close'] as const) {
    app.post(
      `/api/v1/promise-sets/:id/${step}`,
      {
        schema: {
          tags,
          summary: step === 'publish' ? 'Publicera på kommunens sida' : 'Avsluta',
          params: idParams,
          response: responses({ 200: StoredPromiseSet }, ['not_found', 'conflict']),
        },
      },
      async (req) => transitionPromiseSet(deps, requireActor(req), req.params.id, step),
    );
  }

  app.get(
    '/api/v1/promise-sets/:id/versions',
    {
      schema: {
        tags,
        summary: 'Versionshistorik',
        params: idParams,
        response: responses({ 200: VersionList }, ['not_found']),
      },
    },
    async (req) => ({ versions: await listVersions(deps, requireActor(req), req.params.id) }),
  );

  app.get(
    '/api/v1/promise-sets/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'En version',
        params: VersionParams,
        response: responses({ 200: PromiseSetVersion }, ['not_found']),
      },
    },
    async (req) => getVersion(deps, requireActor(req), req.params.id, req.params.version),
  );

  app.get(
    '/api/v1/promise-sets/:id/diff',
    {
      schema: {
        tags,
        summary: 'Skillnader mellan två versioner',
        params: idParams,
        querystring: DiffQuery,
        response: responses({ 200: ChangeList }, ['not_found']),
      },
    },
    async (req) => ({
      changes: await diffVersions(deps, requireActor(req), req.params.id, req.query.from, req.query.to),
    }),
  );

  await app.register(async (scope) => importRoute(scope));
  await app.register(async (scope) => agreementRoutes(scope, deps));
  await app.register(async (scope) => promiseExportRoutes(scope, deps));
}

const IMPORT_FILE_LIMIT = 12 * 1024 * 1024;
const IMPORT_ERRORS: ErrorCode[] = [
  'import_empty',
  'import_binary',
  'import_too_large',
  'import_invalid_docx',
  'import_no_promises',
  'import_too_long',
  'import_invalid_pdf',
  'import_pdf_no_text',
  'import_pdf_too_large',
  'upload_too_large',
  'upload_inflates_too_much',
  'payload_too_large',
  'unsupported_media_type',
];

/** Upload of a text, Word or PDF file (multipart field "file"), or JSON { text }. Answers the draft; stores nothing. */
async function importRoute(root: FastifyInstance): Promise<void> {
  // One file and a few small fields; anything more is refused before it is read (busboy counts as it parses).
  await root.register(fastifyMultipart, {
    limits: { fileSize: IMPORT_FILE_LIMIT, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 12, headerPairs: 100 },
  });
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/v1/imports/promise',
    {
      schema: {
        tags,
        summary: 'Läs in ett befintligt medborgarlöfte (text, .docx eller .pdf) till ett utkast; sparar inget',
        description: 'Skicka en fil (multipart, fältet "file"), JSON {"text": "…"} eller ren text.',
        response: responses({ 200: ImportedDraft }, IMPORT_ERRORS),
      },
    },
    async (req) => {
      requireActor(req);
      if (req.isMultipart()) {
        const file = await req.file();
        if (!file)
          throw new AppError('bad_request', 'Ingen fil skickades (fältet "file")', 'No file was sent (field "file")');
        const bytes = await file.toBuffer().catch((err: unknown) => {
          if ((err as { statusCode?: number }).statusCode !== 413) throw err;
          throw new AppError(
            'upload_too_large',
            'Filen är för stor (högst 12 MB)',
            'The file is too large (at most 12 MB)',
          );
        });
        return importPromiseFile({ bytes, filename: file.filename });
      }
      const body = typeof req.body === 'string' ? req.body : ImportTextBody.safeParse(req.body).data;
      const text = typeof body === 'string' ? body : (body?.text ?? null);
      if (text === null) {
        throw new AppError(
          'bad_request',
          'Skicka en fil (multipart, fältet "file") eller JSON {"text": "…"}',
          'Send a file (multipart, field "file") or JSON {"text": "…"}',
        );
      }
      return importPromiseFile({ bytes: new TextEncoder().encode(text) });
    },
  );
}

export async function agreementRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const atags = ['Samverkansöverenskommelser'];
  app.get(
    '/api/v1/agreements',
    {
      schema: {
        tags: atags,
        summary: 'Samverkansöverenskommelser du kan se',
        response: responses({ 200: AgreementList }),
      },
    },
    async (req) => ({ agreements: await listAgreements(deps, requireActor(req)) }),
  );
  app.get(
    '/api/v1/agreements/:id',
    {
      schema: {
        tags: atags,
        summary: 'En överenskommelse',
        params: idParams,
        response: responses({ 200: Agreement }, ['not_found']),
      },
    },
    async (req) => getAgreement(deps, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/agreements',
    {
      schema: {
        tags: atags,
        summary: 'Skapa en samverkansöverenskommelse',
        body: AgreementBody,
        response: responses({ 201: Agreement }),
      },
    },
    async (req, reply) => reply.status(201).send(await saveAgreement(deps, requireActor(req), null, req.body)),
  );
  app.put(
    '/api/v1/agreements/:id',
    {
      schema: {
        tags: atags,
        summary: 'Ändra en samverkansöverenskommelse',
        params: idParams,
        body: AgreementBody,
        response: responses({ 200: Agreement }, ['not_found']),
      },
    },
    async (req) => saveAgreement(deps, requireActor(req), req.params.id, req.body),
  );
}
