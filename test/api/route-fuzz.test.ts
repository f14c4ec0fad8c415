/**
 * Bad input never answers 5xx, generated from the route list: every
 * operation in /api/openapi.json starts from its valid sample request
 * (route-table.ts) and each field of its body, query and path in turn gets
 * values that break it: wrong types, NUL, a lone UTF-16 surrogate, days
 * that do not exist, huge strings, negative and huge numbers, extra keys.
 * The importers (activity CSV, statistics, promise documents) get garbage
 * files. Sent as the platform admin, so every request reaches as deep as
 * its input lets it.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { buildFixture, type Fixture } from './route-fixture.ts';
import { fillPath, type Sample } from './route-table.ts';
import { call, operations, platformAdminToken, sampleOf, type JsonSchema, type Operation } from './route-matrix.ts';

let ctx: TestContext;
let f: Fixture;
let ops: Operation[];
let admin: string;

beforeAll(async () => {
  ctx = await startTestApp();
  f = await buildFixture(ctx);
  ops = (await operations(ctx)).filter((op) => op.method !== 'DELETE');
  admin = await platformAdminToken(ctx);
}, 120_000);
afterAll(async () => ctx.close());

const UNSTORABLE = ['a\u0000b', '\ud800', 'x\udc00y'];
const IMPOSSIBLE_DAYS = ['0000-01-01', '2026-02-30', '2025-13-01', '99999-01-01'];
const BAD_STRINGS = [
  ...UNSTORABLE,
  ...IMPOSSIBLE_DAYS,
  '',
  ' ',
  'x'.repeat(100_000),
  '-1',
  '1e309',
  '0',
  '../../etc/passwd',
];
const BAD_NUMBERS = [-1, 0, 0.5, 1e308, -1e308, 2 ** 53 + 1];

type Path = (string | number)[];

/** Every leaf (and every object or array) of a sample body, with its path. */
function places(value: unknown, path: Path = []): [Path, unknown][] {
  const out: [Path, unknown][] = path.length ? [[path, value]] : [];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...places(v, [...path, i]));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...places(v, [...path, k]));
  return out;
}

function replaced(body: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const base = body ?? (typeof path[0] === 'number' ? [] : {});
  const copy: Record<string | number, unknown> = Array.isArray(base) ? ([...base] as never) : { ...(base as object) };
  copy[path[0]!] = replaced(copy[path[0]!], path.slice(1), value);
  return copy;
}

/** Values that break a field like `sample`: each kind of field gets the breakages that could get past a weak check. */
function badValuesFor(sample: unknown): unknown[] {
  if (typeof sample === 'string') {
    const days = /^\d{4}-\d{2}-\d{2}$/.test(sample) ? IMPOSSIBLE_DAYS : IMPOSSIBLE_DAYS.slice(0, 1);
    return [...UNSTORABLE, ...days, '', 'x'.repeat(100_000), null, 12, {}];
  }
  if (typeof sample === 'number') return [...BAD_NUMBERS, null, '1', {}];
  if (typeof sample === 'boolean') return [null, 'true', 1];
  return [null, 'text', Array.isArray(sample) ? {} : []];
}

/** Every field the body's JSON schema describes (optional ones too), with its schema: arrays by their first element. */
function schemaPlaces(schema: JsonSchema | undefined, path: Path = [], depth = 0): [Path, JsonSchema][] {
  if (!schema || depth > 8) return [];
  const branch = schema.anyOf?.find((s) => s.type === 'object' || s.type === 'array') ?? schema.oneOf?.[0];
  if (branch) return schemaPlaces(branch, path, depth + 1);
  const out: [Path, JsonSchema][] = path.length ? [[path, schema]] : [];
  for (const [k, v] of Object.entries(schema.properties ?? {})) out.push(...schemaPlaces(v, [...path, k], depth + 1));
  if (schema.items) out.push(...schemaPlaces(schema.items, [...path, 0], depth + 1));
  return out;
}

