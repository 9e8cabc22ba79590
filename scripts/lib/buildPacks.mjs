// Compiles the built-in packs (junior: data/*.md, mid-level: data/mid-level/*.md, sql-practice: data/sql-practice/*.md) to dist/packs.json at build time, with the same loader
// the extension uses for workspace packs, so the first tree render needs neither markdown-it nor a
// parse. A built-in pack with any problem (error or warning) fails the build, naming file and line.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILT_IN_PACKS_FILE = path.join(ROOT, 'dist', 'packs.json');
/** Bumped when the shape of the bundle or of ParsedPack changes; the extension refuses another version
 * (src/core/pack/builtInPacks.ts defines the same number). 2: each file is `{ pack, parsed }`. */
export const BUILT_IN_PACKS_VERSION = 2;
/** Each built-in pack and the folder (relative to the repository) whose *.md files it consists of. */
export const BUILT_IN_PACK_FOLDERS = [
  { pack: 'junior', folder: 'data' },
  { pack: 'mid-level', folder: 'data/mid-level' },
  { pack: 'sql-practice', folder: 'data/sql-practice' },
];

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
  const files = BUILT_IN_PACK_FOLDERS.flatMap(({ pack, folder }) =>
    readdirSync(path.join(ROOT, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => entry.name)
      .sort(byStudyOrder)
      .map((name) => ({ pack, parsed: loadPack(`${folder}/${name}`, new Uint8Array(readFileSync(path.join(ROOT, folder, name)))) })),
  );
  const packs = files.map((file) => file.parsed);
  // Ids must be unique across every built-in pack, whichever of them a user turns on.
  const problems = packs.flatMap((pack) => pack.problems).concat(duplicateIds(packs));
  if (problems.length > 0) {
    throw new Error(`built-in packs have problems:\n${problems.map((p) => `  ${p.location.file}:${p.location.line}: ${p.severity}: ${p.message}`).join('\n')}`);
  }
  mkdirSync(path.dirname(BUILT_IN_PACKS_FILE), { recursive: true });
  writeFileSync(BUILT_IN_PACKS_FILE, JSON.stringify({ version: BUILT_IN_PACKS_VERSION, packs: files }));
  return { files: files.length, questions: packs.reduce((n, pack) => n + pack.topics.reduce((m, topic) => m + topic.questions.length, 0), 0) };
}

/**
 * Topics in the order a learner meets them (the tree shows them so); a file not listed here comes
 * after these, alphabetically.
 */
const STUDY_ORDER = [
  'fundamentals.md', 'apis-and-web.md', 'databases.md', 'architecture-and-performance.md', 'security-and-reliability.md', 'devops.md',
  'http-and-apis.md', 'data-and-transactions.md', 'distributed-systems.md', 'api-design.md', 'security-and-networking.md', 'observability.md', 'testing-and-design.md',
];

function byStudyOrder(a, b) {
  const rank = (name) => (STUDY_ORDER.includes(name) ? STUDY_ORDER.indexOf(name) : STUDY_ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Topic and question ids used twice across the built-in files, as problems in the loader's shape. */
function duplicateIds(packs) {
  const seen = new Map();
  const problems = [];
  for (const pack of packs) {
    for (const item of pack.topics.flatMap((topic) => [topic, ...topic.questions])) {
      const kind = 'topicId' in item ? 'question' : 'topic';
      const key = `${kind} ${item.id}`;
      const first = seen.get(key);
      if (first) problems.push({ severity: 'error', location: item.location, message: `${kind} id "${item.id}" is already used at ${first.file}:${first.line}` });
      else seen.set(key, item.location);
    }
  }
  return problems;
}
