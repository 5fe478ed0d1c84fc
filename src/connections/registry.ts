import type { Config, SanitizedConfig } from 'payload'

import type { ConnectionMode } from './types'
import { customOf } from '../config/custom'

type WithModes = { custom?: Record<string, unknown> }

/** The connection modes registered in a config (by {@link connectionModePlugin}). */
export const connectionModesOf = (config: WithModes | Config | SanitizedConfig): ConnectionMode[] =>
  (customOf(config).connectionModes ?? []).slice()

export const findConnectionMode = (config: WithModes | SanitizedConfig, slug: string) =>
  connectionModesOf(config).find((mode) => mode.slug === slug)
