import type { MouseEvent } from 'react'
import { Link } from 'react-router'

import type { WizardPage } from '../models/wizardPage.server'
import { useT } from '../i18n/useT'

/**
 * Where the customer is: "Step 3 of 9" and, on demand, every step with its state as links.
 * `onNavigate` may save the current step before a link is followed (see the wizard page).
 */
export const WizardProgress = ({
  page,
  onNavigate,
}: {
  page: WizardPage
  onNavigate: (event: MouseEvent<HTMLAnchorElement>, step: string) => void
}) => {
  const t = useT('wizard')
  const { position } = page
  const reviewHref = `/applications/${page.applicationId}/edit?step=review`
  return (
    <nav className="wizard-progress" aria-label={t('progress.label')}>
      <p className="wizard-progress-position" id="wizard-position">
        {t('progress.position', { number: position.number, count: position.count })}
      </p>
      <details className="wizard-progress-details">
        <summary>{t('progress.showAll')}</summary>
        <ol className="wizard-steps">
          {page.steps.map((step) => (
            <li key={step.key} data-step={step.key} data-complete={step.isComplete ? 'true' : 'false'}>
              <Link
                to={step.href}
                aria-current={step.key === position.key ? 'step' : undefined}
                onClick={(event) => onNavigate(event, step.key)}
              >
                {step.title}
              </Link>{' '}
              <span className="wizard-step-state">
                ({step.isComplete ? t('progress.complete') : t('progress.incomplete')})
              </span>
            </li>
          ))}
          <li data-step="review">
            <Link
              to={reviewHref}
              aria-current={position.isReview ? 'step' : undefined}
              onClick={(event) => onNavigate(event, 'review')}
            >
              {t('progress.review')}
            </Link>
          </li>
        </ol>
      </details>
    </nav>
  )
}
