import { INTERVIEW_SCHEMA, validateInterviewEvent, type AnswerEvent, type InterviewEvent, type InterviewSettings, type StartEvent } from './interviewRecord';

/** What happened to one question of an interview. */
export interface QuestionOutcome {
  readonly questionId: string;
  /** Absent while the question is not answered yet (or was skipped). */
  readonly answer?: AnswerEvent;
  readonly skipped: boolean;
  /** Answers to its follow-ups, by follow-up index. */
  readonly followUps: readonly AnswerEvent[];
}

export interface Interview {
  readonly iid: string;
  /** Epoch ms. */
  readonly startedAt: number;
  readonly settings: InterviewSettings;
  /** In the order asked, one per question of the start event. */
  readonly questions: readonly QuestionOutcome[];
  /** Epoch ms of the end event; absent while the interview is open (in progress, or abandoned). */
  readonly endedAt?: number;
  readonly endedEarly: boolean;
}

export interface FoldedInterviews {
  /** Every interview, oldest first, open ones included. */
  readonly interviews: readonly Interview[];
  /** The latest interview when it is still open: the one to resume. */
  readonly inProgress?: Interview;
  /** Lines that could not be read (a crash mid-write, a hand edit), or that name an interview with no start. */
  readonly damaged: number;
  /** Lines of a newer schema, left alone. */
  readonly newer: number;
}

interface Building {
  readonly start: StartEvent;
  readonly byQuestion: Map<string, { answer?: AnswerEvent; skipped: boolean; followUps: AnswerEvent[] }>;
  end?: { at: number; early: boolean };
}

/**
 * The interviews in a file's lines. Never throws: a line that does not parse or validate is
 * counted in `damaged` and skipped; events are applied in time order, whatever the line order;
 * a later answer to the same question replaces an earlier one (a re-grade).
 */
export function foldInterviews(lines: readonly string[]): FoldedInterviews {
  let damaged = 0;
  let newer = 0;
  const events: { event: InterviewEvent; at: number; line: number }[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      damaged++;
      return;
    }
    const version = (parsed as { v?: unknown } | null)?.v;
    if (typeof version === 'number' && version > INTERVIEW_SCHEMA) {
      newer++;
      return;
    }
    const event = validateInterviewEvent(parsed);
    if (event) events.push({ event, at: Date.parse(event.t), line: index });
    else damaged++;
  });
  events.sort((a, b) => a.at - b.at || a.line - b.line);
  const building = new Map<string, Building>();
  for (const { event, at } of events) {
    if (event.k === 'start') {
      if (building.has(event.iid)) damaged++;
      else building.set(event.iid, { start: event, byQuestion: new Map(event.questions.map((q) => [q, { skipped: false, followUps: [] }])) });
      continue;
    }
    const interview = building.get(event.iid);
    const outcome = event.k === 'end' ? undefined : interview?.byQuestion.get(event.q);
    if (!interview || (event.k !== 'end' && !outcome)) {
      damaged++;
    } else if (event.k === 'end') {
      interview.end ??= { at, early: event.early };
    } else if (event.k === 'skip' && outcome) {
      outcome.skipped = true;
    } else if (event.k === 'answer' && outcome) {
      if (event.f === undefined) outcome.answer = event;
      else outcome.followUps[event.f] = event;
    }
  }
  const interviews = [...building.values()].map(toInterview).sort((a, b) => a.startedAt - b.startedAt);
  const latest = interviews.at(-1);
  return { interviews, ...(latest && latest.endedAt === undefined ? { inProgress: latest } : {}), damaged, newer };
}

/** Questions of an interview not answered or skipped yet, in order: where a resumed interview goes on. */
export function pendingQuestions(interview: Interview): string[] {
  return interview.questions.filter((outcome) => !outcome.answer && !outcome.skipped).map((outcome) => outcome.questionId);
}

function toInterview({ start, byQuestion, end }: Building): Interview {
  return {
    iid: start.iid,
    startedAt: Date.parse(start.t),
    settings: start.settings,
    questions: start.questions.map((questionId) => {
      const outcome = byQuestion.get(questionId);
      const followUps = (outcome?.followUps ?? []).filter((answer) => answer !== undefined);
      return {
        questionId,
        ...(outcome?.answer ? { answer: outcome.answer } : {}),
        skipped: (outcome?.skipped ?? false) && !outcome?.answer,
        followUps,
      };
    }),
    ...(end ? { endedAt: end.at } : {}),
    endedEarly: end?.early ?? false,
  };
}
