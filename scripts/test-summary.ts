// Prints the closing "N passed, N failed" line from the reports of the last `npm test` (for .ci/run).
import { countResults, summaryLine } from './lib/test-results';

const counts = countResults();
console.log(summaryLine(counts));
process.exit(counts.failed > 0 ? 1 : 0);
