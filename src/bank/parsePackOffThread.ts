import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadPack } from '../core/pack/loadPack';
import type { ParsedPack } from '../core/pack/types';

/** Above this size a pack is parsed in a worker: a dense 2 MB pack takes markdown-it 0.2-0.7 s. */
const OFF_THREAD_BYTES = 128 * 1024;

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
