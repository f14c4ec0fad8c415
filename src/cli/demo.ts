import type { Config } from '../config.ts';
import { demoCredentialsText, demoReportText, isDatabaseEmpty, seedDemo } from '../app/demo/seed.ts';
import type { Io } from './io.ts';
import { withDeps } from './context.ts';

export async function runDemo(_args: string[], io: Io, config: Config): Promise<number> {
  return withDeps(config, async (deps) => {
    if (!(await isDatabaseEmpty(deps))) {
      io.stderr('Fel: databasen har redan användare; demodata läggs bara in i en tom databas (database not empty)');
      return 1;
    }
    const report = await seedDemo(deps);
    if (report) io.stdout(demoReportText(report));
    io.stdout(demoCredentialsText(config.publicBaseUrl));
    return 0;
  });
}
