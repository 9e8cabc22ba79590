// Bundles the extension (Node, CommonJS, `vscode` external) and the panel's webview script (browser),
// and compiles the built-in packs to dist/packs.json. Usage: node esbuild.mjs [--production] [--watch]
//
// The extension is three files, so activation loads only the first (docs/performance.md):
//   dist/extension.js   the activation entry: registers commands, the tree view, the serializer
//   dist/coach.js       everything else, require()d on first use
//   dist/markdown-it.js markdown-it, require()d when a workspace pack is parsed or a question rendered
//   dist/highlight.js   highlight.js and its languages, require()d when a question is rendered
//   dist/packWorker.js  a worker thread that parses big workspace packs
//   dist/exercise.js    the SQL exercises' adapters, require()d when an exercise is first shown
//   dist/pglite/sqlWorker.js the SQL exercises' worker thread with PGlite, started on the first run;
//                       PGlite's wasm and data files are copied next to it (dist/pglite/)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { buildBuiltInPacks } from './scripts/lib/buildPacks.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the `file:line:col: error: message` form that VS Code's $esbuild-watch matcher reads. */
const problemReporter = {
  name: 'problem-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const shared = {
  bundle: true,
  minify: production,
  sourcemap: production ? 'external' : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: watch ? [problemReporter] : [],
};

/** Leaves `require(request)` to run time, as `require(replacement)` next to the output file. */
function keepSeparate(request, replacement) {
  const filter = new RegExp(`^${request.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
  return { name: `separate-${request}`, setup: (build) => build.onResolve({ filter }, () => ({ path: replacement, external: true })) };
}

const node = {
  ...shared,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  // markdown-it's "module" build is ESM; prefer the CommonJS entry so the bundle is one CJS file.
  mainFields: ['main', 'module'],
  metafile: true,
};

/** Modules both the entry and coach.js may contain: constants only, no state. */
const SHARED_BY_ENTRY_AND_COACH = new Set(['src/viewIds.ts']);

const builds = [
  { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', plugins: [...shared.plugins, keepSeparate('./coach', './coach.js')] },
  {
    ...node,
    entryPoints: ['src/coach.ts'],
    outfile: 'dist/coach.js',
    plugins: [...shared.plugins, keepSeparate('markdown-it', './markdown-it.js'), keepSeparate('./highlighter', './highlight.js'), keepSeparate('./exerciseFeature', './exercise.js')],
  },
  // The SQL exercises' adapters, required when an exercise is first shown (src/exercise/lazyExercises.ts).
  { ...node, entryPoints: ['src/exercise/exerciseFeature.ts'], outfile: 'dist/exercise.js' },
  // highlight.js with the languages answers use, required on the first rendered question.
  { ...node, entryPoints: ['src/core/render/highlighter.ts'], outfile: 'dist/highlight.js' },
  // Parses big workspace packs off the extension host thread (src/bank/parsePackOffThread.ts).
  {
    ...node,
    entryPoints: ['src/bank/packWorker.ts'],
    outfile: 'dist/packWorker.js',
    plugins: [...shared.plugins, keepSeparate('markdown-it', './markdown-it.js'), keepSeparate('./highlighter', './highlight.js')],
  },
  // Runs exercise SQL in PGlite off the extension host thread (src/sql/sqlEngine.ts). PGlite finds
  // its .wasm and .data files next to the bundle, so the bundle goes into their folder.
  // PGlite's ES module build finds them through import.meta.url, which a CommonJS bundle lacks.
  {
    ...node,
    entryPoints: ['src/sql/sqlWorker.ts'],
    outfile: 'dist/pglite/sqlWorker.js',
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
  {
    ...node,
    stdin: { contents: "module.exports = require('markdown-it');", resolveDir: '.', sourcefile: 'markdown-it-bundle.js' },
    outfile: 'dist/markdown-it.js',
  },
  {
    ...shared,
    entryPoints: ['media/panel/main.ts'],
    outfile: 'media/dist/panel.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

/** Modules both coach.js and exercise.js may contain: no state (types, constants, pure functions). */
const SHARED_BY_COACH_AND_EXERCISE = new Set(['src/core/practice/grade.ts', 'src/core/practice/calendar.ts', 'src/exercise/exerciseProtocol.ts', 'src/core/notes/notePaths.ts', 'src/core/pack/ids.ts', 'src/storage/notesLocation.ts', 'src/bank/problemDiagnostics.ts', 'src/panel/messageChecks.ts']);

/** A module in both bundles would exist twice at run time, with two copies of its state. */
function checkSeparate(first, second, allowed, names) {
  const secondInputs = new Set(Object.keys(second.metafile.inputs));
  const shared = Object.keys(first.metafile.inputs).filter((input) => secondInputs.has(input) && !input.startsWith('node_modules/') && !allowed.has(input));
  if (shared.length > 0) throw new Error(`esbuild.mjs: ${names} both bundle ${shared.join(', ')}; import it only from one side (or only its types), or pass it in.`);
}

function checkEntryStaysSmall([entry, coach, exercise]) {
  checkSeparate(entry, coach, SHARED_BY_ENTRY_AND_COACH, 'the activation entry and coach.js');
  checkSeparate(coach, exercise, SHARED_BY_COACH_AND_EXERCISE, 'coach.js and exercise.js');
}

/** PGlite's engine files, loaded by dist/pglite/sqlWorker.js at run time. */
function copyPgliteFiles() {
  const from = 'node_modules/@electric-sql/pglite/dist';
  fs.mkdirSync('dist/pglite', { recursive: true });
  for (const name of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) fs.copyFileSync(`${from}/${name}`, `dist/pglite/${name}`);
}

await buildBuiltInPacks();
copyPgliteFiles();
if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  let timer;
  fs.watch('data', { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => buildBuiltInPacks().then(() => console.log('[watch] built-in packs compiled'), (error) => console.error(`✘ [ERROR] ${error.message}`)), 100);
  });
} else {
  checkEntryStaysSmall(await Promise.all(builds.map((options) => esbuild.build(options))));
}
