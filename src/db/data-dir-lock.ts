/**
 * One process per embedded database. PGlite has no lock of its own: two
 * processes on one data folder each keep their own copy of the pages and
 * overwrite each other's writes. So whoever opens the folder first holds a
 * lock and every later opener refuses with one line.
 *
 * On Linux the lock is an abstract Unix socket named after the folder's real
 * path: binding it is atomic, and the kernel releases it when its holder
 * exits, however it exits (kill -9 included), so a crash never leaves a
 * stale lock behind. A contender connects to it to learn who holds it.
 * Elsewhere a pid file in the folder stands in, judged stale when its
 * process is gone. Neither sees a process in another container or on
 * another machine sharing the folder: several processes need PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { openSync, readFileSync, realpathSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';

export interface DataDirLock {
  release: () => Promise<void>;
}

export class DataDirInUseError extends Error {
  readonly code = 'data_dir_in_use';
  readonly holder: string;
  constructor(dir: string, holder: string) {
    super(
      `Databasmappen ${dir} används redan av en annan process (${holder}). Stoppa den först; flera processer på samma databas kräver PostgreSQL (DATABASE_URL). ` +
        `— The data folder is in use by another process (${holder}); stop it first. Several processes need PostgreSQL (DATABASE_URL).`,
    );
    this.holder = holder;
  }
}

function describeSelf(): string {
  const command = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('-'))
    .slice(0, 2)
    .join(' ');
  return `pid ${process.pid}${command ? `, lofte ${command}` : ''}`;
}

/** Takes the lock on `dir` (which must exist) or throws DataDirInUseError. */
export async function lockDataDir(dir: string, options: { pidFile?: boolean } = {}): Promise<DataDirLock> {
  const real = realpathSync(dir);
  const usePidFile = options.pidFile ?? process.platform !== 'linux';
  return usePidFile ? lockWithPidFile(dir, real) : lockWithSocket(dir, real);
}

function socketName(real: string): string {
  return `\0lofte-pglite-${createHash('sha256').update(real).digest('hex').slice(0, 40)}`;
}

async function lockWithSocket(dir: string, real: string): Promise<DataDirLock> {
  const name = socketName(real);
  const me = describeSelf();
  const server: Server = createServer((socket) => socket.end(me));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(name, () => resolve());
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    throw new DataDirInUseError(dir, await askHolder(name));
  }
  // The lock must not keep a finished command alive.
  server.unref();
  return { release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Who holds the lock, in the holder's own words ("pid 123, lofte serve"). */
function askHolder(name: string): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const socket = connect(name);
    const done = () => resolve(text.trim().slice(0, 200) || 'okänd process / unknown process');
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('data', (d) => (text += d));
    socket.on('close', done);
    socket.on('error', () => {});
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function lockWithPidFile(dir: string, real: string): Promise<DataDirLock> {
  const file = join(real, '.lofte.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n${describeSelf()}\n`);
      closeSync(fd);
      return {
        release: async () => {
          try {
            unlinkSync(file);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const [pidLine, holder] = readFileSync(file, 'utf8').split('\n');
      const pid = Number(pidLine);
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new DataDirInUseError(dir, holder || `pid ${pid}`);
      // Left behind by a process that is gone (a crash): take it over.
      try {
        unlinkSync(file);
      } catch {
        /* another contender removed it */
      }
    }
  }
  throw new DataDirInUseError(dir, 'okänd process / unknown process');
}