/** Values just outside what the schema allows: one past each bound, a value not in the list, a day that does not exist. */
function breakingSchema(s: JsonSchema): unknown[] {
  const out: unknown[] = [];
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (s.enum) out.push('inget-av-värdena');
  if (types.includes('string')) {
    out.push(UNSTORABLE[0], UNSTORABLE[1]);
    if (s.maxLength !== undefined) out.push('x'.repeat(s.maxLength + 1));
    if (s.pattern?.includes('\\d{4}') || s.format === 'date') out.push(...IMPOSSIBLE_DAYS.slice(0, 2));
    if (s.format === 'uuid') out.push('00000000-0000-4000-8000-00000000000g', '00000000-0000-4000-8000-000000000000');
  }
  if (types.includes('integer') || types.includes('number')) {
    if (s.minimum !== undefined) out.push(s.minimum - 1);
    if (s.maximum !== undefined) out.push(s.maximum + 1);
    out.push(1e308, types.includes('integer') ? 0.5 : -1e308);
  }
  if (types.includes('boolean')) out.push('false');
  if (types.includes('array'))
    out.push(
      [null],
      Array.from({ length: 6000 }, () => 1),
    );
  if (types.includes('object')) out.push({ '': null });
  return out;
}

/** One place per position in the schema: the first element of an array stands for the others. */
const firstOfEach = ([path]: [Path, unknown]) => path.every((p) => typeof p === 'string' || p === 0);

interface Failure {
  what: string;
  status: number;
  body: string;
}

async function send(
  op: Operation,
  sample: Sample,
  failures: Failure[],
  what: string,
  url?: string,
): Promise<LightMyRequestResponse> {
  const res = await call(ctx, op, f, { token: admin, sample, ...(url ? { url } : {}) });
  if (res.statusCode >= 500)
    failures.push({ what: `${op.key} ${what}`, status: res.statusCode, body: res.body.slice(0, 200) });
  return res;
}

const show = (v: unknown) => JSON.stringify(v)?.slice(0, 30);

describe('the samples the generated tests start from', () => {
  it("pass their routes' schemas", async () => {
    const invalid: string[] = [];
    for (const op of ops) {
      const sample = sampleOf(op, f);
      if (!sample.body && !sample.query) continue;
      const res = await call(ctx, op, f, { token: admin, sample });
      const body = res.headers['content-type']?.toString().includes('json')
        ? (res.json() as { code?: string; details?: unknown })
        : {};
      if (res.statusCode === 400 && body.code === 'validation_failed' && Array.isArray(body.details))
        invalid.push(`${op.key}: ${res.body.slice(0, 200)}`);
    }
    expect(invalid).toEqual([]);
  });
});

