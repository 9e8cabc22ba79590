import * as vscode from 'vscode';
import type { Question } from '../core/pack/types';
import { GRADE_NAMES, ReviewLog, type Grade, type ReviewEntry } from '../core/practice/reviewLog';
import { NodeFileAccess } from '../core/storage/nodeFileAccess';

export const REVIEW_LOG_FILE = 'reviews.jsonl';

/** Records grades in the review log under the extension's global storage. */
export class PracticeService {
  private readonly reviewLog: ReviewLog;

  constructor(globalStorage: vscode.Uri, private readonly now: () => Date = () => new Date()) {
    this.reviewLog = new ReviewLog(new NodeFileAccess(), vscode.Uri.joinPath(globalStorage, REVIEW_LOG_FILE).fsPath);
  }

  get logPath(): string {
    return this.reviewLog.path;
  }

  async rate(question: Question, grade: Grade): Promise<ReviewEntry> {
    return this.reviewLog.append(question.id, question.hash, grade, this.now());
  }

  describe(entry: ReviewEntry): string {
    return `Saved: ${GRADE_NAMES[entry.g]}.`;
  }
}
