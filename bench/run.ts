/**
 * Runs the benchmarks one after another, each in its own process, and
 * prints each one's JSON. `npm run bench` runs them all; `npm run bench --
 * surveys national` runs the named ones. The PostgreSQL ones make a fresh
 * database on BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test);
 * `national` at full scale takes several minutes to generate (BENCH_SCALE=0.05 for a quick look).
 * `assets` and `phone-load` measure the built staff app: `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ALL = [
  'progress',
  'promise-import',
  'zip-bomb',
  'reports',
  'public-page',
  'surveys',
  'outcomes',
  'cpu-split',
  'intake',
  'national',
  'assets',
  'phone-load',
];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const unknown = wanted.filter((name) => !ALL.includes(name));
if (unknown.length) {
  console.error(`Okänd mätning: ${unknown.join(', ')} (unknown benchmark). Finns: ${ALL.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted) {
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const run = spawnSync(process.execPath, [file], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) {
    console.error(`${name}: avslutades med kod ${run.status} (exited with ${run.status})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
