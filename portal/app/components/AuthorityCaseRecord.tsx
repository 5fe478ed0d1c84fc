import { Form } from 'react-router'
import { Button, Heading, Link, Paragraph, StaticChip } from 'suomifi-ui-components'

import type { AttachmentLink, AuthorityCasePage } from '../models/authorityCase.server'
import { useT } from '../i18n/useT'

const FileLink = ({ file }: { file: AttachmentLink }) => (
  <Link href={file.href} className="authority-file-link">
    {file.name}
  </Link>
)

/** A button acting on one supplement request: remind the customer of it, or cancel it. */
const RequestButton = ({
  intent,
  requestId,
  formAction,
}: {
  intent: 'supplement-remind' | 'supplement-cancel'
  requestId: string
  formAction: string
}) => {
  const t = useT('authority')
  return (
    <Form method="post" action={formAction} className="authority-request-actions">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="requestId" value={requestId} />
      <Button type="submit" variant="secondary" id={`${intent}-${requestId}`}>
        {t(`actions.${intent}`)}
      </Button>
    </Form>
  )
}

/**
 * What the authority knows of the case: the application's data for this permit, the
 * attachments, supplement requests with each item's answer, decisions, messages (internal ones
 * marked), the authority's internal notes, the whole application's cases without their
 * data, and the history.
 */
