// A reporter for Node's test runner that writes, one per line, the file of every failing test, so
// scripts/run-tests.mjs can list the failing files at the end of a run.
export default async function* failingFiles(source) {
  for await (const event of source) {
    if (event.type === "test:fail" && event.data.file) yield `${event.data.file}\n`;
  }
}
