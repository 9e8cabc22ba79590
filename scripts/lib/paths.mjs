import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.join(ROOT, '.cache');
export const RUNS = path.join(ROOT, '.test-runs');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';
export const NODE24_BIN = path.join(CACHE, 'node24', 'node_modules', '.bin');
export const CODE_SERVER_BIN = path.join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VSIX = path.join(ROOT, 'dist-vsix', 'interview-coach.vsix');
export const EXTENSION_ID = 'interview-coach.interview-coach';
