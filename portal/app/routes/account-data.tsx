import { Link as RouterLinkTarget } from 'react-router'
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components'

import { getFixedT, getLocale } from '../i18n/i18next.server'
import { useT } from '../i18n/useT'
import { requireUser } from '../models/session.server'
import type { Route } from './+types/account-data'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const headers: Route.HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  await requireUser({ request, payload: context.payload })
  const t = await getFixedT(await getLocale(request), 'account')
  return { title: t('data.metaTitle') }
}

/** The person's own data: what the download holds, the two downloads, and their rights. */
export default function AccountData() {
  const t = useT('account')
  return (
    <>
      <Heading variant="h1" mb="m">
        {t('data.title')}
      </Heading>
      <Paragraph mb="m">{t('data.intro')}</Paragraph>
      <ul className="account-data-downloads">
        <li>
          <a href="/account/data.pdf" download>
            {t('data.pdf')}
          </a>{' '}
          <span className="account-data-hint">{t('data.pdfHint')}</span>
        </li>
        <li>
          <a href="/account/data.json" download>
            {t('data.json')}
          </a>{' '}
          <span className="account-data-hint">{t('data.jsonHint')}</span>
        </li>
      </ul>
      <Paragraph mb="s">{t('data.rights')}</Paragraph>
      <RouterLink asComponent={RouterLinkTarget} to="/privacy">
        {t('data.privacyLink')}
      </RouterLink>
    </>
  )
}
