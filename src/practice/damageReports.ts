import * as vscode from 'vscode';
import type { DamagedLine } from '../core/practice';
import { log } from '../log';

export const REPAIR_LOG_COMMAND = 'interviewCoach.repairPracticeLog';
/** The button of the damage report that runs REPAIR_LOG_COMMAND. */
export const MOVE_DAMAGED_LINES = 'Move to a Backup File';
/** Fingerprints (see core/practice/logDamage.ts) of the damaged lines already reported. */
const REPORTED_DAMAGE_KEY = 'interviewCoach.practiceLog.reportedDamage';
/**
 * Global state holds one JSON value, so only the first damaged lines are remembered and compared:
 * in a log with more, a new damaged line past them is not reported (the move takes them all).
 */
const MAX_REMEMBERED = 1000;

/**
 * Reports the practice log's damaged lines once per damage: which were reported is kept in
 * `memory` (the extension's global state, shared by windows and sessions), so the same damaged
 * line is not reported again at the next start, while a new one is. The report offers to move
 * the damaged lines into a backup file.
 */
export class DamageReports {
  /** The skipped line numbers last looked at, so an unchanged damage is not read again on every reload. */
  private checked = '';
  private queue: Promise<void> = Promise.resolve();
  /** Without `memory` (a service a test creates), damage is reported once per session. */
  private sessionReported: readonly string[] = [];

  constructor(private readonly damagedLines: () => Promise<readonly DamagedLine[]>, private readonly memory?: vscode.Memento) {}

  /** Takes the skipped line numbers of each load or reload; reports when a damaged line is new. */
  notice(skippedLines: readonly number[], logPath: string): void {
    const damage = skippedLines.join(',');
    if (damage === this.checked) return;
    this.checked = damage;
    if (damage === '') return;
    log().warn(`Skipped unreadable lines of ${logPath}: ${damage}`);
    // One check at a time, so a reload on focus and one on the file's change cannot both report.
    this.queue = this.queue.then(() => this.reportNew()).catch((error: unknown) => log().error(`Could not check the damaged lines of ${logPath}: ${String(error)}`));
  }

  /** After the damaged lines were moved out: nothing is left to remember. */
  async forget(): Promise<void> {
    this.checked = '';
    await this.remember([]);
  }

  private async reportNew(): Promise<void> {
    const damaged = (await this.damagedLines()).slice(0, MAX_REMEMBERED);
    const remembered: unknown = this.memory ? this.memory.get(REPORTED_DAMAGE_KEY) : this.sessionReported;
    const reported = new Set(Array.isArray(remembered) ? remembered : []);
    if (damaged.some(({ fingerprint }) => !reported.has(fingerprint))) {
      const lines = damaged.map(({ line }) => line);
      void vscode.window
        .showWarningMessage(
          `Interview Coach: ${lines.length} damaged line(s) in your practice log could not be read and were skipped (line ${listLines(lines)}); every other review was kept. Move them into a backup file next to the log? They are kept there exactly as they are, and this message stops.`,
          MOVE_DAMAGED_LINES,
        )
        .then((choice) => {
          if (choice === MOVE_DAMAGED_LINES) void vscode.commands.executeCommand(REPAIR_LOG_COMMAND);
        });
    }
    // Only the damage still in the log is remembered, so the list is never longer than the damage.
    await this.remember(damaged);
  }

  private async remember(damaged: readonly DamagedLine[]): Promise<void> {
    const fingerprints = damaged.map(({ fingerprint }) => fingerprint);
    this.sessionReported = fingerprints;
    await this.memory?.update(REPORTED_DAMAGE_KEY, fingerprints);
  }
}

/** At most ten line numbers, for a message. */
export function listLines(lines: readonly number[]): string {
  return lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', ...' : '');
}
