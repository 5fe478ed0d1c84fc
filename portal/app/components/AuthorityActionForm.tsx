import { useEffect, useRef, type ReactNode } from 'react'
import { Form, useNavigation } from 'react-router'
import { Button, Paragraph } from 'suomifi-ui-components'

import type { CaseActionFieldError } from '../models/authorityActions.server'
import { ErrorSummary } from './ErrorSummary'

/**
 * One action of the case page: a disclosure (keyboard and screen reader friendly, no script
 * needed) holding a plain form that posts its `intent` to the route's action. After a
 * refused post it is open, and its error summary takes focus so the errors are announced.
 */
export const AuthorityActionForm = ({
  intent,
  action,
  title,
  intro,
  submitLabel,
  errors,
  isMultipart = false,
  children,
}: {
  intent: string
  /** The route the form posts to. */
  action: string
  title: string
  intro?: string
  submitLabel: string
  errors: CaseActionFieldError[]
  isMultipart?: boolean
  children?: ReactNode
}) => {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const navigation = useNavigation()
  const isSubmitting = navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  useEffect(() => {
    if (errors.length > 0) headingRef.current?.focus()
  }, [errors])
  return (
    <details className="authority-action" id={`action-${intent}`} open={errors.length > 0 || undefined}>
      <summary className="authority-action-summary" id={`${intent}-toggle`}>
        {title}
      </summary>
      <div className="authority-action-body">
        {intro && (
          <Paragraph mb="s" className="authority-action-intro">
            {intro}
          </Paragraph>
        )}
        {errors.length > 0 && <ErrorSummary errors={errors} headingRef={headingRef} />}
        <Form
          method="post"
          action={action}
          encType={isMultipart ? 'multipart/form-data' : undefined}
          noValidate
          className="authority-action-form"
        >
          <input type="hidden" name="intent" value={intent} />
          {children}
          <Button type="submit" id={`${intent}-submit`} disabled={isSubmitting}>
            {submitLabel}
          </Button>
        </Form>
      </div>
    </details>
  )
}
