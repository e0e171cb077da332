// Prints the closing "N passed, N failed" line from the reports of the last `npm test` (for .ci/run).
import { countResults, summaryLines } from './lib/test-results';

const counts = countResults();
for (const line of summaryLines(counts)) console.log(line);
process.exit(counts.failed > 0 ? 1 : 0);
