import { data } from 'react-router'

const formTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])

/**
 * The form a portal action was posted, or a 4xx the error page explains: a body of another
 * type (415) or one that does not parse, such as multipart without its boundary (400), is
 * the sender's mistake, never a 500.
 */
export const readForm = async (request: Request): Promise<FormData> => {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (!formTypes.has(type)) throw data({ isBadForm: true }, { status: 415 })
  return request.formData().catch(() => {
    throw data({ isBadForm: true }, { status: 400 })
  })
}
