import type { Config } from '../config.ts';
import { createDeps } from '../server/deps.ts';
import { buildApp } from '../server/app.ts';
import { demoCredentialsText, demoReportText, isDatabaseEmpty, seedDemo, DEMO_ACCOUNTS } from '../app/demo/seed.ts';
import { parseOptions, type Io } from './io.ts';
import { startScheduler } from '../app/jobs/scheduler.ts';
import { startPolisenSchedule } from '../app/statistics/polisen-feed.ts';
import { startEventWorker } from '../app/events/worker.ts';
import { createMetrics, listenForMetrics } from '../server/plugins/metrics.ts';
import { closeGracefully, countedMailer, serveLog, stopSignal } from './serve-ops.ts';
import type { Deps } from '../app/deps.ts';

async function seedIfAsked(deps: Deps, config: Config, line: (text: string) => void): Promise<void> {
  if (await isDatabaseEmpty(deps)) {
    const report = await seedDemo(deps);
    line('Demodata inlagd: Övertorneå, Kalix, Haparanda (LPO Östra Norrbotten), Norsjö och Åsele.');
    if (report) line(demoReportText(report));
  }
  const demoLeft = await deps.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_ACCOUNTS[0]!.email)
    .executeTakeFirst();
  if (demoLeft) line(demoCredentialsText(config.publicBaseUrl));
}

export async function runServe(args: string[], io: Io, config: Config): Promise<number> {
  const { values } = parseOptions(args, { demo: { type: 'boolean' } });
  const log = serveLog(config, io, Boolean(process.stdout.isTTY));
  const opened = await createDeps(config, { log: log.line });
  const metrics = createMetrics(opened, { process: true });
  const deps: Deps = { ...opened, mailer: countedMailer(opened.mailer, metrics) };
  if (values.demo) await seedIfAsked(deps, config, log.line);
  // Every process drains the outbox (mails, the public cache); the database lock lets one at a time do it.
  const events = startEventWorker(deps, log.line, undefined, (outcome) => metrics.jobRun('events', outcome));
  const app = await buildApp(deps, {
    ...(log.app ? { loggerInstance: log.app } : { logger: log.appOptions }),
    metrics,
    afterChange: events.nudge,
  });
  const address = await app.listen({ port: config.port, host: config.host });
  const metricsListener =
    config.metricsPort === null ? null : await listenForMetrics(metrics, config.metricsHost, config.metricsPort);
  const stopJobs = config.jobsEnabled
    ? startScheduler(deps, log.line, undefined, (outcome) => metrics.jobRun('daily', outcome))
    : () => {};
  const stopFeed =
    config.jobsEnabled && config.polisenFeedUrl
      ? startPolisenSchedule(deps, {
          url: config.polisenFeedUrl,
          intervalMs: config.polisenFeedIntervalMinutes * 60_000,
          log: log.line,
          onRun: (outcome) => metrics.jobRun('polisen', outcome),
        })
      : () => {};
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `inbäddad databas i ${config.dataDir}`;
  if (metricsListener) log.line(`Mätvärden (metrics) på ${metricsListener.address}.`);
  log.line(`Medborgarlöften körs på ${config.publicBaseUrl} (lyssnar på ${address}, ${where}).`);

  const signal = await stopSignal(log.line);
  log.line(
    `Stänger ner (${signal}): tar inte emot nya förfrågningar och låter pågående bli klara (högst ${config.shutdownTimeoutSeconds} s).`,
  );
  stopJobs();
  stopFeed();
  const cut = await closeGracefully(app, config.shutdownTimeoutSeconds);
  if (cut) log.line('Förfrågningar som inte blev klara i tid avbröts (requests cut at the shutdown timeout).');
  await metricsListener?.close();
  await events.stop();
  await deps.db.destroy();
  log.line('Nedstängd: databasen stängd (shut down, database closed).');
  return 0;
}
