import { Link as RouterLinkTarget } from 'react-router'
import { Paragraph, RouterLink } from 'suomifi-ui-components'

import type { WizardPage } from '../models/wizardPage.server'
import { useT } from '../i18n/useT'

/**
 * The permit analysis answers the application started with: shown, never asked again, with
 * a way back to the analysis to change them (the new answers return to this draft).
 */
export const WizardAnswers = ({ page }: { page: WizardPage }) => {
  const t = useT('wizard')
  if (page.answers.length === 0) return null
  return (
    <details className="wizard-answers">
      <summary>{t('answers.heading', { count: page.answers.length })}</summary>
      <Paragraph mb="s">{t('answers.intro')}</Paragraph>
      <dl className="wizard-data-list">
        {page.answers.map((answer) => (
          <div key={answer.key} className="wizard-data-row" data-key={answer.key}>
            <dt>{answer.label}</dt>
            <dd>{answer.value}</dd>
          </div>
        ))}
      </dl>
      <RouterLink asComponent={RouterLinkTarget} to={page.changeAnswersHref} reloadDocument>
        {t('answers.change')}
      </RouterLink>
    </details>
  )
}
