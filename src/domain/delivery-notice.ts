/** A case's delivery to its authority, as the case records it. */
export type DeliveryState = 'pending' | 'delivered' | 'failed' | 'dead-lettered' | 'not-configured'

const problems: readonly DeliveryState[] = ['failed', 'dead-lettered', 'not-configured']

/**
 * The delivery state a customer is shown. A problem that has not lasted `noticeAfterMs`
 * since the case was submitted shows as still on its way: most heal with the next retry,
 * and an alarm right after submitting only worries. Staff see the real state at once.
 */
export const customerDeliveryStateOf = ({
  state,
  submittedAt,
  now,
  noticeAfterMs,
}: {
  state: DeliveryState
  submittedAt: Date
  now: Date
  noticeAfterMs: number
}): DeliveryState =>
  problems.includes(state) && now.getTime() - submittedAt.getTime() < noticeAfterMs ? 'pending' : state
