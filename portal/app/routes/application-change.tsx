import { useEffect, useRef } from 'react'
import { Form, Link as RouterLinkTarget, useLocation, useNavigation } from 'react-router'
import { Button, Heading, InlineAlert, Paragraph, RouterLink, VisuallyHidden } from 'suomifi-ui-components'

import { ErrorSummary } from '../components/ErrorSummary'
import { QuestionField } from '../components/QuestionField'
import { getFixedT, getLocale } from '../i18n/i18next.server'
import { readApplication } from '../models/readApplication.server'
import { changeFields, changeIntents } from '../models/applicationsForms'
import {
  handleChangeAction,
  loadChangePage,
  type ChangePage,
  type ChangeQuestion,
} from '../models/change.server'
import { requireUser } from '../models/session.server'
import '../styles/applications.css'
import type { Route } from './+types/application-change'
import { useT } from '../i18n/useT'

export const meta: Route.MetaFunction = ({ loaderData }) =>
  loaderData ? [{ title: loaderData.metaTitle }] : []

// Personal data: never kept by the browser or anything in between.
export const headers: Route.HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

/** The signed-in customer, the application's title (404 when not theirs) and the language. */
const titleOf = async ({ request, params, context }: Route.LoaderArgs | Route.ActionArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const application = await readApplication({ payload: context.payload, user, id: params.id })
  const title =
    (typeof application.title === 'string' && application.title) || String(application.receiptNumber ?? '')
  return { user, title, locale: await getLocale(request) }
}

export const loader = async (args: Route.LoaderArgs) => {
  const { user, title, locale } = await titleOf(args)
  const page = await loadChangePage({
    payload: args.context.payload,
    user,
    id: args.params.id,
    locale,
    title,
  })
  const t = await getFixedT(locale, 'applications')
  return { page, metaTitle: t('change.metaTitle', { title }) }
}

export const action = async (args: Route.ActionArgs) => {
  const { user, title, locale } = await titleOf(args)
  return handleChangeAction({
    request: args.request,
    payload: args.context.payload,
    user,
    id: args.params.id,
    locale,
    title,
  })
}

const CaseNames = ({ cases }: { cases: { id: string; permitTypeName: string; authorityName: string }[] }) => {
  const t = useT('applications')
  return (
    <>
      {cases
        .map((item) => t('change.caseName', { permit: item.permitTypeName, authority: item.authorityName }))
        .join('; ')}
    </>
  )
}

/** Which cases, and so which authorities, a change of the datum reaches; and which it no longer can. */
const Reach = ({ question }: { question: ChangeQuestion }) => {
  const t = useT('applications')
  return (
    <div className="datum-reach" id={`reach-${question.key}`}>
      <p>
        {question.reachesAll ? (
          t('change.reachesAll', { count: question.reaches.length })
        ) : (
          <>
            {t('change.reaches')} <CaseNames cases={question.reaches} />
          </>
        )}
      </p>
      {question.closedCases.length > 0 && (
        <p className="datum-reach-closed">
          {t('change.notReaching')} <CaseNames cases={question.closedCases} />
        </p>
      )}
    </div>
  )
}

type Stage<S extends ChangePage['stage']> = Extract<ChangePage, { stage: S }>

const ChangeForm = ({
  page,
  errorHeadingRef,
  noticeRef,
}: {
  page: Stage<'form'>
  errorHeadingRef: React.Ref<HTMLHeadingElement>
  noticeRef: React.Ref<HTMLDivElement>
}) => {
  const t = useT('applications')
  const navigation = useNavigation()
  const location = useLocation()
  return (
    <>
      <Paragraph mb="s">{t('change.intro')}</Paragraph>
      <Paragraph mb="m">{t('change.closedIntro')}</Paragraph>
      {page.notice && (
        <InlineAlert status="warning" mb="m" className="change-notice" tabIndex={-1} ref={noticeRef}>
          {t(`change.notice.${page.notice}`)}
        </InlineAlert>
      )}
      {page.errors.length > 0 && <ErrorSummary errors={page.errors} headingRef={errorHeadingRef} />}
      <Form method="post" noValidate className="change-form" key={location.key}>
        <input type="hidden" name={changeFields.version} value={page.version} />
        {page.steps.map((step) => (
          <section key={step.key} aria-labelledby={`step-${step.key}-heading`} className="change-step">
            <Heading variant="h2" id={`step-${step.key}-heading`} mb="m">
              {step.title}
            </Heading>
            {step.questions.map((question) => (
              <div key={question.key} className="change-field">
                <QuestionField question={question} />
                <Reach question={question} />
              </div>
            ))}
          </section>
        ))}
        <div className="form-actions">
          <Button
            type="submit"
            name="intent"
            value={changeIntents.review}
            disabled={navigation.state === 'submitting'}
          >
            {t('change.review')}
          </Button>
          <RouterLink asComponent={RouterLinkTarget} to={`/applications/${page.applicationId}`}>
            {t('change.cancel')}
          </RouterLink>
        </div>
      </Form>
    </>
  )
}

