import { spawnSync } from 'node:child_process';
import * as ts from 'typescript';
import type { ExampleBlock } from './packExamples';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  allowJs: true,
  checkJs: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  types: ['node'],
  skipLibCheck: true,
};

const libraryFiles = new Map<string, ts.SourceFile>();

/** True when every import of the block is a `node:` built-in, so it can run on its own. */
export function isSelfContainedScript(code: string): boolean {
  const specifiers = [...code.matchAll(/(?:^|\n)\s*import\s[^'"]*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
  return specifiers.every((specifier) => specifier.startsWith('node:'));
}

/**
 * Type-checks a ts/js block (strict) with the TypeScript compiler API. Packages that are not
 * installed are declared as `any` modules, so a block is checked for its own mistakes, not for
 * the dependencies it names.
 */
export function typeCheckScript(block: ExampleBlock, baseDir: string): string[] {
  const fileName = `${baseDir}/__example__.${block.lang === 'ts' ? 'ts' : 'mjs'}`;
  const shimName = `${baseDir}/__example_modules__.d.ts`;
  const bare = [...block.code.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '').filter((s) => !s.startsWith('node:'));
  const packages = [...new Set(bare.filter((s) => !s.startsWith('.')))];
  const shim = packages.map((name) => `declare module '${name}' { const value: any; export = value; }`).join('\n');
  // A file the example only names (`./orders.js`, "the handlers live in orders.js") is typed `any` too.
  const localFiles = [...new Set(bare.filter((s) => s.startsWith('./')))].map((s) => [`${baseDir}/${s.slice(2).replace(/\.[cm]?js$/, '')}.d.ts`, 'declare const value: any;\nexport = value;\n'] as const);
  const host = ts.createCompilerHost(COMPILER_OPTIONS);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const sources = new Map<string, string>([[fileName, block.code], [shimName, shim], ...localFiles]);
  host.readFile = (name) => sources.get(name) ?? readFile(name);
  host.fileExists = (name) => sources.has(name) || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) => {
    const text = sources.get(name);
    if (text !== undefined) return ts.createSourceFile(name, text, language, true);
    // The standard library and @types/node are the same for every block: parse them once.
    let file = libraryFiles.get(name);
    if (!file) {
      file = getSourceFile(name, language);
      if (file) libraryFiles.set(name, file);
    }
    return file;
  };
  // JavaScript examples stay free of JSDoc type annotations, so only ts blocks must type every parameter.
  const options = block.lang === 'ts' ? COMPILER_OPTIONS : { ...COMPILER_OPTIONS, noImplicitAny: false };
  const program = ts.createProgram([fileName, shimName], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === fileName || !d.file)
    .map((d) => {
      const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      return `line ${block.line + 1 + where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
}

/** Runs a self-contained ts/js block with Node (ts is transpiled first); returns the failure, if any. */
export function runScript(block: ExampleBlock): string | undefined {
  const source = block.lang === 'ts'
    ? ts.transpileModule(block.code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText
    : block.code;
  const run = spawnSync(process.execPath, ['--input-type=module', '-'], { input: source, encoding: 'utf8', timeout: 30_000 });
  if (run.status === 0) return undefined;
  return `exited with ${run.status ?? run.signal}: ${(run.stderr || run.stdout).trim().split('\n').slice(0, 6).join('\n')}`;
}

const PYTHON_CHECK = `
import ast, sys
source = sys.stdin.read()
tree = ast.parse(source)
names = set()
for node in ast.walk(tree):
    if isinstance(node, ast.Import):
        names.update(alias.name.split('.')[0] for alias in node.names)
    elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        names.add(node.module.split('.')[0])
foreign = sorted(n for n in names if n not in sys.stdlib_module_names)
if foreign:
    print('not run, imports ' + ', '.join(foreign))
    sys.exit(0)
exec(compile(tree, '<example>', 'exec'), {'__name__': '__main__'})
print('ran')
`;

/** Parses a python block with python3 and runs it when it imports only the standard library. */
export function checkPython(block: ExampleBlock): { failure?: string; ran: boolean } {
  const run = spawnSync('python3', ['-c', PYTHON_CHECK], { input: block.code, encoding: 'utf8', timeout: 60_000 });
  if (run.error) return { failure: `python3 could not start: ${run.error.message}`, ran: false };
  if (run.status !== 0) return { failure: `python3 failed: ${(run.stderr || run.stdout).trim().split('\n').slice(-4).join('\n')}`, ran: false };
  return { ran: run.stdout.trim().endsWith('ran') };
}
