/** Ends a jest run with the plain closing line CI reads: "N passed, N failed, N skipped". */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`;
    process.stdout.write(`\njest: ${line}\n`);
  }
}
module.exports = PlainSummaryReporter;
