/**
 * A question a connection mode asks in the joining form of an authority that chooses it.
 * The answer is kept on the onboarding request under `name` and, when the request is
 * approved, stored under the same name in the mode's settings on the authority.
 * Plain data: the portal, the admin and the pure onboarding rules all read it.
 */
export type OnboardingModeField = {
  /** Stable: the name in the form, on onboarding requests and in the mode's settings. */
  name: string
  label: { fi: string; sv: string; en: string }
  hint?: { fi: string; sv: string; en: string }
  /** `url` takes an https address without credentials only. @default 'text' */
  type?: 'text' | 'url' | 'email'
  /** Required whenever the mode is chosen. @default false */
  isRequired?: boolean
  /** @default 2000 */
  maxLength?: number
}
