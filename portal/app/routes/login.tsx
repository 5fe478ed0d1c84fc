import { Trans } from 'react-i18next'
import { data, Form, Link as RouterLinkTarget, redirect } from 'react-router'
import {
  Button,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
} from 'suomifi-ui-components'

import { getFixedT, getLocale } from '../i18n/i18next.server'
import { loadSignInOptions, signInDemoUser } from '../models/login.server'
import { safeReturnTo } from '../models/safeReturnTo.server'
import type { Route } from './+types/login'
import { useT } from '../i18n/useT'
import { readForm } from '../models/readForm.server'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const loader = async ({ request, context }: Route.LoaderArgs) => {
  const t = await getFixedT(await getLocale(request), 'account')
  return {
    title: t('login.metaTitle'),
    ...(await loadSignInOptions(context.payload)),
    returnTo: safeReturnTo(new URL(request.url).searchParams.get('returnTo')),
    error: null as string | null,
  }
}

/**
 * Development sign-in until Suomi.fi e-Identification lands: picks a demo user and issues
 * a real Payload session for them. Refused in production (and for any non-demo account).
 */
export const action = async ({ request, context }: Route.ActionArgs) => {
  const form = await readForm(request)
  const returnTo = safeReturnTo(String(form.get('returnTo') ?? ''))
  const cookie = await signInDemoUser({ payload: context.payload, userId: String(form.get('user') ?? '') })
  if (!cookie) {
    const t = await getFixedT(await getLocale(request), 'account')
    return data(
      {
        title: t('login.metaTitle'),
        ...(await loadSignInOptions(context.payload)),
        returnTo,
        error: t('login.chooseUser'),
      },
      { status: 400 },
    )
  }
  return redirect(returnTo === '/login' ? '/' : returnTo, {
    headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' },
  })
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT('account')
  const tCommon = useT('common')
  const { users, idps, returnTo } = loaderData
  const error = actionData?.error ?? null
  return (
    <>
      <Heading variant="h1" mb="m">
        {t('login.title')}
      </Heading>
      {idps.length > 0 && (
        <ul className="idp-list">
          {idps.map((idp) => (
            <li key={idp}>
              <a
                className="button-link"
                id={`login-${idp}`}
                href={`/auth/${idp}/login?returnTo=${encodeURIComponent(returnTo)}`}
              >
                {t(`login.idps.${idp}`)}
              </a>
              <Paragraph mb="m">{t(`login.idpHints.${idp}`)}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      {users.length === 0 ? (
        idps.length === 0 && <InlineAlert status="neutral">{t('login.unavailable')}</InlineAlert>
      ) : (
        <>
          <Paragraph mb="m">{t('login.devIntro')}</Paragraph>
          <Form method="post" className="login-form">
            <input type="hidden" name="returnTo" value={returnTo} />
            <RadioButtonGroup
              id="login-user"
              name="user"
              labelText={t('login.userLabel')}
              groupStatus={error ? 'error' : 'default'}
              groupStatusText={error ?? undefined}
              mb="l"
            >
              {users.map((user) => (
                <RadioButton
                  key={user.id}
                  id={`login-user-${user.id}`}
                  value={String(user.id)}
                  hintText={[t(`login.roles.${user.role}`), user.authority, user.email]
                    .filter(Boolean)
                    .join(' · ')}
                >
                  {user.name}
                </RadioButton>
              ))}
            </RadioButtonGroup>
            <Button type="submit" id="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
        </>
      )}
      <Paragraph mt="l" className="login-documents">
        {/* The links' own texts give way to the words of the sentence that the tags enclose. */}
        <Trans
          t={tCommon}
          i18nKey="publicDocuments.signInNotice"
          components={{
            terms: (
              <RouterLink asComponent={RouterLinkTarget} to="/terms">
                {tCommon('footer.terms')}
              </RouterLink>
            ),
            privacy: (
              <RouterLink asComponent={RouterLinkTarget} to="/privacy">
                {tCommon('footer.privacy')}
              </RouterLink>
            ),
          }}
        />
      </Paragraph>
    </>
  )
}
