// The practice core as the rest of the extension uses it. FSRS stays behind scheduler.ts.
export { GRADES, GRADE_NAMES, isGrade, type Grade } from './grade';
export { REVIEW_LOG_SCHEMA, type LogEntry, type ResetEntry, type ReviewEntry, type ReviewSource, type SuspendEntry, type UndoEntry } from './logEntries';
export { DAY, HOUR, MINUTE, localDay, localDayAround } from './calendar';
export { PracticeState } from './practiceState';
export { PracticeStore, type ImportResult, type LoadResult, type PracticeStoreOptions } from './practiceStore';
export { NewerSchemaError } from './logFile';
export { LogChangedError, type DamageRepair, type DamagedLine } from './logDamage';
export { parseImport } from './logExport';
export {
  DEFAULT_DESIRED_RETENTION,
  DEFAULT_MAXIMUM_INTERVAL_DAYS,
  createScheduler,
  formatInterval,
  type CardPhase,
  type CardState,
  type GradePreview,
  type Scheduler,
  type SchedulerOptions,
} from './scheduler';
export { MASTERY_MIN_STABILITY_DAYS, isMastered, statusOf, type QuestionProgress, type QuestionStatus } from './status';
