import { Form, Link as RouterLinkTarget } from 'react-router'
import { Button, Heading, Paragraph, RouterLink, TextInput } from 'suomifi-ui-components'

import { getFixedT, getLocale } from '../i18n/i18next.server'
import { searchBundles } from '../models/bundles.server'
import type { Route } from './+types/home'
import { useT } from '../i18n/useT'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

/** Longest search the page takes; anything longer is cut. */
const maxQueryLength = 200

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const locale = await getLocale(request)
  const query = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, maxQueryLength)
  const t = await getFixedT(locale)
  return {
    query,
    ...(await searchBundles({ payload: context.payload, locale, query })),
    title: t('home.metaTitle'),
  }
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT('common')
  const { bundles, browse, query } = loaderData
  return (
    <>
      <Heading variant="h1" mb="s">
        {t('home.title')}
      </Heading>
      <Paragraph mb="l">{t('home.intro')}</Paragraph>

      <Form method="get" role="search" aria-label={t('home.searchLabel')} className="search-form" key={query}>
        <TextInput
          id="bundle-search"
          name="q"
          type={'search' as 'text'}
          labelText={t('home.searchLabel')}
          hintText={t('home.searchHint')}
          defaultValue={query}
          maxLength={maxQueryLength}
          fullWidth
        />
        <Button type="submit" className="search-button">
          {t('home.searchButton')}
        </Button>
      </Form>

      {query && (
        <Paragraph mb="m" className="search-status" role="status">
          {bundles.length > 0
            ? t('home.resultCount', { count: bundles.length, query })
            : t('home.noResults', { query })}{' '}
          <RouterLink asComponent={RouterLinkTarget} to="/">
            {t('home.clearSearch')}
          </RouterLink>
        </Paragraph>
      )}

      {browse.length > 0 && (
        <nav aria-labelledby="browse-heading" className="search-browse">
          <Heading variant="h2" id="browse-heading" mb="xs">
            {t('home.browseHeading')}
          </Heading>
          <ul className="bundle-browse-list">
            {browse.map((bundle) => (
              <li key={bundle.key}>
                <RouterLink asComponent={RouterLinkTarget} to={`/analysis/${bundle.key}`}>
                  {bundle.name}
                </RouterLink>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <ul className="bundle-list">
        {bundles.map((bundle) => (
          <li key={bundle.key}>
            <article
              className="bundle-card"
              aria-labelledby={`bundle-${bundle.key}`}
              data-bundle={bundle.key}
            >
              <Heading variant="h2" id={`bundle-${bundle.key}`} mb="xs">
                {bundle.name}
              </Heading>
              <Paragraph mb="s">{bundle.description}</Paragraph>
              <Heading variant="h3" mb="xxs">
                {t('home.covers', { count: bundle.permits.length })}
              </Heading>
              <ul className="bundle-permits">
                {bundle.permits.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
              <RouterLink
                asComponent={RouterLinkTarget}
                to={`/analysis/${bundle.key}`}
                className="button-link"
              >
                {t('home.startAnalysis')}
              </RouterLink>
            </article>
          </li>
        ))}
      </ul>
    </>
  )
}
