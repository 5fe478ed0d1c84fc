import type { Ref } from 'react'
import { Heading, InlineAlert, Link } from 'suomifi-ui-components'
import { useT } from '../i18n/useT'

export type ErrorSummaryItem = {
  focusId: string
  label: string
  message: string
  /** A page (e.g. another step of a form) that asks the field; by default the field on this page. */
  href?: string | null
}

/**
 * The list of a form's errors, shown above the form. Each item links to its field (a plain
 * fragment link, so it works without JavaScript; with it, the field also gets focus) or to
 * the page that asks it. The
 * heading takes focus after a failed submit so that screen readers announce the errors.
 */
export const ErrorSummary = ({
  errors,
  headingRef,
}: {
  errors: ErrorSummaryItem[]
  headingRef?: Ref<HTMLHeadingElement>
}) => {
  const t = useT('common')
  return (
    <InlineAlert status="error" className="error-summary" aria-labelledby="error-summary-heading" mb="l">
      <Heading
        variant="h2"
        id="error-summary-heading"
        tabIndex={-1}
        ref={headingRef}
        className="error-summary-heading"
      >
        {t('errors.summaryHeading', { count: errors.length })}
      </Heading>
      <ul className="error-summary-list">
        {errors.map((error) => (
          <li key={`${error.href ?? ''}#${error.focusId}`}>
            <Link
              href={error.href ?? `#${error.focusId}`}
              onClick={(event) => {
                if (error.href) return
                const field = document.getElementById(error.focusId)
                if (!field) return
                event.preventDefault()
                field.focus()
                field.scrollIntoView({ block: 'center' })
              }}
            >
              {error.label}: {error.message}
            </Link>
          </li>
        ))}
      </ul>
    </InlineAlert>
  )
}
