import { Form, Link as RouterLinkTarget, useLocation } from 'react-router'
import {
  Button,
  Checkbox,
  Heading,
  Paragraph,
  RouterLink,
  StaticChip,
  TextInput,
} from 'suomifi-ui-components'

import { AuthoritySelectField } from '../components/AuthoritySelectField'
import { ServiceDeskNav } from '../components/ServiceDeskNav'
import { usePreHydrationChoice } from '../components/usePreHydrationChoice'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { requireAuthorityUser } from '../models/authority.server'
import { loadInbox } from '../models/authorityInbox.server'
import '../styles/authority.css'
import type { Route } from './+types/authority'
import { useT } from '../i18n/useT'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const locale = await getLocale(request)
  const t = await getFixedT(locale, 'authority')
  const inbox = await loadInbox({
    payload: context.payload,
    user,
    locale,
    params: new URL(request.url).searchParams,
  })
  return {
    ...inbox,
    errors: inbox.errors.map((error) => ({ ...error, message: t(`errors.${error.code}`) })),
    title: t('inbox.metaTitle'),
  }
}

export const headers: Route.HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

/** A yes-only filter checkbox (`name=1`), keeping a choice made before the scripts ran. */
const FlagFilter = ({ name, isChecked, label }: { name: string; isChecked: boolean; label: string }) => {
  const [values, setValues] = usePreHydrationChoice(name, isChecked ? ['1'] : [])
  return (
    <Checkbox
      id={`filter-${name}`}
      name={name}
      value="1"
      checked={values.includes('1')}
      onClick={({ checkboxState }) => setValues(checkboxState ? ['1'] : [])}
      className="authority-filter-checkbox"
    >
      {label}
    </Checkbox>
  )
}

/** The views a handler opens most, each a plain link to the filtered inbox. */
const savedFilters = [
  { key: 'mine', query: 'handler=me' },
  { key: 'unassigned', query: 'handler=none' },
  { key: 'late', query: 'late=1' },
  { key: 'waiting', query: 'status=supplement-requested' },
] as const

/**
 * The authority's inbox: its cases with filters in a GET form (works without JavaScript,
 * and a filtered view can be bookmarked), oldest first by default, a page at a time.
 */
