// DOM matchers (toBeInTheDocument, toHaveAccessibleName…) for the happy-dom tests.
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { resetDevWarnings } from '../../src/domain/dev';
import { installConsoleGuard, type ConsoleGuard } from './console-guard';

declare global {
  var __consoleGuard: ConsoleGuard | undefined;
}

globalThis.__consoleGuard = installConsoleGuard({ beforeEach, afterEach });

// Dev warnings print once per message; each test starts afresh so it can assert its own.
beforeEach(() => resetDevWarnings());
