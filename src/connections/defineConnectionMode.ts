import type { z } from 'zod'

import { finnishTextOf } from '../domain/localize'
import type { Authority } from '../payload-types'
import type { ConnectionMode, ConnectionModeDefinition, DeliveryAuthority } from './types'
import { DeliveryFailedError, InvalidConnectionConfigError, settingsFieldName } from './types'

/** The competent authority as a mode sees it (read in Finnish). */
const deliveryAuthorityOf = (authority: Authority): DeliveryAuthority => ({
  id: authority.id,
  key: authority.key,
  name: finnishTextOf(authority.name),
  noticeEmail: authority.noticeEmail ?? null,
})

/** The settings group a mode keeps on the authority, unchecked; the mode's schema parses it. */
const storedSettingsOf = (authority: Authority, slug: string): unknown =>
  Object.entries(authority).find(([name]) => name === settingsFieldName(slug))?.[1] ?? {}

const issuesOf = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))

/**
 * A connection mode from its definition, the way Payload's storage adapters hold their
 * options: the settings type stays inside, and the mode checks the settings stored on the
 * authority with its schema right before every delivery and check. The result is not
 * generic, so any mode registers with {@link connectionModePlugin} as it is.
 */
export const defineConnectionMode = <TOptions>(
  definition: ConnectionModeDefinition<TOptions>,
): ConnectionMode => {
  const { slug, optionsSchema } = definition
  return {
    slug,
    label: definition.label,
    fields: definition.fields,
    endpoints: definition.endpoints ?? [],
    onboardingFields: definition.onboardingFields ?? [],
    deliver: async ({ message, authority, payload, req }) => {
      const options = optionsSchema.safeParse(storedSettingsOf(authority, slug))
      if (!options.success) {
        // Retrying cannot help until someone fixes the settings.
        throw new DeliveryFailedError({
          message: `Invalid ${slug} settings: ${issuesOf(options.error)
            .map((issue) => `${issue.path} ${issue.message}`)
            .join('; ')}`,
          cause: options.error,
          isRetryable: false,
        })
      }
      return definition.deliver({
        message,
        options: options.data,
        authority: deliveryAuthorityOf(authority),
        payload,
        req,
      })
    },
    checkConfig: async ({ authority, payload }) => {
      const options = optionsSchema.safeParse(storedSettingsOf(authority, slug))
      if (!options.success) {
        throw new InvalidConnectionConfigError(
          issuesOf(options.error).map((issue) => `${issue.path || 'settings'}: ${issue.message}`),
        )
      }
      await definition.checkConfig?.({
        options: options.data,
        authority: deliveryAuthorityOf(authority),
        payload,
      })
    },
  }
}
