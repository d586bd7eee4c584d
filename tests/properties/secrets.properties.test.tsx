/**
 * Issue 9, secret properties: random secrets typed, pasted, submitted, replaced and cancelled in
 * random order, on every component that takes one (the field alone, the panel, the detail page).
 * A model of the write-only rule predicts each submit; the properties check that
 * - a secret leaves only through the documented submit callback, trimmed, exactly once per
 *   valid submit (never on Replace, Cancel, Escape, a refused submit, or an event handler an app
 *   passed to the component's root);
 * - after it was submitted or cancelled it is nowhere: not in the HTML (text or attributes), not
 *   in any input's value, not in local/session storage, the URL or the console;
 * - while it is being typed it is only in the password input's value (never in an attribute).
 *
 * Runs: FC_RUNS per component (60 by default), each of up to 24 steps, within FC_TIME_LIMIT_MS.
 */
import { cleanup, fireEvent } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CredentialsPanel, SourceDetailPage, WriteOnlyCredentialField } from '../../src';
import { makeCredentialState, SHOPIFY_SUISSE, sourceDetailScreen, FIXTURE_NOW } from '../../src/fixtures';
import { renderUI } from '../render';
import { FC_PARAMS, PROPERTY_TIMEOUT_MS } from './arbitraries';

/** The field's default limit (WriteOnlyCredentialField `maxLength`). */
const MAX_LENGTH = 512;

/**
 * A secret with a marker the test can look for (16 hex digits nothing else on the page contains),
 * wrapped in what people paste: surrounding whitespace, unicode (RTL, zero-width, emoji), markup,
 * and sometimes so much that it goes past the limit.
 */
const secretArb = fc
  .record({
    marker: fc.stringMatching(/^[0-9a-f]{16}$/),
    before: fc.oneof(fc.constant(''), fc.constantFrom(' ', '\t', '\n  ', '\u200B'), fc.string({ unit: 'grapheme', maxLength: 8 })),
    after: fc.oneof(fc.constant(''), fc.constantFrom(' ', '\n', '\u202E', '"><img src=x>', '👩‍👩‍👧'), fc.string({ unit: 'grapheme', maxLength: 8 })),
    padding: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(MAX_LENGTH) }),
  })
  .map(({ marker, before, after, padding }) => ({ marker: `sk_${marker}`, value: `${before}sk_${marker}${'x'.repeat(padding)}${after}` }));

type Secret = { marker: string; value: string };
type Op = { kind: 'type' | 'paste'; target: number; secret: Secret } | { kind: 'submit' | 'enter' | 'replace' | 'cancel' | 'escape' | 'clear'; target: number };

const opArb = (targets: number): fc.Arbitrary<Op> => {
  const target = fc.nat({ max: targets - 1 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('type' as const, 'paste' as const), target, secret: secretArb }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constantFrom('submit' as const, 'enter' as const, 'replace' as const, 'cancel' as const, 'escape' as const, 'clear' as const),
        target,
      }),
    },
  );
};

/** What the user sees of one field, and what the write-only rule predicts. */
interface FieldModel {
  configured: boolean;
  replacing: boolean;
  /** What is in the password input now (only while editing). */
  typed: string;
}

const editing = (f: FieldModel) => !f.configured || f.replacing;

/** A mounted scenario: its field groups in order and the submit spy's view of a submit. */
interface Scenario {
  name: string;
  targets: number;
  configured: boolean[];
  render: (onSubmit: (field: string, value: string) => void, leak: (...args: unknown[]) => void) => ReactNode;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'WriteOnlyCredentialField (not configured)',
    targets: 1,
    configured: [false],
    render: (onSubmit, leak) => (
      <WriteOnlyCredentialField
        field="clientSecret"
        persistenceEnabled
        onSubmit={(value) => onSubmit('clientSecret', value)}
        {...({ onInput: leak, onChange: leak, onKeyDown: leak, onPaste: leak } as object)}
      />
    ),
  },
  {
    name: 'WriteOnlyCredentialField (configured: Replace)',
    targets: 1,
    configured: [true],
    render: (onSubmit, leak) => (
      <WriteOnlyCredentialField
        field="clientSecret"
        configured
        persistenceEnabled
        onSubmit={(value) => onSubmit('clientSecret', value)}
        {...({ onInput: leak, onChangeCapture: leak, onKeyUp: leak } as object)}
      />
    ),
  },
  {
    name: 'CredentialsPanel (Client ID configured, Client Secret not)',
    targets: 2,
    configured: [true, false],
    render: (onSubmit, leak) => (
      <CredentialsPanel
        credentials={makeCredentialState({ persistenceEnabled: true, clientId: 'configured', clientSecret: 'not_configured' })}
        onSubmit={onSubmit}
        {...({ onInput: leak, onChange: leak, onKeyDown: leak, onPaste: leak, onBlur: leak } as object)}
      />
    ),
  },
  {
    name: 'SourceDetailPage (the panel inside the page)',
    targets: 2,
    configured: [true, false],
    render: (onSubmit, leak) => (
      <SourceDetailPage
        {...sourceDetailScreen(SHOPIFY_SUISSE)}
        credentials={makeCredentialState({ persistenceEnabled: true, clientId: 'configured', clientSecret: 'not_configured' })}
        onSubmitCredential={onSubmit}
        now={FIXTURE_NOW}
        {...({ onInput: leak, onChange: leak, onKeyDown: leak } as object)}
      />
    ),
  },
];

