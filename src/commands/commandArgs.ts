/** A question id from a command argument: an id string, or a tree node carrying a question. */
export function questionIdFrom(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'object' && arg !== null && 'question' in arg) {
    const question = (arg as { question: unknown }).question;
    if (typeof question === 'object' && question !== null && 'id' in question && typeof question.id === 'string') return question.id;
  }
  return undefined;
}

/** A topic id from a command argument: a topic tree node (context menu, inline action). */
export function topicIdFrom(arg: unknown): string | undefined {
  if (typeof arg === 'object' && arg !== null && 'topic' in arg) {
    const topic = (arg as { topic: unknown }).topic;
    if (typeof topic === 'object' && topic !== null && 'id' in topic && typeof topic.id === 'string') return topic.id;
  }
  return undefined;
}
