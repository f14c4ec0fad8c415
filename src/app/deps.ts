import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import type { Mailer } from '../mail/mailer.ts';

/** What every use case receives: `(deps, actor, input) → result`. */
export interface Deps {
  db: Db;
  config: Config;
  mailer: Mailer;
  now: () => Date;
}