export const AuthorityCaseRecord = ({
  page,
  formAction,
}: {
  page: AuthorityCasePage
  /** Where a request's buttons post: the case page itself. */
  formAction: string
}) => {
  const t = useT('authority')
  return (
    <>
      <section aria-labelledby="data-heading" className="authority-section">
        <Heading variant="h2" id="data-heading" mb="xs">
          {t('case.dataHeading')}
        </Heading>
        <Paragraph mb="s">{t('case.dataIntro')}</Paragraph>
        <dl className="authority-facts authority-data">
          {page.data.map((row) => (
            <div key={row.key} className="authority-fact">
              <dt>{row.label}</dt>
              <dd className={row.value === null ? 'authority-missing' : undefined}>
                {row.value ?? t('case.notGiven')}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="attachments-heading" className="authority-section">
        <Heading variant="h2" id="attachments-heading" mb="s">
          {t('case.attachmentsHeading')}
        </Heading>
        {page.attachments.length === 0 ? (
          <Paragraph>{t('case.noAttachments')}</Paragraph>
        ) : (
          <ul className="authority-list">
            {page.attachments.map((file) => (
              <li key={file.id}>
                <FileLink file={file} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="supplements-heading" className="authority-section">
        <Heading variant="h2" id="supplements-heading" mb="s">
          {t('case.supplementsHeading')}
        </Heading>
        {page.supplementRequests.length === 0 ? (
          <Paragraph>{t('case.noSupplements')}</Paragraph>
        ) : (
          <ul className="authority-list authority-cards">
            {page.supplementRequests.map(({ key, items }) => {
              const firstOpen = items.find((item) => item.status === 'open')
              return (
                <li key={key} className="authority-card" data-testid="supplement-request">
                  <p className="authority-card-meta">
                    {items[0].dueOn && t('case.dueOn', { date: items[0].dueOn })}
                  </p>
                  {firstOpen && (
                    <RequestButton
                      intent="supplement-remind"
                      requestId={firstOpen.id}
                      formAction={formAction}
                    />
                  )}
                  <ol className="authority-list supplement-items" aria-label={t('case.requestedItems')}>
                    {items.map((item) => (
                      <li key={item.id} data-testid="supplement-item">
                        <p className="authority-card-meta">
                          <StaticChip>
                            {t(`supplementStatus.${item.status}` as 'supplementStatus.open')}
                          </StaticChip>
                        </p>
                        <p className="authority-text">{item.whatIsMissing}</p>
                        {item.status === 'open' && (
                          <RequestButton
                            intent="supplement-cancel"
                            requestId={item.id}
                            formAction={formAction}
                          />
                        )}
                        {item.answer !== null || item.attachments.length > 0 ? (
                          <div className="authority-answer">
                            <p className="authority-card-meta">
                              {t('case.answer')}
                              {item.answeredAt && ` · ${t('case.answeredAt', { date: item.answeredAt })}`}
                            </p>
                            {item.answer && <p className="authority-text">{item.answer}</p>}
                            {item.attachments.length > 0 && (
                              <ul className="authority-list">
                                {item.attachments.map((file) => (
                                  <li key={file.id}>
                                    <FileLink file={file} />
                                  </li>
                                ))}
                              </ul>
                            )}
                          </div>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="decisions-heading" className="authority-section">
        <Heading variant="h2" id="decisions-heading" mb="s">
          {t('case.decisionsHeading')}
        </Heading>
        {page.decisions.length === 0 ? (
          <Paragraph>{t('case.noDecisions')}</Paragraph>
        ) : (
          <ul className="authority-list authority-cards">
            {page.decisions.map((decision) => (
              <li
                key={decision.id}
                className="authority-card"
                data-testid="decision"
                data-version={decision.version}
                data-corrected={decision.isCurrent ? undefined : 'true'}
              >
                <p className="authority-card-meta">
                  <strong>{decision.outcomeLabel}</strong>
                  {` · ${t('case.decisionVersion', { version: decision.version })} · `}
                  {decision.isCurrent ? t('case.currentDecision') : t('case.correctedDecision')}
                </p>
                {decision.correctionReason && (
                  <p>
                    <strong>{t('case.correctionReason')}:</strong> {decision.correctionReason}
                  </p>
                )}
                <p className="authority-text">{decision.summary}</p>
                <dl className="authority-facts">
                  {decision.decisionMaker && (
                    <>
                      <dt>{t('case.decisionMaker')}</dt>
                      <dd>{decision.decisionMaker}</dd>
                    </>
                  )}
                  {decision.decisionDate && (
                    <>
                      <dt>{t('case.decisionDate')}</dt>
                      <dd>{decision.decisionDate}</dd>
                    </>
                  )}
                  {(decision.validFrom || decision.validUntil) && (
                    <>
                      <dt>{t('case.validity')}</dt>
                      <dd>
                        {decision.validFrom && decision.validUntil
                          ? t('case.validBetween', { from: decision.validFrom, until: decision.validUntil })
                          : decision.validFrom
                            ? t('case.validFrom', { date: decision.validFrom })
                            : t('case.validUntil', { date: decision.validUntil })}
                      </dd>
                    </>
                  )}
                  {decision.decidedAt && (
                    <>
                      <dt>{t('case.recordedAt')}</dt>
                      <dd>{decision.decidedAt}</dd>
                    </>
                  )}
                </dl>
                {decision.conditions.length > 0 && (
                  <>
                    <p className="authority-decision-conditions">
                      <strong>{t('case.conditions')}</strong>
                    </p>
                    <ol className="authority-list" data-testid="decision-conditions">
                      {decision.conditions.map((condition, index) => (
                        <li key={index}>{condition}</li>
                      ))}
                    </ol>
                  </>
                )}
                {decision.appealInstructions && (
                  <details className="authority-appeal">
                    <summary>{decision.appealInstructions.kindLabel}</summary>
                    <p className="authority-text" lang={decision.appealInstructions.lang}>
                      {decision.appealInstructions.text}
                    </p>
                  </details>
                )}
                {decision.document && (
                  <p>
                    {t('case.document')}: <FileLink file={decision.document} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="messages-heading" className="authority-section">
        <Heading variant="h2" id="messages-heading" mb="s">
          {t('case.messagesHeading')}
        </Heading>
        {page.messages.length === 0 ? (
          <Paragraph>{t('case.noMessages')}</Paragraph>
        ) : (
          <ul className="authority-list authority-cards">
            {page.messages.map((message) => (
              <li
                key={message.id}
                className="authority-card authority-message"
                data-internal={message.isInternal ? 'true' : undefined}
                data-testid="message"
              >
                <p className="authority-card-meta">
                  <strong>
                    {message.senderKind === 'customer'
                      ? t('messages.fromCustomer')
                      : (message.senderAuthority ?? t('messages.fromService'))}
                  </strong>
                  {message.at && ` · ${message.at}`}
                </p>
                <p className="authority-card-meta">
                  <StaticChip className={message.isInternal ? 'authority-chip-internal' : undefined}>
                    {message.isInternal ? t('messages.internal') : t('messages.toCustomer')}
                  </StaticChip>
                  {message.isApplicationLevel && <> {t('messages.applicationLevel')}</>}
                </p>
                <p className="authority-text">{message.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="notes-heading" className="authority-section">
        <Heading variant="h2" id="notes-heading" mb="s">
          {t('case.notesHeading')}
        </Heading>
        {page.notes.length === 0 ? (
          <Paragraph>{t('case.noNotes')}</Paragraph>
        ) : (
          <ul className="authority-list authority-cards">
            {page.notes.map((note) => (
              <li key={note.id} className="authority-card" data-testid="note">
                <p className="authority-card-meta">
                  <strong>{note.author}</strong>
                  {note.at && ` · ${note.at}`}
                </p>
                <p className="authority-text">{note.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="bundle-heading" className="authority-section">
        <Heading variant="h2" id="bundle-heading" mb="xs">
          {t('case.bundleHeading')}
        </Heading>
        <Paragraph mb="s">{t('case.bundleIntro')}</Paragraph>
        <ul className="authority-list authority-bundle" data-testid="bundle">
          {page.bundle.map((item, index) => (
            <li key={index} aria-current={item.isThisCase ? 'true' : undefined}>
              <strong>{item.permitType}</strong>
              {item.isThisCase && <> ({t('case.thisCase')})</>}
              <br />
              <span className="visually-hidden">{t('case.bundleAuthority')}: </span>
              {item.authority}
              {' · '}
              <span className="visually-hidden">{t('case.bundleStatus')}: </span>
              {item.statusLabel}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="history-heading" className="authority-section">
        <Heading variant="h2" id="history-heading" mb="s">
          {t('case.historyHeading')}
        </Heading>
        {page.history.length === 0 ? (
          <Paragraph>{t('case.noHistory')}</Paragraph>
        ) : (
          <ol className="authority-list authority-history">
            {page.history.map((event) => (
              <li key={event.id}>
                <span className="authority-history-time">{event.at}</span>{' '}
                <span>
                  {event.type}
                  {event.toStatus && `: ${event.fromStatus ?? '–'} → ${event.toStatus}`}
                  {event.isAssignment && `: ${event.handlerName ?? t('case.unassigned')}`}
                  {` · ${event.actor}`}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  )
}
