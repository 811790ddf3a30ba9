/**
 * Runs a command's main function: its resolved number becomes the exit code, and an unexpected
 * error is printed as "<command>: <message>" with exit code 1 (no stack trace for the user).
 */
export function runCli(command: string, main: () => Promise<number> | number): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        console.error(`${command}: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      },
    );
}
