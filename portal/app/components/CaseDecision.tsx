import { Heading, Link } from 'suomifi-ui-components'

import type { DecisionView } from '../models/applications.server'
import { useT } from '../i18n/useT'

/**
 * One version of a decision on a case: outcome, date, decision-maker, validity, summary,
 * conditions, appeal instructions and the decision document. A correction says so with its
 * reason; an earlier version says it was corrected.
 */
export const CaseDecision = ({ decision, headingId }: { decision: DecisionView; headingId: string }) => {
  const t = useT('applications')
  const validity =
    decision.validFromText && decision.validUntilText
      ? t('decision.validBetween', { from: decision.validFromText, until: decision.validUntilText })
      : decision.validFromText
        ? t('decision.validFrom', { date: decision.validFromText })
        : decision.validUntilText
          ? t('decision.validUntil', { date: decision.validUntilText })
          : null
  return (
    <section
      className="case-decision"
      aria-labelledby={headingId}
      data-outcome={decision.outcome}
      data-version={decision.version}
      data-corrected={decision.isCurrent ? undefined : 'true'}
    >
      <Heading variant="h4" as="h4" id={headingId}>
        {decision.isCurrent
          ? t('decision.heading', { outcome: decision.outcomeText })
          : t('decision.earlierHeading', { version: decision.version, outcome: decision.outcomeText })}
      </Heading>
      {decision.isCurrent && decision.version > 1 && (
        <p className="case-decision-correction">{t('decision.corrects', { version: decision.version })}</p>
      )}
      {!decision.isCurrent && <p className="case-decision-correction">{t('decision.corrected')}</p>}
      {decision.correctionReason && (
        <p className="case-decision-reason">
          <strong>{t('decision.correctionReason')}:</strong> {decision.correctionReason}
        </p>
      )}
      <dl className="case-decision-facts">
        <dt>{t('decision.date')}</dt>
        <dd className="case-decision-date">{decision.decidedAtText}</dd>
        {decision.decisionMaker && (
          <>
            <dt>{t('decision.decisionMaker')}</dt>
            <dd>{decision.decisionMaker}</dd>
          </>
        )}
        {validity && (
          <>
            <dt>{t('decision.validity')}</dt>
            <dd className="case-decision-validity">{validity}</dd>
          </>
        )}
      </dl>
      <p className="case-decision-summary">{decision.summary}</p>
      {decision.conditions.length > 0 && (
        <>
          <p className="case-decision-conditions-heading">
            <strong>{t('decision.conditions')}</strong>
          </p>
          <ol className="case-decision-conditions">
            {decision.conditions.map((condition, index) => (
              <li key={index}>{condition}</li>
            ))}
          </ol>
        </>
      )}
      {decision.appealInstructions && (
        <details className="case-decision-appeal">
          <summary>{decision.appealInstructions.heading}</summary>
          <p lang={decision.appealInstructions.lang}>{decision.appealInstructions.text}</p>
        </details>
      )}
      {decision.document && (
        <p>
          <Link href={decision.document.href} className="case-decision-document">
            {t('decision.document', { name: decision.document.name })}
          </Link>
        </p>
      )}
    </section>
  )
}
