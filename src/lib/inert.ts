import { version } from 'react';

/** React 19 knows `inert` as a boolean attribute; React 18 only passes it through as a string. */
const BOOLEAN_INERT = Number.parseInt(version, 10) >= 19;

/**
 * The `inert` prop for the running React: `inert` (true/false) on React 19; on React 18
 * `inert=""` when true and nothing when false (React 18 drops `inert={true}` and warns about
 * `inert={false}`). Spread it on the element: `<div {...inertProps(gated)}>`.
 */
export function inertProps(inert: boolean): { inert?: boolean } {
  if (BOOLEAN_INERT) return { inert };
  // React 18's types are not the ones in use (React 19's say boolean): an empty string is what it renders.
  return inert ? ({ inert: '' } as unknown as { inert: boolean }) : {};
}
