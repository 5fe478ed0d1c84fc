/**
 * Names shared by the supervision workspace's forms and its action: the choices, the intents
 * and the ids of the controls (the errors link to them). Plain values, safe in the browser
 * bundle.
 */
import {
  findingSeverities,
  supervisedObjectKinds,
  supervisionKinds,
} from '../../../plugins/supervision/domain/supervision'

/** The choices of the workspace's forms. */
export const supervisionChoices = {
  objectKinds: supervisedObjectKinds,
  kinds: supervisionKinds,
  severities: findingSeverities,
} as const

export const supervisionIntents = { object: 'object', open: 'open', move: 'move' } as const

/** The intent a form posts: what it does, and the record it is for. */
export const supervisionIntentOf = (intent: string, target = 'new') => `${intent}-${target}`

/** The form's field ids, for the error summary's links (one form per object). */
export const supervisionFieldId = (intent: string, target: string, field: string) =>
  `supervision-${intent}-${target}-${field}`
