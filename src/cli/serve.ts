import type { Config } from '../config.ts';
import { createDeps } from '../server/deps.ts';
import { buildApp } from '../server/app.ts';
import { demoCredentialsText, demoReportText, isDatabaseEmpty, seedDemo, DEMO_ACCOUNTS } from '../app/demo/seed.ts';
import { parseOptions, type Io } from './io.ts';
import { startScheduler } from '../app/jobs/scheduler.ts';
import { startPolisenSchedule } from '../app/statistics/polisen-feed.ts';
import { startEventWorker } from '../app/events/worker.ts';

export async function runServe(args: string[], io: Io, config: Config): Promise<number> {
  const { values } = parseOptions(args, { demo: { type: 'boolean' } });
  const deps = await createDeps(config, { log: (line) => io.stdout(line) });
  if (values.demo) {
    if (await isDatabaseEmpty(deps)) {
      const report = await seedDemo(deps);
      io.stdout('Demodata inlagd: Övertorneå, Kalix, Haparanda (LPO Östra Norrbotten), Norsjö och Åsele.');
      if (report) io.stdout(demoReportText(report));
    }
    const demoLeft = await deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', DEMO_ACCOUNTS[0]!.email)
      .executeTakeFirst();
    if (demoLeft) io.stdout(demoCredentialsText(config.publicBaseUrl));
  }
  // Every process drains the outbox (mails, the public cache); the database lock lets one at a time do it.
  const events = startEventWorker(deps, (line) => io.stdout(line));
  const app = await buildApp(deps, {
    logger: { level: config.logLevel === 'info' ? 'warn' : config.logLevel },
    afterChange: events.nudge,
  });
  const address = await app.listen({ port: config.port, host: config.host });
  const stopJobs = config.jobsEnabled ? startScheduler(deps, (line) => io.stdout(line)) : () => {};
  const stopFeed =
    config.jobsEnabled && config.polisenFeedUrl
      ? startPolisenSchedule(deps, {
          url: config.polisenFeedUrl,
          intervalMs: config.polisenFeedIntervalMinutes * 60_000,
          log: (line) => io.stdout(line),
        })
      : () => {};
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `inbäddad databas i ${config.dataDir}`;
  io.stdout(`Medborgarlöften körs på ${config.publicBaseUrl} (lyssnar på ${address}, ${where}).`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stdout('Stänger ner …');
  stopJobs();
  stopFeed();
  await app.close();
  await events.stop();
  await deps.db.destroy();
  return 0;
}
