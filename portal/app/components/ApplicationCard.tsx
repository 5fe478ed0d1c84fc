import { Form, Link as RouterLinkTarget } from 'react-router'
import { Button, Heading, RouterLink, VisuallyHidden } from 'suomifi-ui-components'

import type { ApplicationListItem } from '../models/applications.server'
import { useT } from '../i18n/useT'

/**
 * One application in "My applications": a draft links to the wizard, a submitted one to
 * its one view, with how far its cases have come; a submitted one can be copied into a
 * new draft when its bundle offers that (a plain form post, e.g. for a recurring event).
 */
export const ApplicationCard = ({ item }: { item: ApplicationListItem }) => {
  const t = useT('applications')
  const headingId = `application-${item.id}-heading`
  const isDraft = item.status === 'draft'
  const href = isDraft ? `/applications/${item.id}/edit` : `/applications/${item.id}`
  return (
    <article className="application-card" aria-labelledby={headingId} data-status={item.status}>
      <Heading variant="h3" id={headingId} mb="xxs">
        <RouterLink asComponent={RouterLinkTarget} to={href} className="application-link">
          {item.title}
        </RouterLink>
      </Heading>
      <p className="application-bundle">{item.bundleName}</p>
      <dl className="case-facts">
        {item.onBehalfOf && (
          <>
            <dt>{t('list.onBehalfOf')}</dt>
            <dd>{item.onBehalfOf}</dd>
          </>
        )}
        {item.startDate && (
          <>
            <dt>{item.startDate.label}</dt>
            <dd>{item.startDate.text}</dd>
          </>
        )}
        <dt>{isDraft ? t('list.savedAt') : t('list.submittedAt')}</dt>
        <dd>{item.dateText}</dd>
        {item.receiptNumber && (
          <>
            <dt>{t('list.receiptNumber')}</dt>
            <dd>{item.receiptNumber}</dd>
          </>
        )}
        {!isDraft && (
          <>
            <dt>{t('list.progress')}</dt>
            <dd className="application-card-progress">
              {t('summary.decided', { decided: item.cases.decided, total: item.cases.total })}
            </dd>
            {item.cases.openSupplementRequests > 0 && (
              <dd className="needs-action">
                {t('summary.needsAction', { count: item.cases.openSupplementRequests })}
              </dd>
            )}
          </>
        )}
      </dl>
      {item.canCopy && (
        <Form method="post" action={`/applications/${item.id}/copy`} className="copy-form">
          <Button type="submit" variant="secondary">
            {t('list.copy')}
            <VisuallyHidden>: {item.title}</VisuallyHidden>
          </Button>
        </Form>
      )}
    </article>
  )
}
