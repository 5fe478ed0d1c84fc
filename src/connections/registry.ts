import type { Config, SanitizedConfig } from 'payload'

import { customOf } from '../config/custom'
import type { ConnectionMode } from './types'

declare module '../config/custom' {
  interface LupaCustom {
    /** Modes registered disabled: their fields and options stay, they deliver nothing. */
    disabledConnectionModes?: ConnectionMode[]
  }
}

type WithModes = { custom?: Record<string, unknown> } | Config | SanitizedConfig

/**
 * The connection modes that deliver (registered by {@link connectionModePlugin}), in
 * registration order: the choices every picker of a mode offers.
 */
export const connectionModesOf = (config: WithModes): ConnectionMode[] =>
  (customOf(config).connectionModes ?? []).slice()

/** Every registered mode, disabled ones too: what the schema is built from. */
export const registeredConnectionModesOf = (config: WithModes): ConnectionMode[] => [
  ...connectionModesOf(config),
  ...(customOf(config).disabledConnectionModes ?? []),
]

export const findConnectionMode = (config: WithModes, slug: string) =>
  connectionModesOf(config).find((mode) => mode.slug === slug)
