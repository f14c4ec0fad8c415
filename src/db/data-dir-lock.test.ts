import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function freshDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'lofte-lock-'));
  dirs.push(d);
  return d;
}

/** Another process that takes the lock and holds it until killed. */
async function holderProcess(dir: string, pidFile: boolean) {
  const module = new URL('./data-dir-lock.ts', import.meta.url).pathname;
  const code = `import { lockDataDir } from ${JSON.stringify(module)};
    await lockDataDir(${JSON.stringify(dir)}, { pidFile: ${pidFile} }); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('held') && resolve());
    child.once('exit', (c) => reject(new Error(`holder exited ${c}`)));
  });
  return child;
}

describe.each([
  { pidFile: false, kind: 'abstract socket' },
  { pidFile: true, kind: 'pid file' },
])('data folder lock ($kind)', ({ pidFile }) => {
  it('refuses a second holder in this process until the first releases', async () => {
    const dir = freshDir();
    const first = await lockDataDir(dir, { pidFile });
    await expect(lockDataDir(dir, { pidFile })).rejects.toThrow(DataDirInUseError);
    await expect(lockDataDir(dir, { pidFile })).rejects.toThrow(`pid ${process.pid}`);
    await first.release();
    const again = await lockDataDir(dir, { pidFile });
    await again.release();
  });

  it('names the other process that holds it, and is free again after that process is killed with SIGKILL', async () => {
    const dir = freshDir();
    const child = await holderProcess(dir, pidFile);
    const refused = await lockDataDir(dir, { pidFile }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DataDirInUseError);
    expect((refused as Error).message).toContain(`pid ${child.pid}`);
    expect((refused as Error).message).toMatch(/används redan.*in use/);
    expect((refused as Error).message).not.toContain('\n');
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const taken = await lockDataDir(dir, { pidFile });
    await taken.release();
  });
});
