import { describe, expect, it } from 'vitest'

import type { DeliveryState } from '../../src/domain/delivery-notice'
import { customerDeliveryStateOf } from '../../src/domain/delivery-notice'

const submittedAt = new Date('2026-12-07T10:00:00Z')
const minutes = (count: number) => new Date(submittedAt.getTime() + count * 60_000)
const stateAfter = (state: DeliveryState, minutesSince: number) =>
  customerDeliveryStateOf({ state, submittedAt, now: minutes(minutesSince), noticeAfterMs: 30 * 60_000 })

describe('the delivery state a customer is shown', () => {
  it('should show a problem younger than the notice time as still on its way', () => {
    expect(stateAfter('failed', 1)).toBe('pending')
    expect(stateAfter('dead-lettered', 29)).toBe('pending')
    expect(stateAfter('not-configured', 0)).toBe('pending')
  })

  it('should show a problem once it has lasted the notice time', () => {
    expect(stateAfter('failed', 30)).toBe('failed')
    expect(stateAfter('dead-lettered', 120)).toBe('dead-lettered')
    expect(stateAfter('not-configured', 31)).toBe('not-configured')
  })

  it('should show every other state as it is', () => {
    expect(stateAfter('pending', 0)).toBe('pending')
    expect(stateAfter('delivered', 1)).toBe('delivered')
    expect(stateAfter('delivered', 600)).toBe('delivered')
  })
})
