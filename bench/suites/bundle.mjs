// 6. Bundle size: the minified dist/extension.js (the activation entry), what else loads before the
//    first tree render (dist/coach.js) and later (dist/markdown-it.js), the packaged VSIX
//    (`node scripts/package.mjs` does the same build), and how many files the VSIX holds.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { packageVsix } from '../../scripts/lib/packageVsix.mjs';
import { ROOT } from '../lib/fixtures.mjs';
import { row } from '../lib/measure.mjs';

/** The entry count of a zip file, from its end-of-central-directory record. */
export function zipEntries(file) {
  const bytes = readFileSync(file);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return bytes.readUInt16LE(i + 10);
  }
  throw new Error(`${file} is not a zip file`);
}

/** Each entry's name and compressed size, from the zip's central directory. */
export function zipSizes(file) {
  const bytes = readFileSync(file);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const entries = [];
  let offset = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: damaged central directory`);
    const compressed = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({ name, compressed });
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

/** The SQL engine's files (dist/pglite/): shipped in the VSIX, loaded only by the SQL worker. */
const ENGINE_PREFIX = 'extension/dist/pglite/';

/** Builds the production bundle and the VSIX; returns the rows and the VSIX path. */
export async function runBundle() {
  const vsix = await packageVsix();
  const KB = 1024;
  const size = (name) => statSync(path.join(ROOT, 'dist', name)).size / KB;
  const [entry, coach, markdownIt] = [size('extension.js'), size('coach.js'), size('markdown-it.js')];
  const vsixSize = statSync(vsix).size / KB;
  const engineInVsix = zipSizes(vsix).filter((entry) => entry.name.startsWith(ENGINE_PREFIX)).reduce((sum, entry) => sum + entry.compressed, 0) / KB;
  const engineFiles = ['sqlWorker.js', 'pglite.wasm', 'pglite.data', 'initdb.wasm'].reduce((sum, name) => sum + size(`pglite/${name}`), 0);
  const rows = [
    row({ id: 'bundle.extension', name: 'dist/extension.js (minified activation entry)', value: entry, unit: 'KB', target: 150, kind: 'max' }),
    row({ id: 'bundle.firstRender', name: '… + dist/coach.js (loaded by the first tree render)', value: entry + coach, unit: 'KB', target: 150, kind: 'max' }),
    row({ id: 'bundle.all', name: '… + dist/markdown-it.js (first workspace pack or rendered question)', value: entry + coach + markdownIt, unit: 'KB', kind: 'info' }),
    row({ id: 'bundle.packs', name: 'dist/packs.json (built-in packs, parsed at build time)', value: size('packs.json'), unit: 'KB', kind: 'info' }),
    row({ id: 'bundle.exercise', name: 'dist/exercise.js (SQL exercise adapters, first exercise shown)', value: size('exercise.js'), unit: 'KB', kind: 'info' }),
    row({ id: 'bundle.engine', name: 'SQL engine dist/pglite/ (worker bundle + PGlite wasm/data, first Run)', value: engineFiles / KB, unit: 'MB', kind: 'info' }),
    row({ id: 'bundle.vsixCore', name: 'VSIX size without the SQL engine', value: vsixSize - engineInVsix, unit: 'KB', target: 300, kind: 'max' }),
    row({ id: 'bundle.vsixEngine', name: '… the SQL engine in the VSIX (compressed)', value: engineInVsix / KB, unit: 'MB', kind: 'info' }),
    row({ id: 'bundle.vsix', name: 'VSIX size, all', value: vsixSize / KB, unit: 'MB', kind: 'info' }),
    row({ id: 'bundle.files', name: 'Files in the VSIX', value: zipEntries(vsix), unit: 'files', kind: 'info', note: 'zip entries, manifest included' }),
  ];
  return { rows, vsix };
}
