/**
 * Build-time plugins for the staff app's assets (issue 16: loads fast on a
 * phone), used by vite.config.ts:
 * - precompress(): writes a brotli (.br) and a gzip (.gz) copy beside every
 *   compressible file in dist/web/assets, at the highest levels (done once,
 *   not per request); src/server/spa.ts serves them with @fastify/static's
 *   preCompressed option to browsers that accept them.
 * - chunkMap(): writes dist/web/.vite/chunks.json, which chunk holds which
 *   source modules and what each chunk loads, so bench/assets.ts can add up
 *   what a route needs from the build output; pwa.config.ts picks from the
 *   same map what the service worker keeps at install (filesFor).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The project folder (this file's), to name modules relative to it. */
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|txt|html|webmanifest|map)$/;

/** One chunk of the build as chunks.json records it. */
export interface ChunkRecord {
  file: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  /** Chunks loaded with this one (static imports). */
  imports: string[];
  /** Chunks this one may load later (import()). */
  dynamicImports: string[];
  /** Style sheets loaded with this chunk. */
  css: string[];
  /** Source modules in the chunk, relative to the project (node_modules/… for packages). */
  modules: string[];
}

/** Writes name.br and name.gz beside a file when they are smaller than it; returns how many were written. */
export function compressFile(path: string): number {
  const body = readFileSync(path);
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gz = gzipSync(body, { level: 9 });
  let written = 0;
  for (const [suffix, copy] of [
    ['br', br],
    ['gz', gz],
  ] as const) {
    if (copy.length >= body.length) continue;
    writeFileSync(`${path}.${suffix}`, copy);
    written++;
  }
  return written;
}

export function precompress(): Plugin {
  let assets = '';
  return {
    name: 'lofte-precompress',
    apply: 'build',
    configResolved(config) {
      assets = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        // Builds without assets of their own (the service worker's) have nothing to compress.
        if (!existsSync(assets)) return;
        for (const name of readdirSync(assets)) if (COMPRESSIBLE.test(name)) compressFile(join(assets, name));
      },
    },
  };
}

/** The staff app's chunk map from the last build in this process (read by pwa.config.ts after the build). */
export const built: { chunks: ChunkRecord[] | null } = { chunks: null };

/** The files (chunks with everything they import, and their style sheets) that the given source modules need. */
export function filesFor(chunks: readonly ChunkRecord[], modules: readonly string[]): Set<string> {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const files = new Set<string>();
  const add = (chunk: ChunkRecord | undefined) => {
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css) files.add(css);
    for (const file of chunk.imports) add(byFile.get(file));
  };
  for (const module of modules) {
    const chunk = chunks.find((c) => c.modules.includes(module));
    if (!chunk) throw new Error(`${module} is not in the build`);
    add(chunk);
  }
  return files;
}

export function chunkMap(): Plugin {
  return {
    name: 'lofte-chunk-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ChunkRecord[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks.push({
          file: item.fileName,
          isEntry: item.isEntry,
          isDynamicEntry: item.isDynamicEntry,
          imports: item.imports,
          dynamicImports: item.dynamicImports,
          css: [...(item.viteMetadata?.importedCss ?? [])],
          modules: item.moduleIds
            .filter((id) => !id.startsWith('\0'))
            .map((id) => (id.includes('/node_modules/') ? `node_modules/${id.split('/node_modules/').pop()}` : id))
            .map((id) => (id.startsWith(ROOT) ? id.slice(ROOT.length) : id)),
        });
      }
      // Only the staff app's own build (not the service worker's, built after it).
      if (chunks.some((c) => c.isEntry && c.modules.includes('src/web/main.tsx'))) built.chunks = chunks;
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: `${JSON.stringify(chunks, null, 1)}\n` });
    },
  };
}
