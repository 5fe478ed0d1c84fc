import { describe, expect, it } from 'vitest'
import { message, messageCodes, messages } from '../../src/domain/messages'

describe('message', () => {
  it('should give the Swedish message', () => {
    expect(message('required', 'sv')).toBe('Obligatorisk uppgift saknas')
  })

  it('should fill placeholders from params', () => {
    expect(message('too-long', 'en', { max: 20 })).toBe('The text is too long (at most 20 characters)')
  })

  it('should have every message in Finnish, Swedish and English', () => {
    const incomplete = messageCodes.filter(
      (code) => !messages[code].fi || !messages[code].sv || !messages[code].en,
    )
    expect(incomplete).toEqual([])
  })
})