const ChangeConfirmation = ({
  page,
  headingRef,
}: {
  page: Stage<'confirm'>
  headingRef: React.Ref<HTMLHeadingElement>
}) => {
  const t = useT('applications')
  const navigation = useNavigation()
  return (
    <section aria-labelledby="confirm-heading" className="change-confirmation">
      <Heading variant="h2" id="confirm-heading" tabIndex={-1} ref={headingRef} mb="s">
        {t('change.confirmHeading')}
      </Heading>
      <Paragraph mb="m">{t('change.confirmIntro', { count: page.affected.length })}</Paragraph>
      <ul className="change-case-list">
        {page.affected.map((item) => (
          <li key={item.id} className="change-case" data-case={item.id}>
            <Heading variant="h3" mb="xxs">
              {item.permitTypeName}
            </Heading>
            <p className="change-case-authority">{t('change.notified', { authority: item.authorityName })}</p>
            <table className="change-table">
              <caption>
                <VisuallyHidden>{t('change.tableCaption', { permit: item.permitTypeName })}</VisuallyHidden>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('change.datum')}</th>
                  <th scope="col">{t('change.before')}</th>
                  <th scope="col">{t('change.after')}</th>
                </tr>
              </thead>
              <tbody>
                {item.changes.map((change) => (
                  <tr key={change.label}>
                    <th scope="row">{change.label}</th>
                    <td>{change.before}</td>
                    <td>{change.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        ))}
      </ul>
      {page.closed.length > 0 && (
        <InlineAlert status="neutral" mb="m">
          {t('change.closedCases')} <CaseNames cases={page.closed} />
        </InlineAlert>
      )}
      {page.newlyNeeded.length > 0 && (
        <InlineAlert status="warning" mb="m" className="change-newly-needed">
          {t('change.newlyNeeded', { permits: page.newlyNeeded.join(', ') })}
        </InlineAlert>
      )}
      {page.noLongerNeeded.length > 0 && (
        <InlineAlert status="neutral" mb="m">
          {t('change.noLongerNeeded')} <CaseNames cases={page.noLongerNeeded} />
        </InlineAlert>
      )}
      <Form method="post" className="form-actions">
        <input type="hidden" name={changeFields.values} value={page.values} />
        <input type="hidden" name={changeFields.version} value={page.version} />
        <Button
          type="submit"
          name="intent"
          value={changeIntents.confirm}
          disabled={navigation.state === 'submitting'}
        >
          {t('change.confirm', { count: page.affected.length })}
        </Button>
        <Button type="submit" name="intent" value={changeIntents.edit} variant="secondary">
          {t('change.edit')}
        </Button>
      </Form>
    </section>
  )
}

/**
 * Change after submission: the customer edits data of a submitted application. Each
 * datum tells which cases and authorities a change reaches; a review step shows, case by
 * case, what each authority will be sent; only on confirmation do those cases change and
 * their authorities hear of it. Works without JavaScript (plain posts, the reviewed
 * values carried in a hidden field and checked again).
 */
export default function ApplicationChange({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('applications')
  const page: ChangePage = actionData ?? loaderData.page
  const location = useLocation()
  const errorHeadingRef = useRef<HTMLHeadingElement>(null)
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null)
  const noticeRef = useRef<HTMLDivElement>(null)

  // After each post: a new location.
  const focusTarget = !actionData
    ? null
    : page.stage === 'confirm'
      ? confirmHeadingRef
      : page.stage === 'form' && page.errors.length > 0
        ? errorHeadingRef
        : page.stage === 'form' && page.notice
          ? noticeRef
          : null
  useEffect(() => {
    focusTarget?.current?.focus()
  }, [location.key, focusTarget])

  return (
    <>
      <Paragraph className="page-overline" mb="xxs">
        {page.title}
      </Paragraph>
      <Heading variant="h1" mb="m">
        {t('change.title')}
      </Heading>
      {page.stage === 'closed' && (
        <>
          <InlineAlert status="neutral" mb="m" className="change-closed">
            {t(`change.closed.${page.reason}`)}
          </InlineAlert>
          <RouterLink asComponent={RouterLinkTarget} to={`/applications/${page.applicationId}`}>
            {t('change.back')}
          </RouterLink>
        </>
      )}
      {page.stage === 'form' && (
        <ChangeForm page={page} errorHeadingRef={errorHeadingRef} noticeRef={noticeRef} />
      )}
      {page.stage === 'confirm' && <ChangeConfirmation page={page} headingRef={confirmHeadingRef} />}
    </>
  )
}
