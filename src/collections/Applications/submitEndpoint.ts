import type { Endpoint } from 'payload'

import { pickLocale } from '../../domain/localize'
import { submitApplication } from '../../submission/submitApplication'

/** `POST /api/applications/:id/submit`: the REST face of {@link submitApplication}. */
export const submitEndpoint: Endpoint = {
  path: '/:id/submit',
  method: 'post',
  handler: async (req) => {
    const locale = pickLocale(req.searchParams.get('locale') ?? req.headers.get('accept-language'))
    const result = await submitApplication({ req, applicationId: String(req.routeParams?.id ?? ''), locale })
    return Response.json(result, { status: 201 })
  },
}
