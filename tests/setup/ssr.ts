/**
 * The SSR projects (ssr-react19 / ssr-react18): the repo's console guard (any console error or
 * warning fails the test that printed it) and fresh dev warnings per test, as in the other projects.
 */
import { afterEach, beforeEach } from 'vitest';
import { resetDevWarnings } from '../../src/domain/dev';
import { installConsoleGuard, type ConsoleGuard } from './console-guard';

declare global {
  var __consoleGuard: ConsoleGuard | undefined;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major the project runs (vitest.config.ts), asserted by the tests. */
    reactMajor: 18 | 19;
  }
}

// Hydration and mounts run inside React's act(), which wants to be told it is in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

globalThis.__consoleGuard = installConsoleGuard({ beforeEach, afterEach });

beforeEach(() => resetDevWarnings());
