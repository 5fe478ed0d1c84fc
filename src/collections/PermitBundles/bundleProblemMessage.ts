import type { BundleProblem } from '../../domain/bundle-checks'
import type { Locale } from '../../domain/types'
import { permitBundleTranslations } from './translations'

/** The check texts of the language, read by any key. */
const checkTextsOf = (locale: Locale): Record<string, string> =>
  permitBundleTranslations[locale]['lupa-bundle-checks']

/** A text with its `{{name}}` placeholders filled, as Payload's translations fill them. */
const fill = (text: string, vars: Record<string, string>) =>
  text.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => vars[name] ?? '')

/**
 * A problem of a bundle as one sentence in the admin's language (`requestLocaleOf`), from
 * the same texts the admin's own translations hold (see translations.ts).
 */
export const bundleProblemMessage = ({
  problem,
  locale,
}: {
  problem: BundleProblem
  locale: Locale
}): string => {
  const texts = checkTextsOf(locale)
  const { code, params } = problem
  if (code !== 'text-missing') return fill(texts[code], params)
  return fill(texts['text-missing'], {
    language: texts[`language-${params.locale}`] ?? params.locale,
    text: fill(texts[`text-${params.text}`] ?? params.text, params),
  })
}
