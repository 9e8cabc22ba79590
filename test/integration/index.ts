// Entry point the extension host loads (extensionTestsPath): runs every *.test.js beside it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import ResultReporter from '../support/resultReporter';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: ResultReporter });
  // The harness runs the suite twice: with a workspace folder, and the "[no-folder]" tests without one.
  const filter = process.env.IC_TEST_GREP;
  if (filter) mocha.grep(new RegExp(filter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  if (process.env.IC_TEST_INVERT === '1') mocha.invert();
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed.`)) : resolve()));
  });
}