export default function AuthorityInbox({ loaderData }: Route.ComponentProps) {
  const t = useT('authority')
  const location = useLocation()
  const { filters, rows, totalDocs, page, totalPages, errors } = loaderData
  const decisionByError = errors.find((error) => error.field === 'decisionBy')?.message
  const pageHref = (target: number) => {
    const params = new URLSearchParams(location.search)
    params.set('page', String(target))
    return `?${params.toString()}`
  }
  return (
    <>
      <Paragraph className="page-overline" mb="xxs">
        {loaderData.authorityName || t('inbox.overline')}
      </Paragraph>
      <Heading variant="h1" mb="s">
        {t('inbox.title')}
      </Heading>
      <Paragraph mb="l">{t('inbox.intro')}</Paragraph>
      <ServiceDeskNav />

      <nav aria-label={t('inbox.savedFilters')} className="authority-saved-filters">
        <ul>
          {savedFilters.map((saved) => (
            <li key={saved.key}>
              <RouterLink
                asComponent={RouterLinkTarget}
                to={`?${saved.query}`}
                aria-current={location.search === `?${saved.query}` ? 'page' : undefined}
              >
                {t(`inbox.saved.${saved.key}`)}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="filters-heading" className="authority-filters">
        <Heading variant="h2" as="h2" id="filters-heading" className="authority-filters-heading" mb="s">
          {t('inbox.filtersHeading')}
        </Heading>
        <Form method="get" key={location.search} className="authority-filters-form">
          <TextInput
            id="filter-q"
            name="q"
            type={'search' as 'text'}
            labelText={t('inbox.search')}
            hintText={t('inbox.searchHint')}
            defaultValue={filters.q ?? ''}
            maxLength={100}
            className="authority-search"
          />
          <AuthoritySelectField
            id="filter-status"
            name="status"
            label={t('inbox.status')}
            defaultValue={filters.status}
            options={[
              { value: 'open', label: t('inbox.statusOpen') },
              { value: 'all', label: t('inbox.statusAll') },
              ...loaderData.statusOptions,
            ]}
          />
          <AuthoritySelectField
            id="filter-permitType"
            name="permitType"
            label={t('inbox.permitType')}
            defaultValue={filters.permitType ?? ''}
            placeholder={t('inbox.permitTypeAll')}
            options={loaderData.permitTypeOptions}
          />
          <TextInput
            id="filter-decisionBy"
            name="decisionBy"
            type={'date' as 'text'}
            labelText={t('inbox.decisionBy')}
            hintText={t('inbox.decisionByHint')}
            status={decisionByError ? 'error' : 'default'}
            statusText={decisionByError}
            defaultValue={loaderData.decisionByInput}
            className="authority-date"
          />
          <AuthoritySelectField
            id="filter-handler"
            name="handler"
            label={t('inbox.handler')}
            defaultValue={filters.handler ?? ''}
            placeholder={t('inbox.handlerAll')}
            options={[
              { value: 'me', label: t('inbox.handlerMe') },
              { value: 'none', label: t('inbox.handlerNone') },
              ...loaderData.handlerOptions,
            ]}
          />
          <AuthoritySelectField
            id="filter-sort"
            name="sort"
            label={t('inbox.sort')}
            defaultValue={filters.sort}
            options={[
              { value: 'oldest', label: t('inbox.sortOldest') },
              { value: 'newest', label: t('inbox.sortNewest') },
              { value: 'decision-date', label: t('inbox.sortDecisionDate') },
            ]}
          />
          <FlagFilter name="unopened" isChecked={filters.isUnopenedOnly} label={t('inbox.unopenedOnly')} />
          <FlagFilter name="late" isChecked={filters.isLateOnly} label={t('inbox.lateOnly')} />
          <div className="authority-filter-buttons">
            <Button type="submit" id="filter-submit">
              {t('inbox.apply')}
            </Button>
            <RouterLink asComponent={RouterLinkTarget} to="/authority">
              {t('inbox.clear')}
            </RouterLink>
          </div>
        </Form>
      </section>

      <section aria-labelledby="cases-heading">
        <Heading variant="h2" id="cases-heading" mb="s" aria-live="polite">
          {t('inbox.count', { count: totalDocs })}
        </Heading>
        {rows.length === 0 ? (
          <Paragraph mb="l">{t('inbox.empty')}</Paragraph>
        ) : (
          <ul className="authority-list authority-inbox" data-testid="inbox">
            {rows.map((row) => (
              <li
                key={row.id}
                className="authority-card authority-inbox-row"
                data-unopened={row.isUnopened || undefined}
              >
                <Heading variant="h3" as="h3" className="authority-inbox-title">
                  <RouterLink asComponent={RouterLinkTarget} to={`/authority/cases/${row.id}`}>
                    {row.caseNumber}
                  </RouterLink>{' '}
                  {row.isUnopened && (
                    <StaticChip className="authority-chip-new">{t('inbox.unopened')}</StaticChip>
                  )}{' '}
                  {row.isLate && <StaticChip className="authority-chip-late">{t('inbox.late')}</StaticChip>}
                </Heading>
                <dl className="authority-facts authority-inbox-facts">
                  <div className="authority-fact">
                    <dt>{t('inbox.columns.permitType')}</dt>
                    <dd>{row.permitType}</dd>
                  </div>
                  <div className="authority-fact">
                    <dt>{t('inbox.columns.applicant')}</dt>
                    <dd>{row.applicantName ?? '–'}</dd>
                  </div>
                  <div className="authority-fact">
                    <dt>{t('inbox.columns.submitted')}</dt>
                    <dd>{row.submittedOn ?? '–'}</dd>
                  </div>
                  <div className="authority-fact">
                    <dt>{t('inbox.columns.status')}</dt>
                    <dd>{row.statusLabel}</dd>
                  </div>
                  <div className="authority-fact">
                    <dt>{t('inbox.columns.expectedDecision')}</dt>
                    <dd>{row.expectedDecisionOn ?? '–'}</dd>
                  </div>
                  {row.supplementDueOn && (
                    <div className="authority-fact">
                      <dt>{t('inbox.columns.supplementDue')}</dt>
                      <dd>{row.supplementDueOn}</dd>
                    </div>
                  )}
                  <div className="authority-fact">
                    <dt>{t('inbox.columns.delivery')}</dt>
                    <dd>{row.deliveryState ?? '–'}</dd>
                  </div>
                  <div className="authority-fact">
                    <dt>{t('inbox.columns.handler')}</dt>
                    <dd>{row.handlerName ?? '–'}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
        {totalPages > 1 && (
          <nav aria-label={t('inbox.paginationLabel')} className="authority-pagination">
            {page > 1 && (
              <RouterLink asComponent={RouterLinkTarget} to={pageHref(page - 1)} rel="prev">
                {t('inbox.previous')}
              </RouterLink>
            )}
            <span aria-current="page">{t('inbox.pageOf', { page, total: totalPages })}</span>
            {page < totalPages && (
              <RouterLink asComponent={RouterLinkTarget} to={pageHref(page + 1)} rel="next">
                {t('inbox.next')}
              </RouterLink>
            )}
          </nav>
        )}
      </section>
    </>
  )
}