const groups = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-slot="write-only-credential-field"]')];
const inputOf = (group: HTMLElement) => group.querySelector<HTMLInputElement>('input');
const buttonNamed = (group: HTMLElement, pattern: RegExp) =>
  [...group.querySelectorAll<HTMLButtonElement>('button')].find((b) => pattern.test(b.textContent ?? ''));

/** Where a secret must never be: markup (text and attributes), inputs' values, storage, URL. */
function placesOf(root: HTMLElement): string[] {
  return [
    document.documentElement.outerHTML,
    ...[...root.ownerDocument.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value),
    JSON.stringify({ ...localStorage }),
    JSON.stringify({ ...sessionStorage }),
    window.location.href,
  ];
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

describe('secrets leave only through the submit callback, once, and are nowhere after', () => {
  it.each(SCENARIOS)(
    '$name',
    (scenario) => {
      fc.assert(
        fc.property(fc.array(opArb(scenario.targets), { minLength: 1, maxLength: 24 }), (ops) => {
          const consoleCalls: string[] = [];
          const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
            vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push(args.map(String).join(' '))),
          );
          const submits: [string, string][] = [];
          const leak = vi.fn();
          try {
            const { container } = renderUI(<>{scenario.render((field, value) => void submits.push([field, value]), leak)}</>);
            const model: FieldModel[] = scenario.configured.map((configured) => ({ configured, replacing: false, typed: '' }));
            const expected: [string, string][] = [];
            /** Secrets that were submitted or cancelled: they must be gone. */
            const gone = new Set<string>();
            /** Every secret used, to check none is in an attribute at any time. */
            const used = new Set<string>();

            for (const op of ops) {
              const group = groups(container)[op.target];
              const field = model[op.target];
              expect(group, 'each field stays mounted').toBeDefined();
              if (!group || !field) return;
              const input = inputOf(group);
              const fieldName = group.dataset.field ?? '';
              expect(Boolean(input), `input present iff editing (${op.kind})`).toBe(editing(field));

              switch (op.kind) {
                case 'type':
                case 'paste': {
                  if (!input) break;
                  used.add(op.secret.marker);
                  if (op.kind === 'paste') fireEvent.paste(input, { clipboardData: { getData: () => op.secret.value } });
                  input.value = op.secret.value;
                  fireEvent.input(input);
                  field.typed = op.secret.value;
                  break;
                }
                case 'submit':
                case 'enter': {
                  if (!input) break;
                  if (op.kind === 'enter') fireEvent.keyDown(input, { key: 'Enter' });
                  else fireEvent.click(buttonNamed(group, /^Save$/)!);
                  const trimmed = field.typed.trim();
                  if (trimmed.length > 0 && trimmed.length <= MAX_LENGTH) {
                    expected.push([fieldName, trimmed]);
                    for (const marker of used) if (field.typed.includes(marker)) gone.add(marker);
                    field.typed = '';
                    field.replacing = false;
                  }
                  // A refused submit keeps the typed value in the input (nothing is lost) and sends nothing.
                  break;
                }
                case 'replace': {
                  const replace = buttonNamed(group, /^Replace$/);
                  if (!replace) break;
                  fireEvent.click(replace);
                  field.replacing = true;
                  break;
                }
                case 'cancel':
                case 'escape': {
                  if (!input || !field.replacing) break;
                  if (op.kind === 'escape') fireEvent.keyDown(input, { key: 'Escape' });
                  else fireEvent.click(buttonNamed(group, /^Cancel$/)!);
                  for (const marker of used) if (field.typed.includes(marker)) gone.add(marker);
                  field.typed = '';
                  field.replacing = false;
                  break;
                }
                case 'clear': {
                  if (!input) break;
                  input.value = '';
                  fireEvent.input(input);
                  for (const marker of used) if (field.typed.includes(marker)) gone.add(marker);
                  field.typed = '';
                  break;
                }
              }

              // After every step: the callback saw exactly the predicted submits, in order.
              expect(submits).toEqual(expected);
              const html = document.documentElement.outerHTML;
              // A secret in progress lives only in its input's value, never in an attribute or text.
              for (const marker of used) expect(html.includes(marker), `${marker} in the markup after ${op.kind}`).toBe(false);
              const stillTyped = model.map((m) => m.typed).join('\n');
              for (const marker of gone) {
                if (stillTyped.includes(marker)) continue; // typed again since
                for (const place of placesOf(container)) expect(place.includes(marker), `${marker} still present after ${op.kind}`).toBe(false);
              }
            }
            expect(leak, 'an event handler passed to the root never runs (it would see the secret)').not.toHaveBeenCalled();
            const logged = consoleCalls.join('\n');
            for (const marker of used) expect(logged.includes(marker), `${marker} logged`).toBe(false);
          } finally {
            for (const spy of spies) spy.mockRestore();
            cleanup();
          }
        }),
        FC_PARAMS,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
