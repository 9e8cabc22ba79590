/** The commented example written by "Interview Coach: New Question Pack". */
export const EXAMPLE_PACK = `# My Topic

id: my-topic

A line or two about this topic (optional). Lines like "id: my-topic" directly under a heading are
metadata; everything else is ordinary markdown. Full format: see docs/question-packs.md in the
Interview Coach repository.

## What question would an interviewer ask?

id: my-topic.first-question
difficulty: easy
tags: example, http

Optional context shown with the question, before the answer is revealed.

### Answer

The answer starts at the "### Answer" heading and runs to the next "##" question. Use any
markdown: **bold**, lists, tables and code. A "##" inside a code block does not start a question:

\`\`\`md
## Not a question, just code
\`\`\`

### Key points

- Optional extra sections are "###" headings after the answer.

### Follow-up questions

- **A likely follow-up?** Its short answer.

## A second question without metadata

### Answer

Questions without an "id:" line get one from the topic and the title, so reordering them keeps
your progress.
`;
