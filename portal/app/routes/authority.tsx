import { useEffect, useRef } from 'react'
import { Form, Link as RouterLinkTarget, redirect, useLocation } from 'react-router'
import {
  Button,
  Checkbox,
  Heading,
  InlineAlert,
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
import { isBulkIntent, runBulkAction } from '../models/authorityBulk.server'
import { loadInbox } from '../models/authorityInbox.server'
import { columnSortOf, inboxSorts, sortableColumns, type InboxSort } from '../models/inboxSorts'
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
  const params = new URL(request.url).searchParams
  const done = params.get('done')
  const problem = params.get('problem')
  const refused = (params.get('refused') ?? '').split(',').filter(Boolean).slice(0, 100)
  const count = Math.max(0, Math.min(100, Number(params.get('count')) || 0))
  return {
    ...inbox,
    errors: inbox.errors.map((error) => ({ ...error, message: t(`errors.${error.code}`) })),
    title: t('inbox.metaTitle'),
    // What the last bulk action did, said once after its redirect.
    bulkNotice: isBulkIntent(done)
      ? [
          t('inbox.bulk.done', { count }),
          refused.length > 0 ? t('inbox.bulk.refused', { cases: refused.join(', ') }) : '',
        ]
          .filter(Boolean)
          .join(' ')
      : problem === 'no-cases' || problem === 'no-handler'
        ? t(`inbox.bulk.${problem}`)
        : null,
    isBulkProblem: problem !== null,
  }
}

