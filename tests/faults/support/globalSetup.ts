import { buildPortal } from '../../e2e/support/buildPortal'

/** Vitest global setup of the fault-injection suite: its web processes serve the built portal. */
export const setup = () => buildPortal()
