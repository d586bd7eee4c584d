/**
 * Declares the console warnings/errors the current test expects: each pattern must be matched by
 * a message, and any other message still fails the test (see tests/setup/console-guard.ts).
 */
export function expectConsole(...patterns: RegExp[]): void {
  if (!globalThis.__consoleGuard) throw new Error('console guard not installed (tests/setup/unit.ts)');
  globalThis.__consoleGuard.expect(patterns);
}
