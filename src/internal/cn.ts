import { clsx, type ClassValue } from 'clsx';

/**
 * Joins class names (clsx). No tailwind-merge: the library's utilities are `iu:`-prefixed, so a
 * caller's `className` (the app's own classes) never conflicts with them, and no component passes
 * a conflicting utility to another; each class string names every property once.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}

/**
 * The marker class of every public component's root element: the library's stylesheet (scoped
 * reset, tones) applies only at and inside `.iu-root`, never to the host app's elements.
 */
export const IU_ROOT = 'iu-root';
