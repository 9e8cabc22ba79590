import { Worker } from 'node:worker_threads';
import type { RunOutcome, RunRequest, WorkerReply } from './sqlMessages';

/** A run stopped because it took longer than the time limit. */
export class SqlTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`The SQL ran longer than ${limitMs / 1000} s and was stopped. Look for a join without a condition, a recursive query that never ends, or pg_sleep.`);
    this.name = 'SqlTimeoutError';
  }
}

export interface SqlEngineOptions {
  /** The worker script: dist/sqlWorker.js in the extension, the compiled src/sql/sqlWorker.js in tests. */
  readonly workerFile: string;
  /** Time limit for the seed and the SQL of one run, from when its database is ready. */
  readonly timeoutMs: number;
  /** Limit for the worker to start and prepare a database (initdb on a busy machine). */
  readonly startTimeoutMs?: number;
  /**
   * An idle worker is stopped after this long, which gives back its memory (a few hundred MB:
   * PGlite's WebAssembly memory for the database prepared for the next run and the pristine
   * copy); the next run starts a new one. Default 5 minutes.
   */
  readonly idleMs?: number;
}

interface InFlight {
  readonly id: number;
  readonly resolve: (outcome: RunOutcome) => void;
  readonly reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Runs SQL in the worker thread, one run at a time. The worker (and PGlite with it) is loaded on
 * the first run only. A run over the time limit terminates the worker, which stops even a query
 * that never yields, and a new one is started for the next run.
 */
export class SqlEngine {
  private worker: Worker | undefined;
  private inFlight: InFlight | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private disposed = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: SqlEngineOptions) {}

  /** Runs `seed` then `sql` in a fresh database; the outcome is the last statement's result or the error. */
  run(seed: string, sql: string): Promise<RunOutcome> {
    const result = this.queue.then(() => this.runNow({ id: this.nextId++, seed, sql }));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Starts the worker ahead of a first run (an exercise was opened), so initdb overlaps the reading. */
  warmUp(): void {
    if (!this.disposed) this.ensureWorker();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    this.stopWorker(new Error('The SQL engine was shut down.'));
  }

  /** Whether a worker is running (started, or busy with a run). */
  get isRunning(): boolean {
    return this.worker !== undefined;
  }

  private runNow(request: RunRequest): Promise<RunOutcome> {
    if (this.disposed) return Promise.reject(new Error('The SQL engine was shut down.'));
    clearTimeout(this.idleTimer);
    const worker = this.ensureWorker();
    return new Promise<RunOutcome>((resolve, reject) => {
      const startLimit = this.options.startTimeoutMs ?? 120_000;
      this.inFlight = { id: request.id, resolve, reject, timer: setTimeout(() => this.stopWorker(new Error(`The SQL engine did not start within ${startLimit / 1000} s.`)), startLimit) };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    this.scheduleIdleStop();
    const worker = new Worker(this.options.workerFile);
    worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    worker.on('error', (error) => this.stopWorker(new Error(`The SQL engine failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.stopWorker(new Error(`The SQL engine stopped (exit code ${code}).`));
    });
    // Idle, the worker must not keep a test process or the extension host alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private onReply(reply: WorkerReply): void {
    const run = this.inFlight;
    if (!run || run.id !== reply.id) return;
    clearTimeout(run.timer);
    if (reply.kind === 'started') {
      run.timer = setTimeout(() => this.timedOut(), this.options.timeoutMs);
      return;
    }
    this.inFlight = undefined;
    run.resolve(reply.outcome);
    this.scheduleIdleStop();
  }

  private scheduleIdleStop(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (!this.inFlight) this.stopWorker(new Error('The SQL engine was stopped while idle.'));
    }, this.options.idleMs ?? 5 * 60_000);
    this.idleTimer.unref();
  }

  private timedOut(): void {
    this.stopWorker(new SqlTimeoutError(this.options.timeoutMs));
    // The next run should not also wait for initdb.
    this.warmUp();
  }

  private stopWorker(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    const run = this.inFlight;
    this.inFlight = undefined;
    if (run) {
      clearTimeout(run.timer);
      run.reject(reason);
    }
    void worker?.terminate();
  }
}
