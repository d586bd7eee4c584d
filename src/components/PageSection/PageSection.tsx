'use client';

import { Component, forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { describe, devWarn } from '../../domain/dev';
import { headingLevelOr } from '../../internal/heading';
import { nodeOf, textOf } from '../../internal/text';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { TONE_BOX } from '../../internal/tone';
import { Icon } from '../../internal/Icon';
import type { PageSectionHeadingLevel, PageSectionState } from './PageSection.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, patterns: english.patterns };

export interface PageSectionProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** Visible heading of the section. Omit it when the content brings its own title (then give `label`). */
  title?: ReactNode;
  /** Name of the section in its error message (and in the development warning). @default the `title` when it is a string */
  label?: string;
  /** Level of the heading. @default 2 */
  headingLevel?: PageSectionHeadingLevel;
  /** Text under the heading. */
  description?: ReactNode;
  /** What is wrong with the section's data (from the domain `check*` functions). When set, a contained error replaces the content. @default null */
  problem?: string | null;
  /** Space between the heading, description and content: `wide` for a section of whole panels. @default 'default' */
  spacing?: 'default' | 'wide';
  /** Whether the section is a landmark (a `<section>` named by its title, listed among the page's regions). Set `false` when its content is already a named region (a table's scroll box): a plain `<div>` then avoids a region nested in a region for the same content. @default true */
  landmark?: boolean;
  /** The section's content. */
  children?: ReactNode;
}

/** The contained error a section shows instead of its content. */
function SectionError({ label }: { label?: string }) {
  const { t } = useIntegrationsUI(ENGLISH);
  return (
    <div role="alert" data-slot="page-section-error" data-tone="critical" className={cn(TONE_BOX, 'iu:gap-2 iu:px-3 iu:py-2 iu:text-sm iu:text-foreground')}>
      <Icon name="octagon" size={16} className="iu:mt-0.5 iu:shrink-0 iu:text-(--iu-tone-fg)" />
      <p>{label ? t('patterns.sectionErrorNamed', { section: label }) : t('common.sectionError')}</p>
    </div>
  );
}

interface BoundaryProps {
  label?: string;
  children?: ReactNode;
}

/**
 * Catches what the shape checks did not foresee (a component throwing on data it could not
 * read): the section shows its error and the rest of the page keeps working.
 */
class SectionBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    // Only the error's message and where it happened: the data itself may hold anything.
    devWarn(
      `PageSection${this.props.label ? ` ${describe(this.props.label)}` : ''}: render failed (${error instanceof Error ? error.message : 'unknown error'}); the section shows an error instead.`,
    );
  }

  override render() {
    return this.state.failed ? <SectionError label={this.props.label} /> : this.props.children;
  }
}

/**
 * A region of a screen pattern: an optional heading and description, then its content inside an
 * error boundary. Malformed data (a failed shape check, or a component that throws) shows a
 * contained error in this section only.
 */
export const PageSection = forwardRef<HTMLElement, PageSectionProps>(function PageSection(
  {
    title: titleProp,
    label: labelProp,
    headingLevel: headingLevelProp = 2,
    description: descriptionProp,
    problem: problemProp = null,
    spacing = 'default',
    landmark = true,
    children,
    className,
    ...rest
  },
  ref,
) {
  const headingId = useId();
  const title = nodeOf(titleProp, 'PageSection title');
  const description = nodeOf(descriptionProp, 'PageSection description');
  const label = labelProp == null ? undefined : textOf(labelProp, 'PageSection label') || undefined;
  const problem = problemProp == null || problemProp === '' ? null : textOf(problemProp, 'PageSection problem', 'malformed data');
  const name = label ?? (typeof title === 'string' ? title : undefined);
  const headingLevel = headingLevelOr(headingLevelProp, 2);
  if (headingLevel !== headingLevelProp) devWarn(`PageSection headingLevel: expected 2, 3 or 4, got ${describe(headingLevelProp)}; using 2.`);
  const Heading = `h${headingLevel}` as const;
  const state: PageSectionState = problem ? 'error' : 'ready';
  if (problem) devWarn(`PageSection${name ? ` ${describe(name)}` : ''}: ${problem}; the section shows an error instead.`);
  const Root = landmark === false ? 'div' : 'section';
  return (
    <Root
      ref={ref as never}
      data-slot="page-section"
      data-state={dataState(state)}
      // Named by its visible heading only: untitled sections hold a component that brings its own
      // named heading or region, and a second name would make two landmarks with one name.
      aria-labelledby={title && landmark !== false ? headingId : undefined}
      className={cn(IU_ROOT, 'iu:min-w-0', spacing === 'wide' ? 'iu:space-y-6' : 'iu:space-y-3', className)}
      {...rest}
    >
      {title ? (
        <Heading id={headingId} className={headingLevel === 2 ? 'iu:text-lg iu:font-semibold' : 'iu:text-base iu:font-semibold'}>
          {title}
        </Heading>
      ) : null}
      {description ? <p className="iu:text-sm iu:text-muted-foreground">{description}</p> : null}
      {problem ? <SectionError label={name} /> : <SectionBoundary label={name}>{children}</SectionBoundary>}
    </Root>
  );
});

PageSection.displayName = 'PageSection';
