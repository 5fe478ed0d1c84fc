import { Heading, Paragraph } from 'suomifi-ui-components'

import { getFixedT, getLocale } from '../i18n/i18next.server'
import type { Route } from './+types/accessibility'
import { useT } from '../i18n/useT'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const loader = async ({ request }: Route.LoaderArgs) => {
  const t = await getFixedT(await getLocale(request))
  return { title: t('accessibility.metaTitle') }
}

/** Placeholder until the accessibility statement is published. */
export default function Accessibility() {
  const t = useT('common')
  return (
    <>
      <Heading variant="h1" mb="m">
        {t('accessibility.title')}
      </Heading>
      <Paragraph mb="s">{t('accessibility.placeholder')}</Paragraph>
      <Paragraph>{t('accessibility.feedback')}</Paragraph>
    </>
  )
}
