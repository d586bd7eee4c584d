'use client';

import { cva } from 'class-variance-authority';
import { forwardRef, useId, type HTMLAttributes } from 'react';
import type { Guardrail, GuardrailScope } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { headingLevelOr } from '../../internal/heading';
import { EmptyState } from '../../internal/TableFrame/EmptyState';
import { GUARDRAIL_ITEM_STATES, GUARDRAIL_TITLES, guardrailKey, isGuardrailScope, type GuardrailItemState } from './GuardrailList.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { guardrails: english.guardrails };

const item = cva('iu:break-words', {
  variants: { state: { known: '', unknown: 'iu:font-mono iu:text-muted-foreground' } satisfies Record<GuardrailItemState, string> },
});

export interface GuardrailListProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'title'> {
  /** The guardrails in display order (fixtures `ONBOARDING_GUARDRAILS`, `SETTINGS_GUARDRAILS`); each line is `guardrails.<scope>.<id>` verbatim. */
  guardrails: readonly Guardrail[];
  /** Which screen's title: "Guardrails (V1):" for onboarding, "Guardrails (V1)" for settings. @default the scope of the first guardrail, else 'settings' */
  scope?: GuardrailScope;
  /** Level of the title heading. @default 2 */
  headingLevel?: 2 | 3 | 4;
}

/**
 * The V1 guardrails of a screen: a titled bulleted list of what the product deliberately does not
 * do (no real OAuth, no secret exposure, preview-only actions…). Each line comes from the catalog
 * verbatim; a guardrail the catalog does not know shows its raw id, neutral, instead of vanishing.
 */
export const GuardrailList = forwardRef<HTMLElement, GuardrailListProps>(function GuardrailList(
  { guardrails, scope: scopeProp, headingLevel = 2, className, ...rest },
  ref,
) {
  const { t, has } = useIntegrationsUI(ENGLISH);
  const titleId = `${useId()}-title`;

  let list: readonly Guardrail[] = guardrails;
  if (!Array.isArray(guardrails)) {
    devWarn('GuardrailList guardrails: expected an array of { id, scope }; showing none.');
    list = [];
  }
  let scope: GuardrailScope = 'settings';
  if (scopeProp !== undefined) {
    if (isGuardrailScope(scopeProp)) scope = scopeProp;
    else devWarn(`GuardrailList scope: unknown scope ${describe(scopeProp)}; using "settings".`);
  } else {
    const first: unknown = (list[0] as Guardrail | null | undefined)?.scope;
    if (isGuardrailScope(first)) scope = first;
  }

  const level = headingLevelOr(headingLevel, 2);
  if (level !== headingLevel) devWarn(`GuardrailList headingLevel: expected 2, 3 or 4, got ${describe(headingLevel)}; using 2.`);

  return (
    // Not a named landmark: a page may show the section twice (e.g. a matrix); the heading and
    // the lists' names give the structure.
    <section
      ref={ref}
      data-slot="guardrail-list"
      data-scope={scope}
      data-state={dataState(list.length === 0 ? 'empty' : 'filled')}
      className={cn(IU_ROOT, 'iu:grid iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={level} id={titleId}>
        {t(GUARDRAIL_TITLES[scope])}
      </SectionHeading>
      {list.length === 0 ? (
        <EmptyState>{t('guardrails.empty')}</EmptyState>
      ) : (
        <ul role="list" aria-labelledby={titleId} className="iu:grid iu:list-disc iu:gap-1 iu:pl-5 iu:marker:text-muted-foreground">
          {list.map((guardrail, index) => {
            const key = guardrailKey(has, guardrail);
            const raw = guardrail != null && typeof guardrail === 'object' ? toText(guardrail.id) : toText(guardrail);
            if (key === null) devWarn(`GuardrailList guardrail: unknown guardrail ${describe(raw)}; showing its raw id.`);
            const state: GuardrailItemState = key === null ? 'unknown' : 'known';
            return (
              <li
                key={`${index}-${raw}`}
                data-slot="guardrail-list-item"
                data-state={dataState(state)}
                data-tone={GUARDRAIL_ITEM_STATES[state].tone}
                className={item({ state })}
              >
                {key === null ? raw : t(key)}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});

GuardrailList.displayName = 'GuardrailList';
