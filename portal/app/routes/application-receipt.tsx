import { Form, Link as RouterLinkTarget } from 'react-router'
import { Button, Heading, Paragraph, RouterLink } from 'suomifi-ui-components'

import { getFixedT, getLocale } from '../i18n/i18next.server'
import { loadReceipt } from '../models/receipt.server'
import { requireUser } from '../models/session.server'
import type { Route } from './+types/application-receipt'
import '../styles/wizard.css'
import { useT } from '../i18n/useT'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const loader = async ({ request, params, context }: Route.LoaderArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const locale = await getLocale(request)
  const receipt = await loadReceipt({ payload: context.payload, user, id: params.id, locale })
  const t = await getFixedT(locale, 'wizard')
  return { receipt, title: t('receipt.metaTitle', { number: receipt.receiptNumber }) }
}

/**
 * The receipt after submission: the receipt number and time, and per case the permit, the
 * authority and exactly the data and files it received; the same as a PDF.
 */
export default function ApplicationReceipt({ loaderData }: Route.ComponentProps) {
  const t = useT('wizard')
  const { receipt } = loaderData
  return (
    <div className="wizard-page receipt">
      <Paragraph className="page-overline" mb="xxs">
        {receipt.bundleName}
      </Paragraph>
      <Heading variant="h1" mb="m">
        {t('receipt.heading')}
      </Heading>
      <Paragraph mb="m">{t('receipt.intro', { count: receipt.cases.length })}</Paragraph>
      <dl className="wizard-data-list receipt-summary">
        <div className="wizard-data-row">
          <dt>{t('receipt.receiptNumber')}</dt>
          <dd className="receipt-number">{receipt.receiptNumber}</dd>
        </div>
        <div className="wizard-data-row">
          <dt>{t('receipt.submittedAt')}</dt>
          <dd>
            <time dateTime={receipt.submittedAt}>{receipt.submittedText}</time>
          </dd>
        </div>
        <div className="wizard-data-row">
          <dt>{receipt.applicantLabel}</dt>
          <dd>{receipt.applicantName}</dd>
        </div>
        <div className="wizard-data-row">
          <dt>{t('receipt.application')}</dt>
          <dd>{receipt.title}</dd>
        </div>
      </dl>
      <div className="receipt-actions">
        <a
          href={`/applications/${receipt.applicationId}/receipt.pdf`}
          className="button-link"
          id="receipt-pdf"
          download
        >
          {t('receipt.downloadPdf')}
        </a>
        <RouterLink asComponent={RouterLinkTarget} to={`/applications/${receipt.applicationId}`}>
          {t('receipt.view')}
        </RouterLink>
      </div>

      <section aria-labelledby="receipt-cases">
        <Heading variant="h2" id="receipt-cases" mb="s">
          {t('receipt.casesHeading', { count: receipt.cases.length })}
        </Heading>
        <ul className="wizard-recipient-list">
          {receipt.cases.map((item) => (
            <li key={item.id}>
              <article className="wizard-recipient receipt-case" aria-labelledby={`case-${item.id}`}>
                <Heading variant="h3" as="h3" id={`case-${item.id}`} mb="xs">
                  {item.permitName}
                </Heading>
                <dl className="wizard-recipient-facts">
                  <dt>{t('receipt.authority')}</dt>
                  <dd className="receipt-authority">{item.authorityName}</dd>
                  <dt>{t('receipt.caseNumber')}</dt>
                  <dd className="receipt-case-number">{item.caseNumber}</dd>
                  <dt>{t('receipt.files')}</dt>
                  <dd>
                    {item.files.length > 0 ? (
                      <ul className="wizard-inline-list">
                        {item.files.map((file) => (
                          <li key={file.id}>
                            <a href={file.href}>{file.name}</a>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t('receipt.noFiles')
                    )}
                  </dd>
                </dl>
                <details className="receipt-data">
                  <summary>{t('receipt.dataSent', { count: item.data.length })}</summary>
                  <dl className="wizard-data-list">
                    {item.data.map((row) => (
                      <div key={row.key} className="wizard-data-row" data-key={row.key}>
                        <dt>{row.label}</dt>
                        <dd>{row.value}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </article>
            </li>
          ))}
        </ul>
      </section>

      {receipt.repeatHeading && (
        <section aria-labelledby="receipt-copy" className="receipt-copy">
          <Heading variant="h2" id="receipt-copy" mb="xs">
            {receipt.repeatHeading}
          </Heading>
          <Paragraph mb="s">{t('receipt.copyHint')}</Paragraph>
          <Form method="post" action={`/applications/${receipt.applicationId}/copy`}>
            <Button type="submit" variant="secondary" id="copy-application">
              {t('receipt.copy')}
            </Button>
          </Form>
        </section>
      )}
    </div>
  )
}
