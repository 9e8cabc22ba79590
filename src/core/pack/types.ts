import type { Exercise } from '../exercise/exercise';

export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/** Where something came from: the pack file and a 1-based line number. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
}

export interface Question {
  readonly id: string;
  readonly topicId: string;
  readonly title: string;
  readonly difficulty: Difficulty | undefined;
  readonly tags: readonly string[];
  /** Markdown shown before the answer is revealed (may be empty). */
  readonly prompt: string;
  /** Markdown of the answer part, starting after the `### Answer` heading. */
  readonly answer: string;
  /** Titles of the level-3 sections in the answer part, in order (first is "Answer"). */
  readonly sections: readonly string[];
  /** Short hash of the question's text; history stays keyed by id, the hash tells edits apart. */
  readonly hash: string;
  readonly location: SourceLocation;
  /** Set for `kind: exercise`: a SQL task run against its seed (docs/question-packs.md, "Exercises"). */
  readonly exercise?: Exercise;
}

/** A question of the topic that did not load, and why (the Problems panel has the full message). */
export interface SkippedQuestion {
  readonly title: string;
  /** 1-based line of its heading. */
  readonly line: number;
  /** Why, in a few words: "no \"### Answer\" heading". */
  readonly reason: string;
}

export interface Topic {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly questions: readonly Question[];
  /** Questions under this topic that errors kept out; absent when none. */
  readonly skipped?: readonly SkippedQuestion[];
  readonly location: SourceLocation;
}

export type Severity = 'error' | 'warning';

export interface PackProblem {
  readonly severity: Severity;
  readonly location: SourceLocation;
  readonly message: string;
  /** How to fix it, in one sentence. */
  readonly hint: string;
}

export interface ParsedPack {
  readonly file: string;
  readonly topics: readonly Topic[];
  readonly problems: readonly PackProblem[];
}
