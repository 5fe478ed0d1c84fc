/**
 * The names of the wizard's form fields, shared by its pages and their actions: above all
 * what a post of a step asks for, carried as the `intent` of the pressed button, so that one
 * plain form works without JavaScript.
 */

/** Name of the form field that carries the intent. */
export const intentField = 'intent'

/** Name of the hidden field that says which step the posted data belong to. */
export const stepField = 'step'

/** Prefix of the file inputs' names: `file:<data element key>`. */
export const fileFieldPrefix = 'file:'

export type WizardIntent =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'save' }
  | { kind: 'autosave' }
  | { kind: 'upload' }
  | { kind: 'goto'; step: string }
  | { kind: 'remove'; element: string; attachment: string }
  | { kind: 'submit' }

const keyPattern = /^[A-Za-z0-9_-]{1,64}$/

/** The intent as the button's value. */
export const intentValue = (intent: WizardIntent): string => {
  switch (intent.kind) {
    case 'goto':
      return `goto:${intent.step}`
    case 'remove':
      return `remove:${intent.element}:${intent.attachment}`
    default:
      return intent.kind
  }
}

/** The intent of a posted value; anything unknown is a plain save (never a submission). */
export const parseIntent = (value: unknown): WizardIntent => {
  const text = typeof value === 'string' ? value : ''
  const [kind, first, second, ...rest] = text.split(':')
  if (rest.length > 0) return { kind: 'save' }
  switch (kind) {
    case 'next':
    case 'previous':
    case 'autosave':
    case 'upload':
    case 'submit':
      return first === undefined ? { kind } : { kind: 'save' }
    case 'goto':
      return first !== undefined && keyPattern.test(first) && second === undefined
        ? { kind, step: first }
        : { kind: 'save' }
    case 'remove':
      return first !== undefined && second !== undefined && keyPattern.test(first) && keyPattern.test(second)
        ? { kind, element: first, attachment: second }
        : { kind: 'save' }
    default:
      return { kind: 'save' }
  }
}

/** Field of the start page that says on whose behalf the customer applies. */
export const onBehalfOfField = 'onBehalfOf'

/** The value of {@link onBehalfOfField} for applying as oneself. */
export const selfValue = 'self'
