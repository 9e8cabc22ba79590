// Generates a review log (JSON Lines, schema 1, as PracticeStore writes it), seeded. It imitates
// about two years of daily practice: sessions of a few dozen grades, mostly on questions seen
// before, some new ones each day, now and then an undo of the last grade, a suspend or unsuspend,
// and a few topic resets. Question ids and hashes come from the pack the log belongs to.
import { seeded } from '../lib/random.mjs';

function uuid(rng) {
  const h = rng.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[rng.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * `reviews` review lines (plus the occasional undo, suspend and reset line) over `questions`
 * ({ id, hash, topicId }), starting at `start` (epoch ms), as one string ending with a newline.
 */
export function generateLog({ questions, reviews = 100_000, seed = 7, start = Date.UTC(2024, 0, 2, 8) }) {
  const rng = seeded(seed);
  const lines = [];
  const seen = [];
  const byTopic = new Map();
  for (const question of questions) {
    if (!byTopic.has(question.topicId)) byTopic.set(question.topicId, []);
    byTopic.get(question.topicId).push(question.id);
  }
  const topics = [...byTopic.keys()];
  let next = 0;
  let time = start;
  let day = 0;
  let lastReview;
  let written = 0;
  while (written < reviews) {
    // A session a day of 60 to 220 grades, 5 to 90 seconds apart.
    time = start + day * 86_400_000 + rng.int(0, 12) * 3_600_000;
    for (let i = rng.int(60, 220); i > 0 && written < reviews; i--) {
      time += rng.int(5, 90) * 1000 + rng.int(0, 999);
      const t = new Date(time).toISOString();
      const roll = rng.next();
      if (roll < 0.004 && lastReview) {
        lines.push(JSON.stringify({ v: 1, rid: uuid(rng), k: 'undo', r: lastReview, t }));
        lastReview = undefined;
        continue;
      }
      if (roll < 0.006 && seen.length > 0) {
        lines.push(JSON.stringify({ v: 1, rid: uuid(rng), k: rng.chance(0.6) ? 'suspend' : 'unsuspend', q: rng.pick(seen).id, t }));
        continue;
      }
      if (roll < 0.00605) {
        lines.push(JSON.stringify({ v: 1, rid: uuid(rng), k: 'reset', q: byTopic.get(rng.pick(topics)).slice(0, 200), t }));
        continue;
      }
      const fresh = seen.length === 0 || (next < questions.length && rng.chance(0.08));
      const question = fresh ? questions[next++] : seen[Math.floor(seen.length * Math.pow(rng.next(), 0.7))];
      if (fresh) seen.push(question);
      const r = rng.next();
      const g = r < 0.1 ? 1 : r < 0.25 ? 2 : r < 0.85 ? 3 : 4;
      lastReview = uuid(rng);
      lines.push(JSON.stringify({ v: 1, rid: lastReview, q: question.id, h: question.hash, g, t }));
      written++;
    }
    day++;
  }
  return `${lines.join('\n')}\n`;
}
