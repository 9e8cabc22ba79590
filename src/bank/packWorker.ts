// Runs in a worker thread (dist/packWorker.js): parses big pack files so that markdown-it's
// synchronous block parse never holds up the extension host.
import { parentPort } from 'node:worker_threads';
import { loadPack } from '../core/pack/loadPack';

parentPort?.on('message', ({ label, bytes }: { label: string; bytes: Uint8Array }) => {
  parentPort?.postMessage(loadPack(label, bytes));
});
