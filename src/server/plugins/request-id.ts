/**
 * Every request has an id: in the `x-request-id` answer header, in every
 * error body (`requestId`), and on every log line written while it is
 * handled, so a person who reports an error gives the operator the line to
 * look for. Behind a trusted proxy (TRUST_PROXY=true) the proxy's own
 * X-Request-Id is kept when it looks like an id; otherwise a new one is made.
 *
 * One log line per request (method, declared route, status, time): no
 * address, query string, header or body, so no personal data or secret
 * reaches the log by way of a request.
 */
import { randomUUID } from 'node:crypto';
import { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { routeLabel } from './metrics.ts';

const INCOMING_ID = /^[A-Za-z0-9._:-]{8,80}$/u;

export function requestIdOptions(trustProxy: boolean): Partial<FastifyServerOptions> {
  return {
    // Fastify's own two lines per request are off: the one line below says what they said, without the address.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return trustProxy && typeof given === 'string' && INCOMING_ID.test(given) ? given : randomUUID();
    },
  };
}

function isErrorBody(payload: unknown): payload is Record<string, unknown> {
  return typeof payload === 'object' && payload !== null && 'code' in payload && 'messageEn' in payload;
}

export function registerRequestIds(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  app.addHook('preSerialization', async (req, reply, payload) =>
    reply.statusCode >= 400 && isErrorBody(payload) ? { ...payload, requestId: req.id } : payload,
  );
  app.addHook('onResponse', async (req, reply) => {
    const fields = {
      method: req.method,
      route: routeLabel(req.routeOptions.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    req.log.info(fields, 'förfrågan besvarad (request completed)');
  });
}
