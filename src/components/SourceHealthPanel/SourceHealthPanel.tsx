'use client';

import { forwardRef, useId, type HTMLAttributes } from 'react';
import { DATA_QUALITY_SEVERITY, type DataQualityCode, type SourceConnection } from '../../domain';
import { describe, devWarn } from '../../domain/dev';
import type { Instant } from '../../domain/time';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { StatusPill } from '../../internal/StatusPill';
import { headingLevelOr } from '../../internal/heading';
import { DATA_QUALITY_ALERT_STATES } from '../DataQualityAlert';
import { panelHealthOf, reasonKey, SOURCE_HEALTH_PANEL_STATES, SOURCE_HEALTH_PANEL_VARIANTS, type SourceHealthPanelVariant } from './SourceHealthPanel.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, flags: english.flags, health: english.health, healthReasons: english.healthReasons };

/** A flag's stored code, as a chip in its severity's tone. */
function CodeChip({ code, ...rest }: { code: DataQualityCode } & HTMLAttributes<HTMLElement>) {
  return (
    <StatusPill
      as="code"
      tone={DATA_QUALITY_ALERT_STATES[DATA_QUALITY_SEVERITY[code]].tone}
      shape="box"
      size="compact"
      leading="fixed"
      weight="normal"
      className="iu:font-mono iu:break-all"
      {...rest}
    >
      {code}
    </StatusPill>
  );
}

export interface SourceHealthPanelProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'title'> {
  /** The source whose health is reviewed; status and reasons derive from its flags (`deriveHealth`, `deriveQualityFlags`). */
  source: SourceConnection;
  /** Clock the freshness (and so the stale flag) is measured against. @default the provider's `now` */
  now?: Instant;
  /** 'detail' for the source page ("Health" + post-connection review line), 'preview' for the onboarding review. @default 'detail' */
  variant?: SourceHealthPanelVariant;
  /** Level of the section's title heading, to fit the page outline. @default 2 */
  headingLevel?: 2 | 3 | 4;
}

/**
 * A source's post-connection health: the status code (healthy, warning, critical) with icon and
 * tone, the codes of its flags as chips, and one line per flag (code and message), or "No issue".
 * Info flags are listed but do not lower the status (TikTok Ads France is healthy with
 * mapping_unconfirmed).
 */
export const SourceHealthPanel = forwardRef<HTMLElement, SourceHealthPanelProps>(function SourceHealthPanel(
  { source, now: nowProp, variant: variantProp = 'detail', headingLevel = 2, className, ...rest },
  ref,
) {
  const { t, now: providerNow } = useIntegrationsUI(ENGLISH);
  const titleId = `${useId()}-title`;
  let variant: SourceHealthPanelVariant = variantProp;
  if (typeof variantProp !== 'string' || !Object.hasOwn(SOURCE_HEALTH_PANEL_VARIANTS, variantProp)) {
    devWarn(`SourceHealthPanel: unknown variant ${describe(variantProp)}; using "detail".`);
    variant = 'detail';
  }
  const variantSpec = SOURCE_HEALTH_PANEL_VARIANTS[variant];

  const health = panelHealthOf(source, nowProp ?? providerNow);
  const spec = SOURCE_HEALTH_PANEL_STATES[health.state];
  const statusWord = spec.status ?? (health.rawCode !== null ? t('common.unknownWithCode', { code: health.rawCode }) : t('common.unknown'));

  return (
    <section
      ref={ref}
      data-slot="source-health-panel"
      data-state={dataState(health.state)}
      data-variant={variant}
      {...(health.rawCode !== null ? { 'data-raw-code': health.rawCode } : {})}
      className={cn(IU_ROOT, 'iu:grid iu:content-start iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={headingLevelOr(headingLevel, 2)} id={titleId}>
        {t(variantSpec.title)}
      </SectionHeading>
      {variantSpec.intro ? <p className="iu:text-muted-foreground">{t(variantSpec.intro)}</p> : null}
      <p data-slot="source-health-panel-status-line" className="iu:flex iu:flex-wrap iu:items-center iu:gap-1.5">
        <StatusPill data-slot="source-health-panel-status" tone={spec.tone} icon={spec.icon} size="inherit">
          {t('health.statusLine', { status: statusWord })}
        </StatusPill>
        {health.codes.map((code) => (
          <CodeChip key={code} code={code} data-slot="source-health-panel-status-code" />
        ))}
      </p>
      {health.codes.length === 0 ? (
        <p data-slot="source-health-panel-empty" className="iu:text-muted-foreground">
          {t('health.noIssue')}
        </p>
      ) : (
        <ul role="list" aria-labelledby={titleId} className="iu:grid iu:gap-1.5">
          {health.codes.map((code) => (
            <li key={code} data-slot="source-health-panel-reason" data-code={code} className="iu:flex iu:flex-wrap iu:items-baseline iu:gap-x-2 iu:gap-y-0.5">
              <CodeChip code={code} />
              <span className="iu:min-w-0 iu:break-words">{t(reasonKey(code))}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

SourceHealthPanel.displayName = 'SourceHealthPanel';
