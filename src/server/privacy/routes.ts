/**
 * Personal data (GDPR): a staff user's data exported and the account erased
 * by the platform's admin; a kommun's retention and who is responsible; its
 * register of processing as JSON or CSV.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fileAnswer, responses } from '../../contracts/common.ts';
import {
  ErasureResult,
  IdParams,
  PersonalDataExport,
  PrivacySettingsBody,
  PrivacySettingsView,
  ProcessingRegister,
  RegisterQuery,
} from '../../contracts/privacy.ts';
import type { Deps } from '../../app/deps.ts';
import { eraseUser, exportPersonalData } from '../../app/privacy/personal-data.ts';
import {
  getPrivacySettings,
  getProcessingRegister,
  registerCsv,
  setPrivacySettings,
} from '../../app/privacy/settings.ts';
import { requireActor } from '../plugins/auth.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { registerPage } from './register-page.ts';

const registerAnswer = {
  description: 'Registerförteckningen',
  content: {
    'application/json': { schema: ProcessingRegister },
    ...fileAnswer('text/csv', 'Registerförteckningen som CSV (semikolon, UTF-8 med BOM)').content,
    ...fileAnswer('text/html', 'Registerförteckningen som sida att läsa och skriva ut').content,
  },
};

export async function privacyRoutes(root: FastifyInstance, deps: Deps): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Personuppgifter'];

  app.get(
    '/api/v1/users/:id/personal-data',
    {
      schema: {
        tags,
        summary: 'Allt som finns sparat om en användare (registerutdrag); bara plattformens administratör',
        params: IdParams,
        response: responses({ 200: PersonalDataExport }, ['not_found']),
      },
    },
    async (req, reply) => {
      const data = await exportPersonalData(deps, requireActor(req), req.params.id);
      return reply.header('content-disposition', 'attachment; filename="personuppgifter.json"').send(data);
    },
  );

  app.post(
    '/api/v1/users/:id/erase',
    {
      schema: {
        tags,
        summary:
          'Radera ett konto på begäran: inloggning och medlemskap tas bort, namn och e-post ersätts av en pseudonym överallt',
        params: IdParams,
        response: responses({ 200: ErasureResult }, ['not_found', 'conflict']),
      },
    },
    async (req) => eraseUser(deps, requireActor(req), req.params.id),
  );

  app.get(
    '/api/v1/organisations/:id/privacy',
    {
      schema: {
        tags,
        summary: 'Kommunens lagringstider och personuppgiftsansvarig',
        params: IdParams,
        response: responses({ 200: PrivacySettingsView }, ['not_found']),
      },
    },
    async (req) => getPrivacySettings(deps, requireActor(req), req.params.id),
  );

  app.put(
    '/api/v1/organisations/:id/privacy',
    {
      schema: {
        tags,
        summary: 'Ändra kommunens lagringstider och personuppgiftsansvarig (kommunens administratör)',
        params: IdParams,
        body: PrivacySettingsBody,
        response: responses({ 200: PrivacySettingsView }, ['not_found']),
      },
    },
    async (req) => setPrivacySettings(deps, requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/organisations/:id/processing-register',
    {
      schema: {
        tags,
        summary: 'Registerförteckning för dataskyddsombudet (JSON; CSV med format=csv, en sida med format=html)',
        params: IdParams,
        querystring: RegisterQuery,
        response: responses({ 200: registerAnswer }, ['not_found']),
      },
    },
    async (req, reply) => {
      const register = await getProcessingRegister(deps, requireActor(req), req.params.id);
      if (req.query.format === 'html') {
        return reply
          .header('content-type', 'text/html; charset=utf-8')
          .send(registerPage(register, swedishDay(deps.now())));
      }
      if (req.query.format !== 'csv') return register;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="registerforteckning.csv"')
        .send(registerCsv(register));
    },
  );
}
