// Generates a large question pack in the documented format (docs/question-packs.md), seeded so it
// is the same on every run. The questions look like the built-in ones, only shorter: a prompt now
// and then, an answer paragraph or two, key points as a list with inline code and links, and in
// a share of them a code fence (sometimes with "## " lines inside, which must not start a
// question), a table, a numbered list, follow-ups with bold lead-ins, and further reading.
import { seeded } from '../lib/random.mjs';

const TOPICS = [
  'HTTP and REST', 'SQL and indexes', 'Transactions', 'Caching', 'Message queues', 'Concurrency', 'Testing',
  'Security', 'Observability', 'Containers', 'CI and delivery', 'API design', 'Data modelling', 'Networking',
  'Operating systems', 'Algorithms', 'Distributed systems', 'Authentication', 'Performance', 'Reliability',
];
const NOUNS = [
  'index', 'query', 'transaction', 'cache', 'queue', 'request', 'response', 'header', 'token', 'session',
  'connection pool', 'thread', 'process', 'lock', 'deadlock', 'replica', 'partition', 'shard', 'schema',
  'migration', 'endpoint', 'payload', 'retry', 'timeout', 'circuit breaker', 'load balancer', 'container',
  'image', 'pipeline', 'metric', 'trace', 'log line', 'hash', 'signature', 'certificate', 'socket', 'buffer',
  'event loop', 'goroutine', 'consumer', 'producer', 'offset', 'cursor', 'join', 'foreign key', 'constraint',
];
const VERBS = [
  'stores', 'returns', 'blocks', 'retries', 'caches', 'invalidates', 'serialises', 'locks', 'replicates',
  'compresses', 'validates', 'rejects', 'batches', 'streams', 'schedules', 'routes', 'signs', 'hashes',
];
const ADJECTIVES = [
  'idempotent', 'stateless', 'eventual', 'strong', 'slow', 'hot', 'stale', 'concurrent', 'partial', 'atomic',
  'durable', 'optimistic', 'pessimistic', 'bounded', 'unbounded', 'expensive', 'cheap', 'naïve', 'safe',
];
const QUESTION_FORMS = [
  (a, b) => `What is the difference between a ${a} and a ${b}?`,
  (a) => `How does a ${a} work, and what does it cost you?`,
  (a, b, adj) => `When would you make a ${a} ${adj}?`,
  (a, b) => `Why can a ${a} slow down a ${b}?`,
  (a) => `How would you debug a ${a} that never finishes?`,
  (a, b, adj) => `What makes a ${adj} ${a} hard to get right?`,
  (a, b) => `Explain how a ${a} interacts with a ${b} under load.`,
];
const LANGUAGES = ['sql', 'ts', 'python', 'go', 'bash', 'java', 'json', 'yaml', ''];
const LINKS = [
  'https://developer.mozilla.org/en-US/docs/Web/HTTP',
  'https://www.postgresql.org/docs/current/indexes.html',
  'https://martinfowler.com/articles/patterns-of-distributed-systems/',
  'https://12factor.net/',
  'https://owasp.org/www-project-top-ten/',
  'https://nodejs.org/en/docs/guides/',
];

