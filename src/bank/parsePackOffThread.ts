import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadPack } from '../core/pack/loadPack';
import type { ParsedPack } from '../core/pack/types';

/**
 * Above this size a pack is parsed in a worker: markdown-it takes about 0.25 ms per KB of dense
 * pack here (a 2 MB pack 0.2-0.7 s), and the extension host should not stop for more than a few ms.
 */
const OFF_THREAD_BYTES = 16 * 1024;

/**
 * loadPack, on a worker thread for big files (one worker per file, ended when it answers); small
 * files, and any worker failure, are parsed here.
 */
export async function parsePackOffThread(label: string, bytes: Uint8Array): Promise<ParsedPack> {
  if (bytes.length <= OFF_THREAD_BYTES) return loadPack(label, bytes);
  try {
    return await new Promise<ParsedPack>((resolve, reject) => {
      const worker = new Worker(path.join(__dirname, 'packWorker.js'));
      worker.once('message', (pack: ParsedPack) => {
        resolve(pack);
        void worker.terminate();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`pack worker exited with code ${code}`)));
      worker.postMessage({ label, bytes });
    });
  } catch {
    return loadPack(label, bytes);
  }
}
