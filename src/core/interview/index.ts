// The mock interview core as the rest of the extension uses it (docs/architecture.md, "The mock interview core").
export { followUpKeyPoints, interviewMaterial, type FollowUp, type InterviewMaterial, type KeyPoint } from './interviewMaterial';
export { readKeyPointHints, type KeyPointHints, type Synonym } from './keyPointHints';
export { answerHighlights, ignoredHints, matchKeyPoints, type KeyPointMatch, type TextRange } from './matchKeyPoints';
export { wordCount } from './answerText';
export { shouldAskFollowUp, suggestGrade } from './suggestGrade';
export { interviewWeight, planMockInterview, type MockInterviewInputs } from './planMockInterview';
export { WARNING_MS, elapsedMs, isTimerState, pauseTimer, resumeTimer, startTimer, stopTimer, timerView, type TimerState, type TimerView } from './interviewTimer';
export {
  DEFAULT_INTERVIEW_SETTINGS,
  INTERVIEW_SCHEMA,
  encodeInterviewEvent,
  validateInterviewEvent,
  type AnswerEvent,
  type EndEvent,
  type InterviewEvent,
  type InterviewMode,
  type InterviewSettings,
  type NewInterviewEvent,
  type SkipEvent,
  type StartEvent,
} from './interviewRecord';
export { currentStep, followUpIndex, stepKey, type InterviewStep } from './interviewSteps';
export { foldInterviews, pendingQuestions, type FoldedInterviews, type Interview, type QuestionOutcome } from './foldInterviews';
export { questionScore, scoreTrend, summarizeInterview, type InterviewSummary, type QuestionSummary, type SummaryQuestion, type TopicResult } from './interviewSummary';
