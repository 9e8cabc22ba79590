import { exerciseMarkdown } from '../core/exercise/exerciseMarkdown';
import type { Question, Topic } from '../core/pack/types';
import { renderMarkdown } from '../core/render/renderMarkdown';
import type { QuestionView } from '../panel/protocol';

/** What the view is built from: the question and its topic, plus the view's other fields as they are. */
export type QuestionViewInputs = Omit<QuestionView, 'questionId' | 'title' | 'chips' | 'promptHtml' | 'answerHtml'> & {
  readonly question: Question;
  readonly topic: Topic | undefined;
};

/** A question as the panel shows it: markdown rendered by the safe renderer, chips typed. */
export function questionView(inputs: QuestionViewInputs): QuestionView {
  const { question, topic } = inputs;
  // An exercise shows its task with the schema, and its reference solution as the answer.
  const { prompt, answer } = exerciseMarkdown(question);
  return {
    questionId: question.id,
    title: question.title,
    chips: [
      ...(topic ? [{ kind: 'topic' as const, text: topic.title }] : []),
      ...(question.difficulty ? [{ kind: 'difficulty' as const, text: question.difficulty }] : []),
      ...question.tags.map((tag) => ({ kind: 'tag' as const, text: tag })),
    ],
    promptHtml: renderMarkdown(prompt),
    answerHtml: renderMarkdown(answer),
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
