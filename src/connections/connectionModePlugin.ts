import type { CollectionConfig, Field, Plugin } from 'payload'

import { staffField } from '../access/roles'
import { slugs } from '../collections/slugs'
import { customOf } from '../config/custom'
import { checkConnectionEndpoint, checkConnectionPath } from './checkConnectionEndpoint'
import { registeredConnectionModesOf } from './registry'
import type { ConnectionMode } from './types'
import { settingsFieldName } from './types'

const appendOption = (
  fields: Field[],
  name: string,
  option: { value: string; label: ConnectionMode['label'] },
) =>
  fields.map((field) =>
    'name' in field && field.name === name && field.type === 'select'
      ? { ...field, options: [...field.options, option] }
      : field,
  )

/** The mode-generic "Test connection" endpoint, added once however many modes there are. */
const withCheckConnection = (endpoints: CollectionConfig['endpoints']) =>
  endpoints === false || endpoints?.some((endpoint) => endpoint.path === checkConnectionPath)
    ? endpoints
    : [...(endpoints ?? []), checkConnectionEndpoint]

/**
 * Adds a connection mode to the config: an option of the authority's (and the permit type's)
 * connection mode, a settings group on the authority shown only when the mode is chosen,
 * the mode's endpoints, "Test connection" (`POST /api/authorities/:id/check-connection`), and
 * the mode itself for the delivery orchestrator and every picker of a mode. A disabled mode
 * keeps its fields and option, so the schema never depends on the environment.
 */
export const connectionModePlugin =
  (mode: ConnectionMode, { isEnabled = true }: { isEnabled?: boolean } = {}): Plugin =>
  (config) => {
    const custom = customOf(config)
    if (registeredConnectionModesOf(config).some((other) => other.slug === mode.slug)) {
      throw new Error(`Connection mode "${mode.slug}" is registered twice`)
    }
    const option = { value: mode.slug, label: mode.label }
    const settings: Field = {
      name: settingsFieldName(mode.slug),
      type: 'group',
      label: mode.label,
      access: { read: staffField },
      admin: { condition: (data) => data?.connectionMode === mode.slug },
      fields: mode.fields,
    }
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.slug === slugs.authorities) {
        return {
          ...collection,
          fields: [...appendOption(collection.fields, 'connectionMode', option), settings],
          endpoints: withCheckConnection(collection.endpoints),
        }
      }
      if (collection.slug === slugs.permitTypes) {
        return { ...collection, fields: appendOption(collection.fields, 'connectionMode', option) }
      }
      return collection
    })
    return {
      ...config,
      collections,
      endpoints: isEnabled ? [...(config.endpoints ?? []), ...mode.endpoints] : config.endpoints,
      custom: {
        ...config.custom,
        ...(isEnabled
          ? { connectionModes: [...(custom.connectionModes ?? []), mode] }
          : { disabledConnectionModes: [...(custom.disabledConnectionModes ?? []), mode] }),
      },
    }
  }
