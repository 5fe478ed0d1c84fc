import { Heading, Link } from 'suomifi-ui-components'

import type { DecisionView } from '../models/applications.server'
import { useT } from '../i18n/useT'

/** A decision on a case: outcome, date, summary and the decision document. */
export const CaseDecision = ({ decision, headingId }: { decision: DecisionView; headingId: string }) => {
  const t = useT('applications')
  return (
    <section className="case-decision" aria-labelledby={headingId} data-outcome={decision.outcome}>
      <Heading variant="h4" as="h4" id={headingId}>
        {t('decision.heading', { outcome: decision.outcomeText })}
      </Heading>
      <p className="case-decision-date">{t('decision.decidedAt', { date: decision.decidedAtText })}</p>
      <p className="case-decision-summary">{decision.summary}</p>
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
