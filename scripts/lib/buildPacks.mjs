// Compiles the built-in packs (data/*.md) to dist/packs.json at build time, with the same loader
// the extension uses for workspace packs, so the first tree render needs neither markdown-it nor a
// parse. A built-in pack with any problem (error or warning) fails the build, naming file and line.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILT_IN_PACKS_FILE = path.join(ROOT, 'dist', 'packs.json');
/** Bumped when the shape of ParsedPack changes; the extension refuses another version. */
export const BUILT_IN_PACKS_VERSION = 1;

/** The core's loadPack, bundled in memory (it is TypeScript and needs markdown-it). */
async function loadPackFunction() {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'core', 'pack', 'loadPack.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    mainFields: ['main', 'module'],
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  const require = createRequire(path.join(ROOT, 'package.json'));
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return module.exports.loadPack;
}

export async function buildBuiltInPacks() {
  const loadPack = await loadPackFunction();
  const dataFolder = path.join(ROOT, 'data');
  const names = readdirSync(dataFolder).filter((name) => name.endsWith('.md')).sort();
  const packs = names.map((name) => loadPack(`data/${name}`, new Uint8Array(readFileSync(path.join(dataFolder, name)))));
  const problems = packs.flatMap((pack) => pack.problems);
  if (problems.length > 0) {
    throw new Error(`built-in packs have problems:\n${problems.map((p) => `  ${p.location.file}:${p.location.line}: ${p.severity}: ${p.message}`).join('\n')}`);
  }
  mkdirSync(path.dirname(BUILT_IN_PACKS_FILE), { recursive: true });
  writeFileSync(BUILT_IN_PACKS_FILE, JSON.stringify({ version: BUILT_IN_PACKS_VERSION, packs }));
  return { files: names.length, questions: packs.reduce((n, pack) => n + pack.topics.reduce((m, topic) => m + topic.questions.length, 0), 0) };
}
