import type { Endpoint } from 'payload'
import { z } from 'zod'

import { requireStaff } from '../../access/requireStaff'
import { requestLocaleOf } from '../../catalogue/requestLocaleOf'
import { nowOf, todayInFinland } from '../../clock'
import { checkBundle } from '../../domain/bundle-checks'
import { previewBundle } from '../../domain/bundle-preview'
import { bundleProblemMessage } from './bundleProblemMessage'
import { loadBundleDraft } from './loadBundleDraft'

const bodySchema = z.object({
  /** The bundle being edited; absent for one not saved yet. */
  id: z.union([z.number(), z.string()]).nullish(),
  /** The edit form's values, unsaved changes included, in the locale of the request. */
  data: z.record(z.string(), z.unknown()),
  /** The analysis answers typed into the preview. */
  answers: z.record(z.string(), z.unknown()),
})

/**
 * `POST /api/permit-bundles/preview?locale=fi` (staff): what a customer would be told for
 * the answers by the bundle as it is being edited, worked out on the server by the portal's
 * own rules (`previewBundle`), and every problem of the bundle (`checkBundle`) with its
 * level, field and message in the admin's language. Nothing is saved. Answers `200
 * { preview, problems }`, `400` for a malformed body.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'post',
  handler: async (req) => {
    requireStaff(req, 'preview bundles')
    const body = bodySchema.safeParse(await req.json?.().catch(() => null))
    if (!body.success) {
      return Response.json({ errors: [{ message: 'Expected { id?, data, answers }.' }] }, { status: 400 })
    }
    const { id, data, answers } = body.data
    const draft = await loadBundleDraft({ req, data, id })
    const problems = checkBundle({ ...draft, displayLocale: requestLocaleOf(req) }).map((problem) => ({
      level: problem.level,
      path: problem.path,
      message: bundleProblemMessage({ problem, locale: requestLocaleOf(req) }),
    }))
    const preview = previewBundle({
      ...draft,
      answers,
      locale: draft.locale,
      today: todayInFinland(nowOf(req.payload)),
    })
    return Response.json({ preview, problems }, { headers: { 'cache-control': 'no-store' } })
  },
}
