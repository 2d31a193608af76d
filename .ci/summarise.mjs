// Sums the test counts printed by Jasmine, Karma and Playwright into one closing line.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  // Jasmine: "12 specs, 1 failure" (pending specs are reported separately and counted as failed
  // here: this project does not skip tests to get green).
  for (const m of text.matchAll(/^(\d+) specs?, (\d+) failures?(?:, (\d+) pending specs?)?/gm)) {
    const [specs, failures, pending] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    passed += specs - failures - pending;
    failed += failures + pending;
  }
  // Karma (Angular): the last "Executed N of M ..." line of a run is its total.
  const karma = [...text.matchAll(/Executed (\d+) of (\d+)(?: \((\d+) FAILED\))?.*?\(/g)].pop();
  if (karma) {
    const [executed, total, karmaFailed] = [
      Number(karma[1]),
      Number(karma[2]),
      Number(karma[3] ?? 0),
    ];
    passed += executed - karmaFailed;
    failed += karmaFailed + (total - executed);
  }
  // Playwright list reporter: "  5 passed (30s)", "  1 failed", "  1 skipped", "  1 flaky".
  for (const m of text.matchAll(/^\s+(\d+) (passed|failed|skipped|flaky|did not run)\b/gm)) {
    if (m[2] === 'passed') passed += Number(m[1]);
    else failed += Number(m[1]);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
