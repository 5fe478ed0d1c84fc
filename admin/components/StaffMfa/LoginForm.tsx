'use client'

import {
  EmailField,
  Form,
  FormSubmit,
  Link,
  PasswordField,
  TextField,
  useAuth,
  useConfig,
  useTranslation,
} from '@payloadcms/ui'

import type { StaffMfaTranslationKeys, StaffMfaTranslations } from './translations'

/**
 * Email, password and, for staff with MFA, a verification code (TOTP or recovery code), all
 * posted together to `/api/users/login` (the code as `totp`); the login refuses staff with MFA
 * without a valid code, so the field cannot be skipped.
 */
export const LoginForm = ({ redirect }: { redirect: string }) => {
  const { config } = useConfig()
  const { setUser } = useAuth()
  const { t } = useTranslation<StaffMfaTranslations, StaffMfaTranslationKeys>()
  const translate = t as (key: string) => string
  return (
    <Form
      action={`${config.routes.api}/${config.admin.user}/login`}
      className="login__form"
      disableSuccessStatus
      method="POST"
      onSuccess={(data) => setUser(data as Parameters<typeof setUser>[0])}
      redirect={redirect}
      waitForAutocomplete
    >
      <div className="login__form__inputWrap">
        <EmailField
          field={{ name: 'email', label: translate('general:email'), required: true }}
          path="email"
        />
        <PasswordField
          field={{ name: 'password', label: translate('general:password'), required: true }}
          path="password"
        />
        <TextField
          field={{
            name: 'totp',
            type: 'text',
            label: t('lupa-mfa:code'),
            admin: { description: t('lupa-mfa:codeHelp'), autoComplete: 'one-time-code' },
          }}
          path="totp"
        />
      </div>
      <Link href={`${config.routes.admin}${config.admin.routes.forgot}`} prefetch={false}>
        {translate('authentication:forgotPasswordQuestion')}
      </Link>
      <FormSubmit size="large">{translate('authentication:login')}</FormSubmit>
    </Form>
  )
}
