import type { Config } from '../config.ts';
import { AppError } from '../domain/errors.ts';
import { CliError, processIo, type Io } from './io.ts';

const USAGE = `Användning: lofte <kommando>
  serve [--demo]                 starta servern (--demo: fyll en tom databas med demodata)
  db migrate                     uppdatera databasens schema
  backup FIL                     skriv en säkerhetskopia av hela databasen (docs/backup.md)
  restore FIL                    återställ en säkerhetskopia i en tom databas
  db copy --to postgres://…      flytta hela databasen till en tom PostgreSQL-databas och kontrollera den
  user add --email E --name N --org KOD|ID|platform --role ROLL [--password P]
  token create --org KOD|ID --role ROLL [--name NAMN]   skriver ut API-nyckeln
  demo                           fyll en tom databas med demodata
  import promise FIL… --json     läs in medborgarlöften från text eller Word
  import stats --source bra|polisen|scb [--year ÅR] [--category K] FIL   läs in statistik (BRÅ, Polisen, SCB)
  events [--drain] [--retry]     visa väntande och misslyckade händelser (e-post, sidcache); --drain: hantera nu;
                                 --retry: ge misslyckade händelser nya försök`;

type Command = (args: string[], io: Io, config: Config) => Promise<number>;

/**
 * Each command loads its module only when it runs: the server, the database and the demo take seconds to load,
 * and `import promise` needs none of them (nor the configuration), so it starts in a fraction of a second.
 */
type Entry =
  | { load: () => Promise<Command>; needsConfig: true }
  | { load: () => Promise<PlainCommand>; needsConfig: false };
type PlainCommand = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Entry> = {
  serve: { load: async () => (await import('./serve.ts')).runServe, needsConfig: true },
  'db migrate': { load: async () => (await import('./db-migrate.ts')).runDbMigrate, needsConfig: true },
  'db copy': { load: async () => (await import('./db-copy.ts')).runDbCopy, needsConfig: true },
  backup: { load: async () => (await import('./backup.ts')).runBackup, needsConfig: true },
  restore: { load: async () => (await import('./restore.ts')).runRestore, needsConfig: true },
  'user add': { load: async () => (await import('./user-add.ts')).runUserAdd, needsConfig: true },
  'token create': { load: async () => (await import('./token-create.ts')).runTokenCreate, needsConfig: true },
  demo: { load: async () => (await import('./demo.ts')).runDemo, needsConfig: true },
  'import stats': { load: async () => (await import('./import-stats.ts')).runImportStats, needsConfig: true },
  events: { load: async () => (await import('./events.ts')).runEvents, needsConfig: true },
  'import promise': {
    load: async () => (await import('./import-promise.ts')).runImportPromise,
    needsConfig: false,
  },
};

function pick(argv: string[]): { entry: Entry; rest: string[] } | null {
  const two = argv.slice(0, 2).join(' ');
  if (COMMANDS[two]) return { entry: COMMANDS[two], rest: argv.slice(2) };
  const one = argv[0] ?? '';
  if (COMMANDS[one]) return { entry: COMMANDS[one], rest: argv.slice(1) };
  return null;
}

async function run(entry: Entry, rest: string[], io: Io, env: Record<string, string | undefined>): Promise<number> {
  if (!entry.needsConfig) return (await entry.load())(rest, io);
  const { loadConfig } = await import('../config.ts');
  const config = loadConfig(env);
  return (await entry.load())(rest, io, config);
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
    return await run(picked.entry, picked.rest, io, env);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`Fel: ${err.message}`);
      return err.exitCode;
    }
    // ConfigError is told by its code, so that commands without configuration never load config.ts.
    if (err instanceof AppError || (err as { code?: unknown })?.code === 'config_invalid') {
      io.stderr(`Fel: ${(err as Error).message} (${(err as AppError).code})`);
      return 1;
    }
    io.stderr(`Fel: ${(err as Error).message ?? String(err)}`);
    return 1;
  }
}
