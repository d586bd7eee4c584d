/**
 * "No console errors or warnings in any test run": every console.error/console.warn fails the
 * test that caused it, unless the test declared it expected (a pattern it must match). An
 * expected message that never came fails too, so a test that checks for a dev warning proves
 * the warning exists.
 */
type Hook = (fn: (context: never) => unknown) => void;
type Level = 'error' | 'warn';

export interface ConsoleGuard {
  /** Declare the patterns this test expects on console.warn/console.error (each must appear). */
  expect(patterns: readonly RegExp[]): void;
  /** Messages seen so far in this test. */
  messages(): readonly string[];
}

export function installConsoleGuard({
  beforeEach,
  afterEach,
  expectedBy,
}: {
  beforeEach: Hook;
  afterEach: Hook;
  /** Patterns a test declares where it is defined (a story's parameters), read once the test has run: a test's context may only hold them by then. */
  expectedBy?: (context: unknown) => readonly RegExp[] | undefined;
}): ConsoleGuard {
  let seen: { level: Level; text: string }[] = [];
  let expected: RegExp[] = [];
  const originals = { error: console.error, warn: console.warn };

  beforeEach(() => {
    seen = [];
    expected = [];
    for (const level of ['error', 'warn'] as const) {
      console[level] = (...args: unknown[]) => {
        seen.push({ level, text: args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ') });
      };
    }
  });

  afterEach((context: unknown) => {
    console.error = originals.error;
    console.warn = originals.warn;
    expected = [...expected, ...(expectedBy?.(context) ?? [])];
    const unexpected = seen.filter((m) => !expected.some((re) => re.test(m.text)));
    const missing = expected.filter((re) => !seen.some((m) => re.test(m.text)));
    if (unexpected.length > 0) {
      throw new Error(`Unexpected console output:\n${unexpected.map((m) => `  console.${m.level}: ${m.text}`).join('\n')}`);
    }
    if (missing.length > 0) {
      throw new Error(`Expected console output that never came: ${missing.map(String).join(', ')}`);
    }
  });

  return {
    expect(patterns) {
      expected = [...expected, ...patterns];
    },
    messages: () => seen.map((m) => m.text),
  };
}
