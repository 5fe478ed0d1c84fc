import type { z } from 'zod'

import { idOf } from '../../../src/collections/relations'
import type { Message } from '../../../src/payload-types'
import type { messageView } from './schemas'

/*
 * The API's views of a case and its records are core's (src/cases/caseViews.ts), shared
 * with the workspace's case export; a message the authority posts is the API's own.
 */

export const messageViewOf = (doc: Message): z.infer<typeof messageView> => ({
  id: String(doc.id),
  caseId: String(idOf(doc.case)),
  body: doc.body,
  createdAt: doc.createdAt,
})
