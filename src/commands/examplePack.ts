/** The topic a new pack file names: "sql-practice.questions.md" → "Sql Practice", id "sql-practice". */
export function topicFromFileName(fileName: string): { readonly title: string; readonly id: string } {
  const base = fileName.trim().replace(/\.questions\.md$/i, '');
  const id = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-topic';
  const words = base.split(/[\s_-]+/).filter(Boolean);
  const title = words.map((word) => (word === word.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word)).join(' ') || 'My Topic';
  return { title, id };
}

/**
 * The pack written by "Interview Coach: New Question Pack": the topic named after the file, and the
 * format explained inside an HTML comment, so nothing in it becomes a question to study until the
 * author writes one.
 */
export function examplePack(topic: { readonly title: string; readonly id: string }): string {
  return `# ${topic.title}

id: ${topic.id}

<!--
How to write questions (this comment is not shown and not studied; delete it when you like).

Each question is a "##" heading, then optional "key: value" metadata lines, optional context shown
with the question, and an "### Answer" heading. Everything from "### Answer" to the next "##" is
hidden until you reveal it. Further "###" headings after the answer are sections you can fold.

## Which HTTP methods are idempotent, and why does it matter?

id: ${topic.id}.idempotent-methods
difficulty: medium
tags: http, rest

### Answer

GET, HEAD, OPTIONS, PUT and DELETE: repeating them has the same effect as sending them once,
so clients may retry them after a timeout. POST is not, unless the server accepts an
idempotency key.

### Key points

- Idempotence is about the effect on the server, not about the response.

Questions without an "id:" line get one from the topic and the title. Difficulty is easy, medium
or hard; tags are comma-separated. Problems show in the Problems panel with their line.
-->
`;
}
