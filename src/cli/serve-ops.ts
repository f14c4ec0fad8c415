/**
 * What `serve` needs to run as a service: its log (JSON lines for a
 * service manager, plain text on a terminal), the mail counter for
 * /metrics, and the bounded shutdown on SIGTERM.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { pino, type DestinationStream } from 'pino';
import type { Config } from '../config.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Metrics } from '../server/plugins/metrics.ts';
import type { Io } from './io.ts';

export interface ServeLog {
  /** One line for the operator (a job's result, the start, the shutdown). */
  line: (text: string) => void;
  /** The request logger: JSON lines with the request id, or warnings only on a terminal. */
  app: FastifyBaseLogger | null;
  appOptions: object | undefined;
}

/**
 * An error in the log: its kind, code, message and stack. Never the
 * database's `detail` ("Key (email)=(…) already exists"), parameters or a
 * request body, which may hold personal data.
 */
function safeError(err: Error & { code?: unknown }) {
  return { type: err.name, code: err.code, message: err.message, stack: err.stack };
}

/** `destination` is stdout unless a test reads the lines. */
export function serveLog(config: Config, io: Io, isTerminal: boolean, destination?: DestinationStream): ServeLog {
  const format = config.logFormat === 'auto' ? (isTerminal ? 'text' : 'json') : config.logFormat;
  if (format === 'text') {
    // As before on a terminal: the operator reads sentences; requests only when something goes wrong.
    return { line: io.stdout, app: null, appOptions: { level: config.logLevel === 'info' ? 'warn' : config.logLevel } };
  }
  const options = { level: config.logLevel, timestamp: pino.stdTimeFunctions.isoTime, serializers: { err: safeError } };
  const logger = destination ? pino(options, destination) : pino(options);
  return { line: (text) => logger.info(text), app: logger, appOptions: undefined };
}

/** Counts every mail sent and failed; a failure still fails for the caller (the outbox retries it). */
export function countedMailer(mailer: Mailer, metrics: Metrics): Mailer {
  return {
    async send(mail) {
      try {
        await mailer.send(mail);
        metrics.mail('sent');
      } catch (err) {
        metrics.mail('failed');
        throw err;
      }
    },
  };
}

/** Resolves at the first SIGTERM or SIGINT; a second one ends the process at once (exit 1). */
export function stopSignal(line: (text: string) => void): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const first = (signal: NodeJS.Signals) => {
      process.off('SIGINT', first);
      process.off('SIGTERM', first);
      process.once('SIGINT', now);
      process.once('SIGTERM', now);
      resolve(signal);
    };
    const now = () => {
      line('Avbryter direkt utan att vänta (a second signal: exit now).');
      process.exit(1);
    };
    process.once('SIGINT', first);
    process.once('SIGTERM', first);
  });
}

/**
 * Stops taking requests (the listening socket closes; a request on a kept
 * connection gets 503 and `connection: close`), lets those in flight finish
 * for at most `timeoutSeconds`, then closes the connections still open.
 * Says whether it had to.
 */
export async function closeGracefully(app: FastifyInstance, timeoutSeconds: number): Promise<boolean> {
  let cut = false;
  const timer = setTimeout(() => {
    cut = true;
    app.server.closeAllConnections();
  }, timeoutSeconds * 1000);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
  return cut;
}
