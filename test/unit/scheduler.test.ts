import * as assert from 'node:assert/strict';
import type { Grade } from '../../src/core/practice/grade';
import { createScheduler, formatInterval, type CardState } from '../../src/core/practice/scheduler';
import { MASTERY_MIN_STABILITY_DAYS, isMastered, statusOf } from '../../src/core/practice/status';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const start = new Date('2026-03-02T09:00:00Z');

describe('scheduler (FSRS)', () => {
  const scheduler = createScheduler({ desiredRetention: 0.9 });
  const status = (card: CardState | undefined, lastGrade: Grade | undefined, now: Date) => statusOf({ card, lastGrade, suspended: false }, now);

  /** Grades Good each time the card comes due, returning every state on the way. */
  function goodsOnTime(count: number): CardState[] {
    const cards: CardState[] = [];
    let card: CardState | undefined;
    let now = start;
    for (let i = 0; i < count; i++) {
      card = scheduler.next(card, 3, now.getTime());
      cards.push(card);
      now = new Date(card.due);
    }
    return cards;
  }

  it('takes a new question through learning into review with growing intervals', () => {
    const [first, second, third] = goodsOnTime(3) as [CardState, CardState, CardState];
    assert.equal(status(undefined, undefined, start), 'new');

    assert.equal(first.phase, 'learning');
    assert.equal(first.due, start.getTime() + 10 * MINUTE);
    assert.equal(status(first, 3, new Date(start.getTime() + MINUTE)), 'learning');
    assert.equal(status(first, 3, new Date(first.due)), 'due');

    assert.equal(second.phase, 'review');
    assert.equal(second.due - second.lastReview, 2 * DAY);
    assert.equal(status(second, 3, new Date(second.lastReview + MINUTE)), 'review');

    assert.equal(third.phase, 'review');
    assert.ok(third.due - third.lastReview > second.due - second.lastReview, 'the interval grows');
    assert.ok(third.due > second.due && second.due > first.due);
    assert.deepEqual([first.reps, second.reps, third.reps], [1, 2, 3]);
  });

  it('sends a lapsed review card back to relearning', () => {
    const review = goodsOnTime(3)[2] as CardState;
    const lapse = scheduler.next(review, 1, review.due);
    assert.equal(lapse.phase, 'relearning');
    assert.equal(lapse.lapses, 1);
    assert.ok(lapse.stability < review.stability);
    assert.equal(lapse.due, review.due + 10 * MINUTE);
    assert.equal(status(lapse, 1, new Date(review.due + MINUTE)), 'learning');
    const relearned = scheduler.next(lapse, 3, lapse.due);
    assert.equal(relearned.phase, 'review');
    assert.equal(relearned.lapses, 1);
  });

  it('handles a review 200 days late', () => {
    const review = goodsOnTime(3)[2] as CardState;
    const late = new Date(review.due + 200 * DAY);
    assert.equal(status(review, 3, late), 'due');
    const next = scheduler.next(review, 3, late.getTime());
    assert.equal(next.phase, 'review');
    assert.equal(next.lastReview, late.getTime());
    assert.ok(next.elapsedDays >= 200);
    assert.ok(next.stability > review.stability, 'remembering after a long gap raises stability');
    assert.ok(next.due > late.getTime() + next.stability * 0.5 * DAY);
  });

  it('applies the mastery rule: stability of at least 21 days and a last grade other than Again', () => {
    assert.equal(MASTERY_MIN_STABILITY_DAYS, 21);
    const cards = goodsOnTime(6);
    const firstMastered = cards.findIndex((card) => card.stability >= 21);
    assert.ok(firstMastered > 0);
    const before = cards[firstMastered - 1] as CardState;
    const mastered = cards[firstMastered] as CardState;
    assert.equal(status(before, 3, new Date(before.lastReview + MINUTE)), 'review');
    assert.equal(status(mastered, 3, new Date(mastered.lastReview + MINUTE)), 'mastered');
    assert.equal(status(mastered, 3, new Date(mastered.due)), 'due', 'a due question comes back even when mastered');

    const edge: CardState = { ...mastered, stability: 21 };
    assert.equal(isMastered(edge, 2), true);
    assert.equal(isMastered({ ...edge, stability: 20.99 }, 4), false);
    assert.equal(isMastered(edge, 1), false);
    assert.equal(isMastered(undefined, 3), false);
    assert.equal(statusOf({ card: mastered, lastGrade: 3, suspended: true }, new Date(mastered.lastReview)), 'suspended');
  });

  it('previews four increasing intervals Again < Hard < Good < Easy on a review card', () => {
    const review = goodsOnTime(3)[2] as CardState;
    const now = new Date(review.due);
    const preview = scheduler.preview(review, now);
    const intervals = ([1, 2, 3, 4] as const).map((grade) => preview[grade].intervalMs);
    for (let i = 1; i < intervals.length; i++) assert.ok((intervals[i] as number) > (intervals[i - 1] as number), `${intervals.join(' < ')}`);
    assert.equal(preview[3].due.getTime(), scheduler.next(review, 3, now.getTime()).due);
    assert.equal(preview[1].due.getTime() - now.getTime(), preview[1].intervalMs);
    assert.deepEqual(Object.keys(scheduler.preview(undefined, now)), ['1', '2', '3', '4']);
  });

  it('is deterministic (no fuzz) and honours the options', () => {
    assert.deepEqual(goodsOnTime(6), goodsOnTime(6));
    const capped = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 30 });
    let card: CardState | undefined;
    for (let i = 0, now = start; i < 8; i++, now = new Date(card.due)) card = capped.next(card, 4, now.getTime());
    assert.ok(card && card.scheduledDays <= 32, 'Easy may pass the cap by two days to stay above Good');
    assert.equal(capped.next(card, 2, card.due).scheduledDays, 30);
    const strict = createScheduler({ desiredRetention: 0.97 });
    const review = goodsOnTime(3)[2] as CardState;
    assert.ok(strict.next(review, 3, review.due).due < scheduler.next(review, 3, review.due).due);
    assert.throws(() => createScheduler({ desiredRetention: 1 }), RangeError);
    assert.throws(() => createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 0 }), RangeError);
  });

  it('formats intervals for the grade buttons', () => {
    assert.deepEqual(
      [MINUTE, 10 * MINUTE, 5 * 60 * MINUTE, 3 * DAY, 65 * DAY, 548 * DAY].map(formatInterval),
      ['1 m', '10 m', '5 h', '3 d', '2 mo', '1.5 y'],
    );
  });
});
