/** The supervision plugin's collections: one name per concept, never renamed. */
export const supervisionSlugs = {
  supervisedObjects: 'supervised-objects',
  supervisionCases: 'supervision-cases',
} as const
