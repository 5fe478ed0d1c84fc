import { Details, Heading } from 'suomifi-ui-components'

import type { CaseView, HistoryEntry } from '../models/applications.server'
import type { ActionFailure } from '../models/applicationsActions.server'
import { applicationIntents } from '../models/applicationsForms'
import { AuthorityContactDetails } from './AuthorityContactDetails'
import { CaseDecision } from './CaseDecision'
import { CaseMessageForm, CaseMessageList } from './CaseMessages'
import { CaseSupplementRecord } from './CaseSupplementAnswer'
import { useT } from '../i18n/useT'

const HistoryText = ({ entry }: { entry: HistoryEntry }) => {
  const t = useT('applications')
  switch (entry.type) {
    case 'submitted':
      return <>{t('history.submitted')}</>
    case 'status-changed':
      return <>{t('history.statusChanged', { status: entry.statusText ?? '' })}</>
    case 'changed':
      return <>{t('history.changed', { data: entry.changed.join(', ') })}</>
    case 'message':
      return <>{t('history.message')}</>
  }
}

/**
 * One case of the application: its authority and case number, its status, the delivery
 * receipt (apart from the status: has the authority got it?), the expected decision date,
 * decisions with their documents, supplements, history and messages.
 */
export const CaseCard = ({ item, failure }: { item: CaseView; failure: ActionFailure | null }) => {
  const t = useT('applications')
  const headingId = `case-${item.id}-heading`
  const isDelivered = item.delivery.state === 'delivered'
  const isReceived = item.delivery.receivedAtText !== null
  const hasMessageError = failure?.intent === applicationIntents.message && failure.targetId === item.id
  const pastRequests = item.supplementRequests.filter((request) => request.status !== 'open')
  return (
    <article
      className="case-card"
      id={`case-${item.id}`}
      aria-labelledby={headingId}
      data-status={item.status}
    >
      <Heading variant="h3" id={headingId} mb="xs">
        {item.permitTypeName}
      </Heading>
      <dl className="case-facts">
        <dt>{t('case.authority')}</dt>
        <dd className="case-authority">
          <span className="case-authority-name">{item.authorityName}</span>
          {item.authorityContact && <AuthorityContactDetails contact={item.authorityContact} />}
        </dd>
        <dt>{t('case.caseNumber')}</dt>
        <dd>
          {item.caseNumber}
          {item.externalReference && (
            <span className="case-reference">
              {' '}
              ({t('case.reference', { reference: item.externalReference })})
            </span>
          )}
        </dd>
        <dt>{t('case.status')}</dt>
        <dd className="case-status" data-status={item.status}>
          <strong>{item.statusText}</strong>
          {item.outcomeText && <> – {item.outcomeText}</>}
        </dd>
        {item.expectedDecisionDateText && (
          <>
            <dt>{t('case.expectedDecision')}</dt>
            <dd>{item.expectedDecisionDateText}</dd>
          </>
        )}
      </dl>

      <div
        className="delivery-receipt"
        data-delivery={item.delivery.state}
        data-received={isReceived || undefined}
      >
        <p className="delivery-receipt-heading">{t('delivery.heading')}</p>
        <ul>
          <li data-done={isDelivered || undefined}>
            {isDelivered
              ? t('delivery.delivered', { date: item.delivery.deliveredAtText ?? '' })
              : t(`delivery.${item.delivery.state}` as 'delivery.pending')}
          </li>
          <li data-done={isReceived || undefined}>
            {isReceived
              ? t('delivery.received', { date: item.delivery.receivedAtText ?? '' })
              : t('delivery.notReceived')}
          </li>
        </ul>
        {/* A delivery that takes long: whom to ask meanwhile. */}
        {!isDelivered && item.delivery.state !== 'pending' && item.authorityContact && (
          <AuthorityContactDetails contact={item.authorityContact} isNamed />
        )}
      </div>

      {item.decisions.map((decision) => (
        <CaseDecision key={decision.id} decision={decision} headingId={`decision-${decision.id}-heading`} />
      ))}

      {pastRequests.length > 0 && (
        <div className="case-supplements">
          {pastRequests.map((request) => (
            <CaseSupplementRecord key={request.id} request={request} />
          ))}
        </div>
      )}

      <Details
        summaryLabel={t('history.heading', { count: item.history.length })}
        className="case-details"
        mb="s"
      >
        {item.history.length === 0 ? (
          <p className="case-empty">{t('history.none')}</p>
        ) : (
          <ol className="history-list">
            {item.history.map((entry) => (
              <li key={entry.id}>
                <span className="history-time">{entry.atText}</span> <HistoryText entry={entry} />
              </li>
            ))}
          </ol>
        )}
      </Details>

      <Details
        summaryLabel={t('messages.heading', { count: item.messages.length })}
        className="case-details case-messages"
        open={hasMessageError || undefined}
      >
        <CaseMessageList messages={item.messages} />
        <CaseMessageForm caseId={item.id} authorityName={item.authorityName} failure={failure} />
      </Details>
    </article>
  )
}
