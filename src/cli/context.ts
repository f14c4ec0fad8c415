import type { Config } from '../config.ts';
import type { Deps } from '../app/deps.ts';
import { createDeps } from '../server/deps.ts';

/** Opens the configured database for one command and always closes it. */
export async function withDeps<T>(config: Config, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const deps = await createDeps(config, { log: (line) => process.stderr.write(`${line}\n`) });
  try {
    return await fn(deps);
  } finally {
    await deps.db.destroy();
  }
}
