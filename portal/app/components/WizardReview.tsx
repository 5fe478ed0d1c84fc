import { Form, Link as RouterLinkTarget } from 'react-router'
import { Button, Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components'

import type { WizardReview as Review } from '../models/wizardPage.server'
import { intentField, intentValue } from '../models/wizardForms'
import { useT } from '../i18n/useT'

/** The data the customer gave, step by step, each step with a link to edit it. */
const ReviewSections = ({ review }: { review: Review }) => {
  const t = useT('wizard')
  return (
    <>
      {review.sections.map((section) => (
        <section
          key={section.key}
          className="wizard-review-section"
          aria-labelledby={`review-${section.key}`}
          data-step={section.key}
        >
          <div className="wizard-review-section-head">
            <Heading variant="h3" as="h3" id={`review-${section.key}`}>
              {section.title}
            </Heading>
            <RouterLink asComponent={RouterLinkTarget} to={section.href} className="wizard-edit-link">
              {t('review.edit')}
              <span className="visually-hidden"> {t('review.editStep', { step: section.title })}</span>
            </RouterLink>
          </div>
          <dl className="wizard-data-list">
            {section.rows.map((row) => (
              <div key={row.key} className="wizard-data-row" data-key={row.key}>
                <dt>{row.label}</dt>
                <dd data-missing={row.isMissing ? 'true' : undefined}>
                  {row.files.length > 0 ? (
                    <ul className="wizard-inline-list">
                      {row.files.map((name) => (
                        <li key={name}>{name}</li>
                      ))}
                    </ul>
                  ) : row.isMissing ? (
                    <span className="wizard-not-given">{t('review.notGiven')}</span>
                  ) : (
                    row.value
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  )
}

/**
 * Data minimisation made visible: the data every authority gets, then per permit its
 * authority and what only that authority receives, files included.
 */
const Recipients = ({ review }: { review: Review }) => {
  const t = useT('wizard')
  return (
    <section className="wizard-recipients" aria-labelledby="recipients-heading" id="recipients">
      <Heading variant="h2" id="recipients-heading" mb="s">
        {t('review.recipientsHeading')}
      </Heading>
      <Paragraph mb="m">{t('review.recipientsIntro')}</Paragraph>
      {review.sharedData.length > 0 && (
        <div className="wizard-shared-data">
          <Heading variant="h3" as="h3" mb="xs">
            {t('review.sharedHeading')}
          </Heading>
          <ul className="wizard-inline-list" data-testid="shared-data">
            {review.sharedData.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </div>
      )}
      <ul className="wizard-recipient-list">
        {review.recipients.map((recipient) => (
          <li key={recipient.permitType}>
            <article
              className="wizard-recipient"
              data-permit-type={recipient.permitType}
              aria-labelledby={`recipient-${recipient.permitType}`}
            >
              <Heading variant="h3" as="h3" id={`recipient-${recipient.permitType}`} mb="xs">
                {recipient.permitName}
              </Heading>
              <dl className="wizard-recipient-facts">
                <dt>{t('review.authority')}</dt>
                <dd className="wizard-recipient-authority">
                  {recipient.authorityName ?? t('review.authorityUnknown')}
                </dd>
                <dt>{t('review.ownData')}</dt>
                <dd className="wizard-recipient-data">
                  {recipient.ownData.length > 0 ? (
                    <ul className="wizard-inline-list">
                      {recipient.ownData.map((label) => (
                        <li key={label}>{label}</li>
                      ))}
                    </ul>
                  ) : (
                    t('review.ownDataNone')
                  )}
                  <span className="wizard-data-count">
                    {t('review.dataCount', { count: recipient.dataCount })}
                  </span>
                </dd>
                <dt>{t('review.files')}</dt>
                <dd className="wizard-recipient-files">
                  {recipient.files.length > 0 ? (
                    <ul className="wizard-inline-list">
                      {recipient.files.map((name) => (
                        <li key={name}>{name}</li>
                      ))}
                    </ul>
                  ) : (
                    t('review.noFiles')
                  )}
                </dd>
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The last step: everything entered, who receives what, what is still missing (with links
 * to the steps), and the submit button (a plain form post).
 */
export const WizardReview = ({
  review,
  showProblems,
  isSubmitting,
}: {
  review: Review
  /** False while a failed submission's own error summary lists the same problems. */
  showProblems: boolean
  isSubmitting: boolean
}) => {
  const t = useT('wizard')
  return (
    <div className="wizard-review">
      <Paragraph mb="m">{t('review.intro')}</Paragraph>
      {showProblems && review.problems.length > 0 && (
        <InlineAlert
          status="warning"
          className="wizard-problems"
          labelText={t('review.problemsHeading')}
          mb="l"
        >
          <ul className="wizard-problem-list">
            {review.problems.map((problem) => (
              <li key={problem.key}>
                <RouterLink asComponent={RouterLinkTarget} to={problem.href ?? `#${problem.focusId}`}>
                  {problem.label}: {problem.message}
                </RouterLink>
              </li>
            ))}
          </ul>
        </InlineAlert>
      )}
      <ReviewSections review={review} />
      <Recipients review={review} />
      <Form method="post" className="wizard-submit">
        <input type="hidden" name={intentField} value={intentValue({ kind: 'submit' })} />
        <Paragraph mb="s">
          {review.recipients.length === 1
            ? t('review.submitHintSingle')
            : t('review.submitHint', { count: review.authorityCount, cases: review.recipients.length })}
        </Paragraph>
        <Button type="submit" id="submit-application" disabled={isSubmitting}>
          {t('review.submit')}
        </Button>
      </Form>
    </div>
  )
}
