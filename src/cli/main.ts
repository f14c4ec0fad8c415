import { loadConfig, ConfigError, type Config } from '../config.ts';
import { AppError } from '../domain/errors.ts';
import { CliError, processIo, type Io } from './io.ts';
import { runServe } from './serve.ts';
import { runDbMigrate } from './db-migrate.ts';
import { runUserAdd } from './user-add.ts';
import { runTokenCreate } from './token-create.ts';
import { runDemo } from './demo.ts';
import { runImportStats } from './import-stats.ts';
import { runEvents } from './events.ts';

const USAGE = `Användning: lofte <kommando>
  serve [--demo]                 starta servern (--demo: fyll en tom databas med demodata)
  db migrate                     uppdatera databasens schema
  user add --email E --name N --org KOD|ID|platform --role ROLL [--password P]
  token create --org KOD|ID --role ROLL [--name NAMN]   skriver ut API-nyckeln
  demo                           fyll en tom databas med demodata
  import promise FIL… --json     läs in medborgarlöften från text eller Word
  import stats --source bra|polisen|scb [--year ÅR] [--category K] FIL   läs in statistik (BRÅ, Polisen, SCB)
  events [--drain] [--retry]     visa väntande och misslyckade händelser (e-post, sidcache); --drain: hantera nu;
                                 --retry: ge misslyckade händelser nya försök`;

type Command = (args: string[], io: Io, config: Config) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  serve: runServe,
  'db migrate': runDbMigrate,
  'user add': runUserAdd,
  'token create': runTokenCreate,
  demo: runDemo,
  'import stats': runImportStats,
  events: runEvents,
  'import promise': async (args, io) => {
    const { runImportPromise } = await import('./import-promise.ts');
    return runImportPromise(args, io);
  },
};

function pick(argv: string[]): { command: Command; rest: string[] } | null {
  const two = argv.slice(0, 2).join(' ');
  if (COMMANDS[two]) return { command: COMMANDS[two], rest: argv.slice(2) };
  const one = argv[0] ?? '';
  if (COMMANDS[one]) return { command: COMMANDS[one], rest: argv.slice(1) };
  return null;
}

export async function main(
  argv: string[],
  io: Io = processIo,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const picked = pick(argv);
  if (!picked) {
    io.stderr(`Fel: okänt kommando "${argv.join(' ')}". Kör "lofte --help". (unknown command)`);
    return 2;
  }
  try {
    return await picked.command(picked.rest, io, loadConfig(env));
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`Fel: ${err.message}`);
      return err.exitCode;
    }
    if (err instanceof AppError || err instanceof ConfigError) {
      io.stderr(`Fel: ${err.message} (${err.code})`);
      return 1;
    }
    io.stderr(`Fel: ${(err as Error).message ?? String(err)}`);
    return 1;
  }
}