/** The bulk actions post here; the inbox is shown again with what was done (post/redirect/get). */
export const action = async ({ request, context }: Route.ActionArgs) => {
  const user = await requireAuthorityUser({ request, payload: context.payload })
  const form = await request.formData().catch(() => null)
  const result = form
    ? await runBulkAction({ payload: context.payload, user, form })
    : ({ kind: 'invalid', reason: 'unknown-action' } as const)
  const params = new URL(request.url).searchParams
  for (const name of ['done', 'count', 'refused', 'problem']) params.delete(name)
  if (result.kind === 'done') {
    params.set('done', result.intent)
    params.set('count', String(result.done))
    if (result.refused.length > 0) params.set('refused', result.refused.join(','))
  } else params.set('problem', result.reason)
  return redirect(`/authority?${params.toString()}`)
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

/** A cell of the inbox's table, labelled for the stacked layout of a narrow screen. */
const Cell = ({ label, value, extra }: { label: string; value: string | null; extra?: string }) => (
  <td data-label={label}>
    {value ?? '–'}
    {extra && <span className="authority-cell-extra">{extra}</span>}
  </td>
)

/**
 * A column header that sorts the table: a link to the same filters in this column's order,
 * the other way round when it is sorted so already. `aria-sort` tells the current order.
 */
const SortableHeader = ({
  column,
  label,
  sort,
}: {
  column: keyof typeof sortableColumns
  label: string
  sort: InboxSort
}) => {
  const t = useT('authority')
  const location = useLocation()
  const { state, next } = columnSortOf(sortableColumns[column], sort)
  const params = new URLSearchParams(location.search)
  params.set('sort', next)
  params.delete('page')
  params.delete('done')
  return (
    <th scope="col" aria-sort={state}>
      <RouterLink asComponent={RouterLinkTarget} to={`?${params.toString()}`} className="authority-sort">
        {label}
        <span className="visually-hidden">
          {' '}
          {t(next === sortableColumns[column].descending ? 'inbox.sortDescending' : 'inbox.sortAscending')}
        </span>
        <span aria-hidden="true" className="authority-sort-mark">
          {state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''}
        </span>
      </RouterLink>
    </th>
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
  const { filters, rows, totalDocs, page, totalPages, errors, bulkNotice } = loaderData
  const noticeRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (bulkNotice) noticeRef.current?.focus()
  }, [location.key, bulkNotice])
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
            options={inboxSorts.map((sort) => ({ value: sort, label: t(`inbox.sorts.${sort}`) }))}
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

      {bulkNotice && (
        <div
          ref={noticeRef}
          tabIndex={-1}
          role="status"
          className="authority-notice"
          data-testid="bulk-notice"
        >
          <InlineAlert status={loaderData.isBulkProblem ? 'warning' : 'neutral'} mb="m">
            {bulkNotice}
          </InlineAlert>
        </div>
      )}

      <section aria-labelledby="cases-heading">
        <Heading variant="h2" id="cases-heading" mb="s" aria-live="polite">
          {t('inbox.count', { count: totalDocs })}
        </Heading>
        {rows.length === 0 ? (
          <Paragraph mb="l">{t('inbox.empty')}</Paragraph>
        ) : (
          // Remounted on every navigation: a done action leaves no case still ticked.
          <Form
            method="post"
            action={`/authority${location.search}`}
            className="authority-bulk-form"
            key={location.key}
          >
            <fieldset className="authority-bulk">
              <legend>{t('inbox.bulk.heading')}</legend>
              <Button
                type="submit"
                name="intent"
                value="bulk-acknowledge"
                variant="secondary"
                id="bulk-acknowledge"
              >
                {t('inbox.bulk.acknowledge')}
              </Button>
              <div className="authority-bulk-assign">
                <AuthoritySelectField
                  id="bulk-handler"
                  name="handler"
                  label={t('inbox.bulk.handler')}
                  placeholder={t('fields.choose')}
                  options={loaderData.handlerOptions}
                />
                <Button type="submit" name="intent" value="bulk-assign" variant="secondary" id="bulk-assign">
                  {t('inbox.bulk.assign')}
                </Button>
              </div>
            </fieldset>
            <table className="authority-table" data-testid="inbox">
              <caption className="visually-hidden">{t('inbox.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('inbox.columns.select')}</span>
                  </th>
                  <SortableHeader
                    column="caseNumber"
                    label={t('inbox.columns.caseNumber')}
                    sort={filters.sort}
                  />
                  <th scope="col">{t('inbox.columns.permitType')}</th>
                  <th scope="col">{t('inbox.columns.applicant')}</th>
                  <SortableHeader column="name" label={t('inbox.columns.name')} sort={filters.sort} />
                  <th scope="col">{t('inbox.columns.place')}</th>
                  <SortableHeader
                    column="eventDate"
                    label={t('inbox.columns.eventDate')}
                    sort={filters.sort}
                  />
                  <SortableHeader
                    column="received"
                    label={t('inbox.columns.submitted')}
                    sort={filters.sort}
                  />
                  <SortableHeader
                    column="expectedDecision"
                    label={t('inbox.columns.expectedDecision')}
                    sort={filters.sort}
                  />
                  <SortableHeader column="status" label={t('inbox.columns.status')} sort={filters.sort} />
                  <th scope="col">{t('inbox.columns.delivery')}</th>
                  <th scope="col">{t('inbox.columns.handler')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.id}
                    className="authority-inbox-row"
                    data-unopened={row.isUnopened || undefined}
                  >
                    <td>
                      <input
                        type="checkbox"
                        name="caseId"
                        value={row.id}
                        id={`select-${row.id}`}
                        aria-label={t('inbox.selectCase', { caseNumber: row.caseNumber })}
                      />
                    </td>
                    <th scope="row" data-label={t('inbox.columns.caseNumber')}>
                      <RouterLink asComponent={RouterLinkTarget} to={`/authority/cases/${row.id}`}>
                        {row.caseNumber}
                      </RouterLink>{' '}
                      {row.isUnopened && (
                        <StaticChip className="authority-chip-new">{t('inbox.unopened')}</StaticChip>
                      )}{' '}
                      {row.isLate && (
                        <StaticChip className="authority-chip-late">{t('inbox.late')}</StaticChip>
                      )}
                    </th>
                    <Cell label={t('inbox.columns.permitType')} value={row.permitType} />
                    <Cell label={t('inbox.columns.applicant')} value={row.applicantName} />
                    <Cell label={t('inbox.columns.name')} value={row.subjectName} />
                    <Cell label={t('inbox.columns.place')} value={row.place} />
                    <Cell label={t('inbox.columns.eventDate')} value={row.startsOn} />
                    <Cell label={t('inbox.columns.submitted')} value={row.submittedOn} />
                    <Cell
                      label={t('inbox.columns.expectedDecision')}
                      value={row.expectedDecisionOn}
                      extra={
                        row.supplementDueOn
                          ? t('inbox.supplementDue', { date: row.supplementDueOn })
                          : undefined
                      }
                    />
                    <Cell label={t('inbox.columns.status')} value={row.statusLabel} />
                    <Cell label={t('inbox.columns.delivery')} value={row.deliveryState} />
                    <Cell label={t('inbox.columns.handler')} value={row.handlerName} />
                  </tr>
                ))}
              </tbody>
            </table>
          </Form>
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
