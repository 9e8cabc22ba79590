import type { PackProblem, ParsedPack, Question, SkippedQuestion, Topic } from './types';

/** All loaded packs merged: topics in load order, questions by id, problems by file. */
export class QuestionBank {
  private readonly byId = new Map<string, Question>();
  private readonly topicList: Topic[] = [];
  private readonly problemList: PackProblem[] = [];
  private questionList: readonly Question[] | undefined;

  constructor(packs: readonly ParsedPack[]) {
    for (const pack of packs) {
      this.problemList.push(...pack.problems);
      for (const topic of pack.topics) this.addTopic(topic);
    }
  }

  get topics(): readonly Topic[] {
    return this.topicList;
  }

  get problems(): readonly PackProblem[] {
    return this.problemList;
  }

  get size(): number {
    return this.byId.size;
  }

  question(id: string): Question | undefined {
    return this.byId.get(id);
  }

  topic(id: string): Topic | undefined {
    return this.topicList.find((topic) => topic.id === id);
  }

  /** Every question, in load order: the same array on every call (the picker keeps work per list). */
  questions(): readonly Question[] {
    this.questionList ??= Object.freeze([...this.byId.values()]);
    return this.questionList;
  }

  private addTopic(topic: Topic): void {
    const skipped: SkippedQuestion[] = [...(topic.skipped ?? [])];
    const questions = topic.questions.filter((question) => {
      const earlier = this.byId.get(question.id);
      if (!earlier) {
        this.byId.set(question.id, question);
        return true;
      }
      this.problemList.push({
        severity: 'error',
        location: question.location,
        message: `Question id "${question.id}" is already used in ${earlier.location.file}:${earlier.location.line}; this question is skipped.`,
        hint: 'Give the question its own "id:" line.',
      });
      skipped.push({ title: question.title, line: question.location.line, reason: `id "${question.id}" already used in ${earlier.location.file}` });
      return false;
    });
    const sameId = this.topicList.filter((t) => t.id === topic.id).length;
    const id = sameId === 0 ? topic.id : `${topic.id}~${sameId + 1}`;
    const lost = skipped.length > 0 ? { skipped: skipped.sort((a, b) => a.line - b.line) } : {};
    this.topicList.push({ ...topic, id, questions: questions.map((q) => (id === q.topicId ? q : { ...q, topicId: id })), ...lost });
  }
}