describe('a value that breaks a field', () => {
  it('in a JSON body never gives a 5xx, and unstorable text is a 400 naming the field', async () => {
    const failures: Failure[] = [];
    const unnamed: string[] = [];
    for (const op of ops) {
      const sample = sampleOf(op, f);
      if (sample.body === undefined || typeof sample.body !== 'object') continue;
      for (const [path, value] of places(sample.body).filter(firstOfEach)) {
        for (const bad of badValuesFor(value)) {
          const res = await send(
            op,
            { ...sample, body: replaced(sample.body, path, bad) },
            failures,
            `/${path.join('/')} = ${show(bad)}`,
          );
          if (typeof bad === 'string' && UNSTORABLE.includes(bad)) {
            const details =
              res.statusCode === 400 ? (res.json() as { code: string; details?: { path: string }[] }) : null;
            if (details?.code !== 'invalid_text' || details.details?.[0]?.path !== `/body/${path.join('/')}`) {
              unnamed.push(`${op.key} /${path.join('/')} ${show(bad)}: ${res.statusCode} ${res.body.slice(0, 120)}`);
            }
          }
        }
      }
      await send(
        op,
        { ...sample, body: { ...(sample.body as object), unexpected: 'x', ['\u0000']: 1 } },
        failures,
        'extra keys',
      );
      await send(
        op,
        {
          ...sample,
          raw: {
            payload: '{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}',
            contentType: 'application/json',
          },
        },
        failures,
        '__proto__',
      );
      await send(op, { ...sample, raw: { payload: '[', contentType: 'application/json' } }, failures, 'broken JSON');
      await send(
        op,
        { ...sample, raw: { payload: '['.repeat(50_000) + ']'.repeat(50_000), contentType: 'application/json' } },
        failures,
        'deep JSON',
      );
    }
    expect(failures).toEqual([]);
    expect(unnamed).toEqual([]);
  }, 300_000);

  it('one step outside its JSON schema (optional fields too) never gives a 5xx', async () => {
    const failures: Failure[] = [];
    for (const op of ops) {
      const sample = sampleOf(op, f);
      if (sample.body === undefined || typeof sample.body !== 'object') continue;
      const schema = op.spec.requestBody?.content['application/json']?.schema;
      for (const [path, node] of schemaPlaces(schema)) {
        for (const bad of breakingSchema(node)) {
          await send(
            op,
            { ...sample, body: replaced(sample.body, path, bad) },
            failures,
            `/${path.join('/')} = ${show(bad)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('in the query or the path never gives a 5xx', async () => {
    const failures: Failure[] = [];
    for (const op of ops) {
      const sample = sampleOf(op, f);
      for (const p of op.spec.parameters ?? []) {
        const fromSchema = breakingSchema(p.schema)
          .filter((v) => typeof v !== 'object')
          .map(String);
        for (const bad of [...BAD_STRINGS, ...fromSchema]) {
          if (p.in === 'query')
            await send(
              op,
              { ...sample, query: { ...sample.query, [p.name]: bad } },
              failures,
              `?${p.name}=${show(bad)}`,
            );
          if (p.in === 'path') {
            const url = fillPath(
              op.path.replace(
                `{${p.name}}`,
                encodeURIComponent(bad.toWellFormed()).replaceAll('%EF%BF%BD', '%ED%A0%80'),
              ),
              f,
            );
            await send(op, sample, failures, `{${p.name}}=${show(bad)}`, url);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('that is a day which does not exist is a 400 naming the field, in bodies and queries', async () => {
    const wrong: string[] = [];
    for (const op of ops) {
      const sample = sampleOf(op, f);
      const days = places(sample.body).filter(([, v]) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));
      const queryDays = Object.entries(sample.query ?? {}).filter(([, v]) => /^\d{4}-\d{2}-\d{2}$/.test(v));
      for (const bad of ['0000-01-01', '2026-02-30', '1899-12-31', '10000-01-01']) {
        for (const [path] of days) {
          const res = await call(ctx, op, f, {
            token: admin,
            sample: { ...sample, body: replaced(sample.body, path, bad) },
          });
          if (res.statusCode !== 400 || !namesField(res, path))
            wrong.push(`${op.key} /${path.join('/')}=${bad}: ${res.statusCode} ${res.body.slice(0, 100)}`);
        }
        for (const [name] of queryDays) {
          const res = await call(ctx, op, f, {
            token: admin,
            sample: { ...sample, query: { ...sample.query, [name]: bad } },
          });
          if (res.statusCode !== 400 || !res.body.includes(`${name}`))
            wrong.push(`${op.key} ?${name}=${bad}: ${res.statusCode} ${res.body.slice(0, 100)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** The answer says which field: its path (schema errors), its name (a use case's check) or its row (a batch's report). */
function namesField(res: LightMyRequestResponse, path: Path): boolean {
  if (res.body.includes(`/${path.join('/')}`)) return true;
  const details = (res.json() as { details?: { field?: string; rows?: { index?: number }[] } }).details;
  if (details?.field === path.at(-1)) return true;
  return Boolean(details?.rows?.some((r) => path.includes(r.index as number)));
}

const opOf = (key: string) => ops.find((op) => op.key === key)!;

function multipart(filename: string, bytes: Uint8Array): Sample {
  const boundary = 'lofte-fuzz-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const payload = Buffer.concat([head, Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { raw: { payload, contentType: `multipart/form-data; boundary=${boundary}` } };
}

describe('garbage files to the importers', () => {
  const csvs = (c: string) => [
    `åtagande;datum;antal\n${c};0000-01-01;1\n`,
    `åtagande;datum;antal\n${c};2026-02-30;1\n`,
    `åtagande;datum;antal\n${c};2025-03-01;1e309\n`,
    `åtagande;datum;antal\n${c};2025-03-01;-5\n`,
    `åtagande;datum;antal\n${c}\u0000;2025-03-01;1\n`,
    `åtagande;datum;antal\n"${c};2025-03-01;1\n`,
    `\ufeffåtagande;datum;antal\r\n${c};2025-03-01;1\r\n`,
    'åtagande;datum;antal\n',
    '',
    ';;;;\n;;;;\n',
    `${'a;'.repeat(20_000)}\n`,
    '"'.repeat(10_000),
  ];

  it('the activity CSV upload never gives a 5xx', async () => {
    const failures: Failure[] = [];
    const op = opOf('POST /api/v1/activities/import');
    for (const text of csvs(f.commitmentIds[0]!)) {
      await send(op, { raw: { payload: text, contentType: 'text/csv' } }, failures, show(text)!);
      await send(op, { body: { csv: text } }, failures, `{csv: ${show(text)}}`);
    }
    await send(
      op,
      { body: { csv: `åtagande;datum;antal\n${f.commitmentIds[0]};2025-03-01;1\ud800\n` } },
      failures,
      'lone surrogate',
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const res = await call(ctx, op, f, {
          token: admin,
          sample: { raw: { payload: Buffer.from(bytes), contentType: 'text/csv' } },
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
    expect(failures).toEqual([]);
  });

  it('the statistics import never gives a 5xx, from any source', async () => {
    const failures: Failure[] = [];
    const op = opOf('POST /api/v1/statistics/imports');
    const files: [string, string][] = [
      ['bra', 'Kommun;Antal;Per 100 000 inv\nKalix;-1;x\n'],
      ['bra', 'Kommun;Antal\nKalix\u0000;1\n'],
      ['bra', '"'.repeat(5000)],
      ['bra', ''],
      [
        'polisen',
        '[{"id": 1, "datetime": "0000-01-01 00:00:00 +01:00", "name": "x", "type": "Stöld", "location": {"name": "Kalix"}}]',
      ],
      [
        'polisen',
        '[{"id": 1, "datetime": "2026-02-30 25:61:00 +01:00", "name": "x", "type": "Stöld", "location": {"name": "Kalix"}}]',
      ],
      [
        'polisen',
        '[{"id": 1e309, "datetime": "2025-03-01 10:00:00 +01:00", "name": "x", "summary": "\\ud800", "type": "Stöld", "location": {"name": "Kalix", "gps": "a,b"}}]',
      ],
      [
        'polisen',
        '[{"id": 2, "datetime": "2025-03-01 10:00:00 +01:00", "name": "x\\u0000", "summary": "\\u0000\\udc00", "type": "Stöld\\u0000", "location": {"name": "Kalix\\u0000"}}]',
      ],
      ['polisen', '{"not": "a list"}'],
      ['polisen', '[null, 1, "x", []]'],
      ['polisen', '['.repeat(20_000)],
      ['scb', '{"data": [{"key": ["2514", "0000"], "values": ["-1"]}]}'],
      ['scb', '{"data": [{"key": null, "values": null}]}'],
      ['scb', '{"data": [{"key": ["2514\\u0000", "2023"], "values": ["1\\u0000"]}]}'],
      ['scb', '[]'],
      ['scb', 'null'],
      ['bra', 'Anmälda brott\nRegion;Brottskategori;År;Antal\nKalix;Rån;9999999;1e309\n'],
      ['bra', 'Region;Brottskategori;2023\n;;\n;;-\n'],
      ['bra', 'Region;2023;2023\nKalix;1;2\nKalix\u0000;-;..\n'],
      ['bra', 'Region;Brottskategori;Mått;2023\nKalix;Rån;Per 100 000;x\nKalix;Rån;Antal;-\nKalix;Rån;Antal;1\n'],
      ['scb', '{"class": "dataset", "id": ["Region", "Tid"], "size": [100000, 100000], "dimension": {}, "value": {}}'],
      [
        'scb',
        '{"class": "dataset", "id": ["Region", "Tid"], "size": [1, 1], "dimension": {"Region": null}, "value": [1]}',
      ],
      [
        'scb',
        '{"class": "dataset", "id": ["A", "B"], "size": [1, 1], "role": {"geo": 5, "time": "B"}, "dimension": {"A": {"category": {"index": ["2514"]}}, "B": {"category": {"index": ["2023"]}}}, "value": [-5]}',
      ],
      [
        'scb',
        '{"class": "dataset", "id": ["Region", "Tid"], "size": [1, 1], "dimension": {"Region": {"category": {"index": {"2514": 7}}}, "Tid": {"category": {"index": ["20x3"]}}}, "value": {"0": "1"}, "status": 3}',
      ],
      ['scb', '"region","år","Folkmängd"\n"2514 Kalix","0000",-1\n'],
      ['scb', 'region;2023\n\u0000;1\n"'],
    ];
    for (const [source, content] of files) {
      await send(op, { body: { source, year: 2024, content } }, failures, `${source} ${show(content)}`);
      await send(
        op,
        { raw: { payload: content, contentType: 'text/plain' }, query: { source, year: '2024' } },
        failures,
        `${source} raw ${show(content)}`,
      );
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('bra', 'polisen', 'scb'),
        fc.string({ maxLength: 500, unit: 'binary' }),
        async (source, content) => {
          const res = await call(ctx, op, f, { token: admin, sample: { body: { source, year: 2024, content } } });
          expect(res.statusCode, res.body).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
    expect(failures).toEqual([]);
  });

  it('the promise document import (text or .docx) never gives a 5xx', async () => {
    const failures: Failure[] = [];
    const op = opOf('POST /api/v1/imports/promise');
    const zipHeader = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    for (const [name, bytes] of [
      ['x.docx', zipHeader],
      ['x.docx', new Uint8Array()],
      ['x.txt', Buffer.from('Löfte\u0000\n')],
      ['x.docx', Buffer.from('not a zip')],
    ] as const) {
      await send(op, multipart(name, bytes), failures, `multipart ${name} ${bytes.length} bytes`);
    }
    await send(op, { body: { text: 'Löfte \ud800' } }, failures, 'lone surrogate');
    await send(op, { body: { text: 12 } }, failures, 'text: 12');
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom('a.docx', 'a.txt', 'a'),
        async (bytes, name) => {
          const res = await call(ctx, op, f, { token: admin, sample: multipart(name, bytes) });
          expect(res.statusCode, res.body).toBeLessThan(500);
        },
      ),
      { numRuns: 40 },
    );
    expect(failures).toEqual([]);
  });
});

describe('the public pages and forms (outside the API description)', () => {
  it('never give a 5xx for unstorable text, impossible days or huge values', async () => {
    const survey = (await call(ctx, opOf('GET /api/v1/surveys/{id}'), f, { token: admin })).json() as {
      publicId: string;
    };
    expect(survey.publicId).toMatch(/./);
    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
    const requests: { method: 'GET' | 'POST'; url: string; payload?: string }[] = [];
    for (const bad of [...UNSTORABLE, ...IMPOSSIBLE_DAYS, 'x'.repeat(20_000)]) {
      requests.push(
        { method: 'POST', url: '/prenumeration', payload: form({ kommun: 'kalix', email: `${bad}@example.se` }) },
        { method: 'POST', url: '/prenumeration', payload: form({ kommun: bad, email: 'a@example.se' }) },
        { method: 'POST', url: `/enkat/${survey.publicId}`, payload: form({ worry: bad, comments: bad }) },
        {
          method: 'GET',
          url: `/kommun/kalix?lang=${encodeURIComponent(bad.toWellFormed())}&ar=${encodeURIComponent(bad.toWellFormed())}`,
        },
        { method: 'GET', url: `/prenumeration/bekrafta?token=${encodeURIComponent(bad.toWellFormed())}` },
      );
    }
    requests.push(
      { method: 'GET', url: '/kommun/%00' },
      { method: 'GET', url: '/enkat/%ED%A0%80' },
      { method: 'GET', url: '/sverige?ar=0000' },
    );
    const failures: string[] = [];
    for (const r of requests) {
      const res = await ctx.app.inject({
        method: r.method,
        url: r.url,
        ...(r.payload === undefined ? {} : { payload: r.payload }),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      if (res.statusCode >= 500)
        failures.push(`${r.method} ${r.url.slice(0, 80)} ${r.payload?.slice(0, 60) ?? ''}: ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it("answer a form with unstorable text by a page in the visitor's language, not JSON", async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/prenumeration?lang=en',
      payload: 'kommun=kalix&email=a%00b%40example.se',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('The text could not be received');
    const sv = await ctx.app.inject({
      method: 'POST',
      url: '/prenumeration',
      payload: 'kommun=kalix&email=a%00b%40example.se',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    });
    expect(sv.body).toContain('Texten kunde inte tas emot');
  });
});
