import type { SVGProps } from 'react';
import { describe, devWarn } from '../../domain/dev';
import { cn, IU_ROOT } from '../cn';

/**
 * Stroke icons (24×24 grid, drawn for this library so the bundle carries only what it uses).
 * Icons are decorative: the text next to them carries the meaning, so they are aria-hidden.
 */
export const ICON_PATHS = {
  check: 'M20 6 9 17l-5-5',
  pause: 'M9 5v14M15 5v14',
  clock: 'M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z',
  lock: 'M7 11V8a5 5 0 0 1 10 0v3M5 11h14v10H5z',
  unplug: 'm3 3 18 18M9 7l-2-2M17 15l2 2M8.5 13.5 6 16a3 3 0 0 0 4 4l2.5-2.5M15.5 10.5 18 8a3 3 0 0 0-4-4l-2.5 2.5',
  alert: 'M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z',
  octagon: 'M12 8v4M12 16h.01M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9Z',
  info: 'M12 16v-4M12 8h.01M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z',
  help: 'M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z',
  ban: 'M4.9 4.9l14.2 14.2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z',
  hourglass: 'M6 2h12M6 22h12M7 2v4l5 6-5 6v4M17 2v4l-5 6 5 6v4',
  circle: 'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z',
  key: 'M15.5 7.5 19 4M21 2l-2 2 3 3-3.5 3.5-3-3M7.5 21a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11Z',
  eyeOff:
    'M9.9 4.2A10 10 0 0 1 12 4c7 0 10 8 10 8a17 17 0 0 1-2.2 3.4M6.6 6.6A17 17 0 0 0 2 12s3 8 10 8a10 10 0 0 0 5.4-1.6M2 2l20 20M9.9 9.9a3 3 0 0 0 4.2 4.2',
  arrowRight: 'M5 12h14M13 6l6 6-6 6',
  chevronUp: 'm18 15-6-6-6 6',
  chevronDown: 'm6 9 6 6 6-6',
  chevronsUpDown: 'm7 15 5 5 5-5M7 9l5-5 5 5',
  search: 'M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM21 21l-4.3-4.3',
  play: 'M6 4l14 8-14 8Z',
  eye: 'M2 12s3-8 10-8 10 8 10 8-3 8-10 8-10-8-10-8ZM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z',
} as const;

export type IconName = keyof typeof ICON_PATHS;

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'name'> {
  /** Which glyph to draw. */
  name: IconName;
  /** Edge length in px. @default 16 */
  size?: number;
}

export function Icon({ name: nameProp, size: sizeProp = 16, className, ...rest }: IconProps) {
  // Bad input draws nothing rather than putting an unprintable value into an attribute.
  const name = typeof nameProp === 'string' && Object.hasOwn(ICON_PATHS, nameProp) ? nameProp : null;
  if (name === null) devWarn(`Icon name: unknown icon ${describe(nameProp)}; drawing none.`);
  const size = typeof sizeProp === 'number' && Number.isFinite(sizeProp) && sizeProp >= 0 ? sizeProp : 16;
  if (size !== sizeProp) devWarn(`Icon size: expected a number of px, got ${describe(sizeProp)}; using 16.`);
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      data-slot="icon"
      data-icon={name ?? 'unknown'}
      className={cn(IU_ROOT, 'iu:shrink-0', className)}
      {...rest}
    >
      {name !== null ? <path d={ICON_PATHS[name]} /> : null}
    </svg>
  );
}
