import { describe, expect, it } from 'vitest'

import { questionOf } from '../../portal/app/models/questions.server'
import type { DataElement } from '../../src/domain/types'

const element: DataElement = {
  key: 'stageSize',
  type: 'text',
  step: 'event',
  label: { fi: 'Lavan koko', sv: '', en: 'Size of the stage' },
}

describe('a question in the language', () => {
  it('should mark a Finnish label that stands in for a missing translation', () => {
    const swedish = questionOf({ element, locale: 'sv', raw: [] })
    expect(swedish).toMatchObject({ label: 'Lavan koko', labelLang: 'fi' })
    const english = questionOf({ element, locale: 'en', raw: [] })
    expect(english.label).toBe('Size of the stage')
    expect(english).not.toHaveProperty('labelLang')
    expect(questionOf({ element, locale: 'fi', raw: [] })).not.toHaveProperty('labelLang')
  })
})
