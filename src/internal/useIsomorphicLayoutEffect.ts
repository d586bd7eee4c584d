import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` where there is no DOM (server rendering): neither
 * runs on the server, but React 18 logs "useLayoutEffect does nothing on the server" for every
 * component that calls the layout one. Decided once per environment, so a component always calls
 * the same hook.
 */
export const useIsomorphicLayoutEffect: typeof useLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
