import type { BundleProblem } from '../../domain/bundle-checks'

/** Payload's translate function (`req.t`, `useTranslation().t`), whatever keys it is typed for. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string

/** A problem of a bundle as one sentence in the admin's language (see translations.ts). */
export const bundleProblemMessage = ({ problem, t }: { problem: BundleProblem; t: Translate }): string => {
  const { code, params } = problem
  if (code !== 'text-missing') return t(`lupa-bundle-checks:${code}`, params)
  return t('lupa-bundle-checks:text-missing', {
    language: t(`lupa-bundle-checks:language-${params.locale}`),
    text: t(`lupa-bundle-checks:text-${params.text}`, params),
  })
}
