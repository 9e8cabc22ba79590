import * as vscode from 'vscode';
import { foldInterviews, type FoldedInterviews } from '../core/interview/foldInterviews';
import { encodeInterviewEvent, type NewInterviewEvent } from '../core/interview/interviewRecord';
import { isTimerState, type TimerState } from '../core/interview/interviewTimer';
import type { FileAccess } from '../core/storage/fileAccess';
import { NodeFileAccess } from '../core/storage/nodeFileAccess';
import { log } from '../log';

export const INTERVIEW_LOG_FILE = 'interviews.jsonl';
export const OPEN_STEP_FILE = 'interview-step.json';

/** The step being answered: its clock and the text typed so far, not yet an event of the log. */
export interface OpenStep {
  readonly stepKey: string;
  readonly timer: TimerState;
  readonly draft: string;
  /** Epoch ms of the last save: where a clock left running by a window that went away is paused. */
  readonly savedAt: number;
}

/** An event as the controller gives it; the store stamps its time. */
export type InterviewEventInput = NewInterviewEvent extends infer E ? (E extends NewInterviewEvent ? Omit<E, 't'> : never) : never;

/**
 * Mock interviews, kept beside the practice log in global storage: an append-only JSON Lines file
 * of events (core/interview/interviewRecord.ts), so past interviews survive the panel, reloads and
 * crashes. The step in progress (its clock and the draft) is a small file beside it, replaced
 * atomically as it changes, so a window closed without warning keeps what was typed.
 */
export class InterviewStore {
  private readonly path: string;
  private readonly stepPath: string;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    globalStorage: vscode.Uri,
    private readonly clock: () => Date,
    private readonly files: FileAccess = new NodeFileAccess(),
  ) {
    this.path = vscode.Uri.joinPath(globalStorage, INTERVIEW_LOG_FILE).fsPath;
    this.stepPath = vscode.Uri.joinPath(globalStorage, OPEN_STEP_FILE).fsPath;
  }

  async load(): Promise<FoldedInterviews> {
    const bytes = await this.files.read(this.path);
    const folded = foldInterviews(bytes ? new TextDecoder().decode(bytes).split('\n') : []);
    if (folded.damaged > 0) log().warn(`${folded.damaged} line(s) of ${this.path} could not be read and were skipped.`);
    return folded;
  }

  async append(event: InterviewEventInput): Promise<void> {
    await this.files.append(this.path, encodeInterviewEvent({ ...event, t: this.clock().toISOString() } as NewInterviewEvent));
  }

  async openStep(stepKey: string): Promise<OpenStep | undefined> {
    await this.writing;
    const bytes = await this.files.read(this.stepPath);
    let saved: unknown;
    try {
      saved = bytes && JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      log().warn(`${this.stepPath} could not be read; the step starts afresh.`);
      return undefined;
    }
    if (typeof saved !== 'object' || saved === null) return undefined;
    const step = saved as Record<string, unknown>;
    const valid = step.stepKey === stepKey && isTimerState(step.timer) && typeof step.draft === 'string' && typeof step.savedAt === 'number';
    return valid ? { stepKey, timer: step.timer as TimerState, draft: step.draft as string, savedAt: step.savedAt as number } : undefined;
  }

  /** Writes in order: a draft saved just before a submit never overwrites the submitted answer. */
  saveStep(step: OpenStep | undefined): Promise<void> {
    const write = this.writing.then(() => this.files.replaceAtomically(this.stepPath, JSON.stringify(step ?? null)));
    this.writing = write.catch(() => undefined);
    return write.then(() => undefined);
  }
}