function sentence(rng) {
  const words = [];
  const length = rng.int(7, 18);
  for (let i = 0; i < length; i++) {
    const roll = rng.next();
    if (roll < 0.08) words.push(`\`${rng.pick(NOUNS).replace(/ /g, '_')}()\``);
    else if (roll < 0.11) words.push(`**${rng.pick(ADJECTIVES)}**`);
    else if (roll < 0.13) words.push(`*${rng.pick(NOUNS)}*`);
    else if (roll < 0.45) words.push(rng.pick(NOUNS));
    else if (roll < 0.65) words.push(rng.pick(VERBS));
    else if (roll < 0.8) words.push(rng.pick(ADJECTIVES));
    else words.push(rng.pick(['the', 'a', 'and', 'or', 'so', 'then', 'when', 'because', 'with', 'of', 'to', 'per']));
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${rng.pick(['.', '.', '.', '?', ':'])}`.replace(/:$/, '.');
}

function paragraph(rng, min, max) {
  const sentences = [];
  for (let i = rng.int(min, max); i > 0; i--) sentences.push(sentence(rng));
  if (rng.chance(0.15)) sentences.push(`See ${rng.pick(LINKS)} for details.`);
  return sentences.join(' ');
}

function list(rng, ordered, min, max) {
  const items = [];
  for (let i = 0, n = rng.int(min, max); i < n; i++) items.push(`${ordered ? `${i + 1}.` : '-'} ${sentence(rng)}`);
  return items.join('\n');
}

function codeFence(rng) {
  const language = rng.pick(LANGUAGES);
  const lines = [];
  for (let i = 0, n = rng.int(3, 12); i < n; i++) {
    const noun = rng.pick(NOUNS).replace(/ /g, '_');
    const roll = rng.next();
    if (roll < 0.1) lines.push(`## not a question: ${noun}`);
    else if (roll < 0.3) lines.push(`${'  '.repeat(rng.int(0, 2))}if (${noun}.${rng.pick(VERBS)}(${rng.int(0, 999)})) return ${noun};`);
    else if (roll < 0.5) lines.push(`SELECT id, ${noun} FROM ${noun}s WHERE id = $1 ORDER BY created_at DESC LIMIT ${rng.int(1, 100)};`);
    else if (roll < 0.7) lines.push(`const ${noun} = await client.${rng.pick(VERBS)}({ timeoutMs: ${rng.int(10, 5000)} });`);
    else lines.push(`# ${sentence(rng)}`);
  }
  return `\`\`\`${language}\n${lines.join('\n')}\n\`\`\``;
}

function table(rng) {
  const columns = rng.int(2, 4);
  const header = ['Option', 'When', 'Cost', 'Notes'].slice(0, columns);
  const rows = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (let i = 0, n = rng.int(2, 5); i < n; i++) {
    const cells = header.map((_, c) => (c === 0 ? `\`${rng.pick(NOUNS)}\`` : `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`));
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

function question(rng, topicIndex, index) {
  const a = rng.pick(NOUNS);
  const b = rng.pick(NOUNS);
  const title = rng.pick(QUESTION_FORMS)(a, b, rng.pick(ADJECTIVES));
  const meta = [];
  // Ids are unique: explicit for most questions (as in the built-in packs); the others get a
  // numbered title, short enough that the suffix survives the 60-character slug.
  const explicitId = title.length > 48 || rng.chance(0.5);
  if (explicitId) meta.push(`id: t${topicIndex}.q${index}`);
  if (rng.chance(0.8)) meta.push(`difficulty: ${rng.pick(['easy', 'medium', 'hard'])}`);
  if (rng.chance(0.7)) meta.push(`tags: ${[rng.pick(NOUNS), rng.pick(NOUNS), rng.pick(ADJECTIVES)].join(', ')}`);
  const parts = [`## ${title}${explicitId ? '' : ` (${index + 1})`}`];
  if (meta.length) parts.push(meta.join('\n'));
  if (rng.chance(0.35)) parts.push(paragraph(rng, 1, 2));
  parts.push('### Answer', paragraph(rng, 2, 3));
  if (rng.chance(0.25)) parts.push(paragraph(rng, 1, 2));
  parts.push('### Key points', list(rng, false, 2, 4));
  if (rng.chance(0.45)) parts.push('### Example', rng.chance(0.5) ? sentence(rng) : '', codeFence(rng));
  if (rng.chance(0.2)) parts.push(table(rng));
  if (rng.chance(0.15)) parts.push('### Steps', list(rng, true, 3, 5));
  if (rng.chance(0.3)) parts.push('### Follow-up questions', `- **${sentence(rng)}** ${sentence(rng)}\n- **${sentence(rng)}** ${sentence(rng)}`);
  if (rng.chance(0.2)) parts.push('### Further reading', `- [${rng.pick(NOUNS)} guide](${rng.pick(LINKS)})\n- <${rng.pick(LINKS)}>`);
  return parts.filter(Boolean).join('\n\n');
}

/** A pack of `questions` questions in topics of `perTopic`; the same text for the same seed. */
export function generatePack({ seed = 20240611, questions = 10_000, perTopic = 200 } = {}) {
  const rng = seeded(seed);
  const out = [];
  for (let topic = 0; topic * perTopic < questions; topic++) {
    const name = `${TOPICS[topic % TOPICS.length]} ${Math.floor(topic / TOPICS.length) + 1}`;
    out.push(`# ${name}`, `id: topic-${topic}`, paragraph(rng, 1, 2));
    for (let index = 0; index < perTopic && topic * perTopic + index < questions; index++) out.push(question(rng, topic, index));
  }
  return `${out.join('\n\n')}\n`;
}
