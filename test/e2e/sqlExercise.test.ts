import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { Workbench } from './workbench';

const fence = '```';
const PACK = `# Shop SQL

id: shop

${fence}sql seed
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers);
INSERT INTO customers VALUES (1, 'Ada'), (2, 'Linus'), (3, 'Grace');
INSERT INTO orders VALUES (10, 1), (11, 1);
${fence}

## Customers who never ordered

id: shop.never-ordered
kind: exercise

List the id and name of every customer without an order.

### Answer

${fence}sql
SELECT c.id, c.name FROM customers c
WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);
${fence}

NOT EXISTS keeps the customers with no matching order.

### Hints

- Which customers have no matching row in orders?

## Orders per customer

id: shop.order-counts
kind: exercise
rows: ordered

Count the orders of each customer, by id.

### Answer

${fence}sql
SELECT c.id, count(o.id) AS orders FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id ORDER BY c.id;
${fence}

A LEFT JOIN keeps customers without orders; count(o.id) counts only matched rows.

## Big spenders

id: shop.big-spenders
kind: exercise

Customers with more than 100 orders.

### Answer

${fence}sql
SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) > 100;
${fence}

Nobody orders that much here, which is what the pack check should catch.
`;

describe('SQL exercises in the real workbench (packaged VSIX)', () => {
  let workbench: Workbench;
  before(async () => (workbench = await Workbench.start({ files: { 'shop.questions.md': PACK } })));
  after(async () => workbench?.stop());

  const web = () => workbench.webview();
  const status = () => web().locator('#exercise-status');
  const editorOf = (fileName: string): Locator =>
    workbench.page.locator('.editor-group-container', { has: workbench.page.locator('.tab.active', { hasText: fileName }) }).locator('.monaco-editor .view-lines');

  /** Replaces the editor's text as a user would: click in it, select all, type. */
  async function typeSql(fileName: string, sql: string): Promise<void> {
    const editor = editorOf(fileName);
    await editor.click();
    await workbench.page.keyboard.press('Control+A');
    await workbench.page.keyboard.press('Delete');
    await workbench.page.keyboard.type(sql, { delay: 10 });
    // Close any completion list the typing opened, so the next key is ours.
    await workbench.page.keyboard.press('Escape');
  }

  it('opens the task in the panel and its .sql editor beside it; a wrong query shows the mismatch with the first differing row', async () => {
    await workbench.openCoachView();
    await workbench.treeRow('Shop SQL').click();
    await workbench.treeRow('Customers who never ordered').click();
    await web().locator('#question-title', { hasText: 'Customers who never ordered' }).waitFor();
    await web().locator('#exercise').waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await web().locator('#prompt').innerText(), /CREATE TABLE customers/, 'the schema is shown with the task');
    assert.equal(await web().locator('#answer').isVisible(), false, 'the solution starts hidden');
    await workbench.page.locator('.tabs-container .tab', { hasText: 'shop.never-ordered.sql' }).waitFor();
    await typeSql('shop.never-ordered.sql', 'SELECT id, name FROM customers ORDER BY id;');
    // Run from the editor with its keybinding.
    await workbench.page.keyboard.press('Control+Enter');
    await status().filter({ hasText: 'not in the reference' }).waitFor({ timeout: 60_000 });
    assert.match(await status().innerText(), /Row 1 of your result is not in the reference's: \(1, Ada\)/);
    assert.deepEqual(await web().locator('.result-table tr.differs td').allInnerTexts(), ['1', 'Ada']);
    assert.equal(await web().locator('.result-table tbody tr').count(), 3);
  });

  it('a fixed query matches, suggests a grade, and the grade lands in the review log', async () => {
    await typeSql('shop.never-ordered.sql', 'SELECT id, name FROM customers WHERE id NOT IN (SELECT customer_id FROM orders);');
    await web().getByRole('button', { name: 'Run', exact: true }).click();
    await status().filter({ hasText: 'Matches the reference' }).waitFor({ timeout: 30_000 });
    assert.match(await status().innerText(), /✓ Matches the reference: 2 rows\. Suggested grade: Good\./);
    const file = workbench.page.locator('.tabs-container .tab', { hasText: 'shop.never-ordered.sql' });
    assert.equal(await file.count(), 1);
    // The grade keys work once the grade bar shows, as after a reveal.
    await workbench.panelHasKeyboard();
    await web().locator('body').press('3');
    const review = await workbench.poll('the review in the log', () => workbench.logEntries().find((entry) => entry.q === 'shop.never-ordered'));
    assert.equal(review.g, 3);
    const saved = fs.readdirSync(workbench.runFolder.userData, { recursive: true }).map(String).find((name) => name.endsWith(path.join('exercises', 'shop.never-ordered.sql')));
    assert.ok(saved, 'the attempt is kept as a file in the workspace storage');
  });

  it('reports a reference solution that returns no rows in the Problems panel, on its line', async () => {
    await workbench.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const problem = workbench.page.locator('.markers-panel .monaco-list-row', { hasText: 'returns no rows on its seed' });
    await problem.waitFor({ timeout: 60_000 });
    assert.match(await problem.innerText(), /Ln 57\b/);
  });

  it('a syntax error shows the database\'s message and where it points', async () => {
    await workbench.treeRow('Orders per customer').click();
    await web().locator('#question-title', { hasText: 'Orders per customer' }).waitFor();
    await web().locator('#exercise-rules', { hasText: 'asked order' }).waitFor();
    await workbench.page.locator('.tabs-container .tab.active', { hasText: 'shop.order-counts.sql' }).waitFor();
    await typeSql('shop.order-counts.sql', 'SELECT id count(*) FROM customers;');
    await workbench.page.keyboard.press('Control+Enter');
    await status().filter({ hasText: 'ERROR' }).waitFor({ timeout: 30_000 });
    assert.match(await status().innerText(), /ERROR 42601: syntax error at or near "\(".*line 1, column \d+/);
    assert.match(await web().locator('#exercise-error').innerText(), /line 1: SELECT id count\(\*\) FROM customers;\n\s+\^/);
    assert.equal(await web().locator('.result-table').count(), 0);
  });
});
