import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { strictSerializerCompiler } from './plugins/response-check.ts';
import { withoutBodiesWhereNone } from './plugins/openapi-bodies.ts';
import type { Deps } from '../app/deps.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { requestIdOptions, registerRequestIds } from './plugins/request-id.ts';
import { createMetrics, registerMetrics, type Metrics } from './plugins/metrics.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerCompression } from './plugins/compression.ts';
import { registerTextInputCheck } from './plugins/text-input.ts';
import { notFoundPage } from './public/routes.ts';
import { FEATURES } from './features.ts';
import { spaRoutes } from './spa.ts';
import { publicLocale } from '../i18n/public.ts';

export interface AppOptions {
  logger?: boolean | object;
  /** `serve`'s own logger (JSON lines), used instead of `logger`. */
  loggerInstance?: FastifyBaseLogger;
  /** The process's metrics (serve.ts also counts jobs and mail in them); a fresh set otherwise. */
  metrics?: Metrics;
  /**
   * Called after every successful change made by a signed-in user: the
   * server's event worker drains the outbox then (src/app/events/worker.ts),
   * so a publish's mails leave within moments, not at the next interval.
   */
  afterChange?: () => void;
}

/** Builds the whole HTTP app on the given dependencies. It never listens: callers do. */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: options.logger ?? false }),
    ...requestIdOptions(deps.config.trustProxy),
    bodyLimit: 12 * 1024 * 1024,
    trustProxy: deps.config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are checked against their contract in tests; in production they are plain JSON.stringify.
  app.setSerializerCompiler(
    deps.config.checkResponses ? strictSerializerCompiler : () => (data) => JSON.stringify(data),
  );
  registerErrorHandling(app);
  registerRequestIds(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Medborgarlöften API',
        version: '1',
        description: 'API för medborgarlöften: organisationer, löften, aktiviteter och uppföljning.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) => ('openapiObject' in doc ? withoutBodiesWhereNone(doc.openapiObject) : doc.swaggerObject),
  });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  await registerSecurityHeaders(app);
  await registerCompression(app);
  registerAuth(app, deps);
  registerTextInputCheck(app);
  const afterChange = options.afterChange;
  if (afterChange) {
    // Only staff change what events are recorded for; anonymous answers and subscriptions do not.
    app.addHook('onResponse', async (req, reply) => {
      if (req.actor && !['GET', 'HEAD', 'OPTIONS'].includes(req.method) && reply.statusCode < 400) afterChange();
    });
  }

  registerMetrics(app, options.metrics ?? createMetrics(deps), deps.config.metricsToken);
  for (const feature of FEATURES) {
    for (const routes of feature.routes) await app.register(async (scope) => routes(scope, deps));
  }
  await app.register(spaRoutes);

  app.get('/api/openapi.json', { schema: { hide: true, security: [] } }, async () => app.swagger());

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) {
      return reply
        .status(404)
        .send({ code: 'not_found', message: 'Adressen finns inte i API:t', messageEn: 'No such API route' });
    }
    const lang = new URL(req.url, 'http://x').searchParams.get('lang');
    return reply
      .status(404)
      .header('content-type', 'text/html; charset=utf-8')
      .send(notFoundPage(publicLocale(lang)));
  });
  return app;
}
