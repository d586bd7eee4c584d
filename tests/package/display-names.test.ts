import { describe, expect, it } from 'vitest';
import * as api from '../../src';

/**
 * React DevTools and React's warnings name a component after its function's `name` or its
 * `displayName` (forwardRef/memo objects have no name of their own): every exported component
 * is named exactly as it is exported, never `ForwardRef` or a minified letter.
 */
const isComponentName = (name: string) => /^[A-Z][A-Za-z0-9]*$/.test(name) && /[a-z]/.test(name);
const components = Object.entries(api).filter(([name, value]) => {
  if (!isComponentName(name)) return false;
  if (typeof value === 'function') return true;
  return typeof value === 'object' && value !== null && '$$typeof' in value;
});

describe('exported component names', () => {
  it('finds the components', () => {
    expect(components.map(([name]) => name)).toEqual(
      expect.arrayContaining(['HealthBadge', 'SourceTable', 'IntegrationsSettingsPage', 'IntegrationsUIProvider']),
    );
  });

  it.each(components)('%s is named after its export', (name, value) => {
    const named = value as { name?: string; displayName?: string };
    if (typeof value === 'function') expect(named.displayName ?? named.name).toBe(name);
    else expect(named.displayName).toBe(name);
  });
});
