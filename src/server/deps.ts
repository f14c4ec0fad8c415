import type { Config } from '../config.ts';
import type { Deps } from '../app/deps.ts';
import { connectDb, migrateToLatest } from '../db/connect.ts';
import { createMailer, type Mailer } from '../mail/mailer.ts';

/** Opens the database, applies migrations, and wires the mailer: what `serve` and the tests start from. */
export async function createDeps(
  config: Config,
  options: { mailer?: Mailer; log?: (line: string) => void } = {},
): Promise<Deps> {
  const db = await connectDb(config);
  await migrateToLatest(db);
  const log = options.log ?? ((line: string) => console.log(line));
  return {
    db,
    config,
    mailer: options.mailer ?? createMailer(config.smtpUrl, config.mailFrom, log),
    now: () => new Date(),
  };
}
