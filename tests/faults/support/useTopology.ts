import { afterAll, afterEach, beforeAll } from 'vitest'

import type { TestUser } from '../../support/factories'
import { createUser, tokenOf } from '../../support/factories'
import type { Topology } from '../../support/topology'
import { startTopology } from '../../support/topology'

export type FaultSetting = { topology: Topology; customer: TestUser; token: string }

/**
 * The topology of a fault test file (two web processes, two workers) and a signed-in
 * customer, started before its tests and stopped after them. After a failed test, what the
 * processes logged last is printed.
 */
export const useTopology = () => {
  const setting = {} as FaultSetting
  beforeAll(async () => {
    setting.topology = await startTopology()
    setting.customer = await createUser(setting.topology.payload, { role: 'customer' })
    setting.token = await tokenOf(setting.topology.payload, setting.customer)
  })
  afterAll(async () => {
    await setting.topology?.close()
  })
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') process.stderr.write(`${setting.topology?.outputs() ?? ''}\n`)
  })
  return setting
}
