import { afterEach } from 'vitest'

import type { Topology } from '../../support/topology'

/** After a failed test, prints what the topology's processes logged last. */
export const reportOutputsOnFailure = (topology: () => Topology | undefined) =>
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') process.stderr.write(`${topology()?.outputs() ?? ''}\n`)
  })
