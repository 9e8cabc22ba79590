import type { QuestionBank } from '../core/pack/questionBank';
import type { Question } from '../core/pack/types';
import { pickWeighted } from '../core/picking/pickQuestion';
import type { PracticeState } from '../core/practice';

export interface ChooseFilter {
  readonly topicId?: string;
  readonly tag?: string;
}

/** Picks questions from the bank using the practice state: smart random, and most overdue first. */
export class QuestionChooser {
  private lastId: string | undefined;

  constructor(private readonly randomSource: () => number = Math.random) {}

  remember(questionId: string): void {
    this.lastId = questionId;
  }

  /** Smart random: due first, then new, then weak; never the last one shown. */
  random(bank: QuestionBank, state: PracticeState, now: Date, filter: ChooseFilter = {}, newPerDay = 0): Question | undefined {
    const options = { random: this.randomSource, lastId: this.lastId, ...filter };
    const questions = bank.questions();
    const pick = (newQuestions: boolean): Question | undefined =>
      pickWeighted(questions, (question) => state.pickWeight(question.id, now, newQuestions), options);
    // Past the daily limit of new questions, new ones wait, unless nothing else is left.
    const newAllowed = newPerDay <= 0 || state.newToday(now) < newPerDay;
    return (newAllowed ? undefined : pick(false)) ?? pick(true);
  }

  /** The most overdue due question (excluding the one just shown), or undefined when nothing is due. */
  nextDue(bank: QuestionBank, state: PracticeState, now: Date): Question | undefined {
    let best: { question: Question; due: number } | undefined;
    for (const question of bank.questions()) {
      if (question.id === this.lastId) continue;
      const progress = state.progress(question.id, now);
      if (progress.status !== 'due' && !(progress.status === 'learning' && progress.due && progress.due <= now)) continue;
      const due = progress.due?.getTime() ?? 0;
      if (!best || due < best.due) best = { question, due };
    }
    return best?.question;
  }

  /** When the next review falls due, for "nothing due" messages. */
  nextDueDate(bank: QuestionBank, state: PracticeState, now: Date): Date | undefined {
    let earliest: Date | undefined;
    for (const question of bank.questions()) {
      const progress = state.progress(question.id, now);
      if (progress.suspended || !progress.due) continue;
      if (!earliest || progress.due < earliest) earliest = progress.due;
    }
    return earliest;
  }
}
