// The generated inputs and the compiled core, shared by the suites.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateLog } from '../generate/log.mjs';
import { generatePack } from '../generate/pack.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where bench/tsconfig.json puts the compiled core. */
export const CORE_OUT = path.join(ROOT, 'out', 'bench', 'src', 'core');
/** Scratch space for generated files (git-ignored). */
export const WORK = path.join(ROOT, '.cache', 'bench');

export const PACK_QUESTIONS = 10_000;
export const LOG_REVIEWS = 100_000;
/** Far above the generated pack's size; the extension keeps the 2 MB default. */
export const BENCH_MAX_PACK_BYTES = 256 * 1024 * 1024;

/** Imports a compiled core module, e.g. core('pack/loadPack'). */
export function core(module) {
  return import(pathToFileURL(path.join(CORE_OUT, `${module}.js`)).href);
}

export function workDir(name) {
  const dir = path.join(WORK, `${name}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

let packBytes;
/** The 10,000-question pack as UTF-8 bytes. */
export function benchPackBytes() {
  packBytes ??= new TextEncoder().encode(generatePack({ questions: PACK_QUESTIONS }));
  return packBytes;
}

let questions;
/** The questions of the loaded bench pack, in order. */
export async function benchQuestions() {
  questions ??= await loadBenchQuestions();
  return questions;
}

async function loadBenchQuestions() {
  const { loadPack } = await core('pack/loadPack');
  const pack = loadPack('bench.questions.md', benchPackBytes(), { maxBytes: BENCH_MAX_PACK_BYTES });
  const loaded = pack.topics.flatMap((topic) => topic.questions);
  if (loaded.length !== PACK_QUESTIONS || pack.problems.length > 0) {
    throw new Error(`the generated pack loaded ${loaded.length} questions and ${pack.problems.length} problems`);
  }
  return loaded;
}

/** The 100,000-review log over the bench pack's questions. */
export async function benchLogText() {
  return generateLog({ questions: await benchQuestions(), reviews: LOG_REVIEWS });
}

/** Every question of the built-in packs in data/*.md. */
export async function builtInQuestions() {
  const { loadPack } = await core('pack/loadPack');
  const dir = path.join(ROOT, 'data');
  // Every built-in pack: data/*.md and data/mid-level/*.md.
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => loadPack(`data/${name}`, readFileSync(path.join(dir, name))).topics.flatMap((topic) => topic.questions));
}
