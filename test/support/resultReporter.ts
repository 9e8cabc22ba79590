// Mocha reporter: the usual spec output, plus a JSON summary written to $IC_RESULT_FILE so the test
// runner can add every layer's counts into one "N passed, N failed" line.
import * as fs from 'node:fs';
import Mocha from 'mocha';

class ResultReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const failures: string[] = [];
    let passed = 0;
    runner.on('pass', () => passed++);
    runner.on('fail', (test, error: Error) => failures.push(`${test.fullTitle()}: ${error.message}`));
    runner.once('end', () => {
      const file = process.env.IC_RESULT_FILE;
      if (file) fs.writeFileSync(file, JSON.stringify({ passed, failed: failures.length, failures }));
    });
  }
}

export = ResultReporter;
