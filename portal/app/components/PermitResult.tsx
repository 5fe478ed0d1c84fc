import { Details, Heading, InlineAlert, StaticChip } from 'suomifi-ui-components'

import type { AnalysisPermit } from '../models/analysis.server'
import { AuthorityContactDetails } from './AuthorityContactDetails'
import { RichText } from './RichText'
import { useT } from '../i18n/useT'

/**
 * One permit type of the analysis result: why (not) needed, from whom, by when (before the
 * bundle's `deadlineSubject`), and guidance.
 */
export const PermitResult = ({
  permit,
  deadlineSubject,
}: {
  permit: AnalysisPermit
  deadlineSubject: string
}) => {
  const t = useT('common')
  const headingId = `permit-${permit.permitType}`
  const { authority, deadline } = permit
  return (
    <article
      className="permit-result"
      aria-labelledby={headingId}
      data-permit-type={permit.permitType}
      data-needed={permit.isNeeded ? 'true' : 'false'}
      data-critical={deadline?.isCritical ? 'true' : undefined}
    >
      <Heading variant="h3" as="h4" id={headingId} mb="xs">
        <span lang={permit.nameLang}>{permit.name}</span>
      </Heading>
      {deadline?.isCritical && (
        <StaticChip className="critical-chip">{t('analysis.plan.critical')}</StaticChip>
      )}
      <dl className="permit-facts">
        <dt>{permit.isNeeded ? t('analysis.permit.whyNeeded') : t('analysis.permit.whyNotNeeded')}</dt>
        <dd>
          {permit.reasons.length === 1 ? (
            permit.reasons[0]
          ) : (
            <ul>
              {permit.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('analysis.permit.authority')}</dt>
        <dd className="permit-authority">
          <span className="permit-authority-name">
            {authority.isResolved
              ? authority.name
              : authority.reason === 'missing-municipality'
                ? t('analysis.permit.authorityDependsOnPlace')
                : t('analysis.permit.authorityUnknownForPlace')}
          </span>
          {authority.isResolved && <AuthorityContactDetails contact={authority.contact} />}
        </dd>
        {permit.isNeeded && (
          <>
            <dt>{t('analysis.permit.leadTime')}</dt>
            <dd>
              {permit.leadTime.unit === 'service-days'
                ? t('analysis.permit.leadTimeServiceDays', {
                    count: permit.leadTime.amount,
                    subject: deadlineSubject,
                  })
                : t('analysis.permit.leadTimeCalendarDays', {
                    count: permit.leadTime.amount,
                    subject: deadlineSubject,
                  })}
            </dd>
            {deadline && (
              <>
                <dt>{t('analysis.permit.latestDate')}</dt>
                <dd className="permit-deadline">{deadline.latestDateText}</dd>
              </>
            )}
            {permit.processingDays !== null && (
              <>
                <dt>{t('analysis.permit.processingTime')}</dt>
                <dd>{t('analysis.permit.processingDays', { count: permit.processingDays })}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {deadline?.isPassed && (
        <InlineAlert status="warning" mb="s">
          {t('analysis.permit.passedWarning', { date: deadline.latestDateText })}
          {authority.isResolved && <AuthorityContactDetails contact={authority.contact} isNamed />}
        </InlineAlert>
      )}
      {permit.guidance.length > 0 && (
        <Details summaryLabel={t('analysis.permit.guidance')} className="permit-guidance">
          <div lang={permit.guidanceLang}>
            <RichText blocks={permit.guidance} headingLevel="h5" />
          </div>
        </Details>
      )}
    </article>
  )
}
