import type { Question, Topic } from '../core/pack/types';
import type { Grade } from '../core/practice/grade';
import { renderMarkdown } from '../core/render/renderMarkdown';
import type { QuestionView } from '../panel/protocol';

export interface QuestionViewInputs {
  readonly question: Question;
  readonly topic: Topic | undefined;
  readonly revealed: boolean;
  readonly intervals: Readonly<Record<Grade, string>>;
  readonly note: QuestionView['note'];
  readonly session: string;
  readonly ahead: string;
  readonly notice: string;
  readonly autoAdvance: boolean;
  readonly timerVisible: boolean;
  readonly openSections: Readonly<Record<string, boolean>>;
}

/** A question as the panel shows it: markdown rendered by the safe renderer, chips typed. */
export function questionView(inputs: QuestionViewInputs): QuestionView {
  const { question, topic } = inputs;
  return {
    questionId: question.id,
    title: question.title,
    chips: [
      ...(topic ? [{ kind: 'topic' as const, text: topic.title }] : []),
      ...(question.difficulty ? [{ kind: 'difficulty' as const, text: question.difficulty }] : []),
      ...question.tags.map((tag) => ({ kind: 'tag' as const, text: tag })),
    ],
    promptHtml: renderMarkdown(question.prompt),
    answerHtml: renderMarkdown(question.answer),
    intervals: inputs.intervals,
    note: inputs.note,
    revealed: inputs.revealed,
    session: inputs.session,
    ahead: inputs.ahead,
    notice: inputs.notice,
    autoAdvance: inputs.autoAdvance,
    timerVisible: inputs.timerVisible,
    openSections: inputs.openSections,
  };
}
