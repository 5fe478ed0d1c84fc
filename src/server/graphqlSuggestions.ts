/** graphql-js 16 appends these to validation errors; version 17's `hideSuggestions` is not there yet. */
const suggestion = /\s*Did you mean [^?]*\?/g

type GraphQLAnswer = { errors?: { message?: unknown }[] }

const isAnswerWithErrors = (value: unknown): value is Required<GraphQLAnswer> =>
  typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'errors'))

/**
 * GraphQL's answers without "Did you mean …?" hints: with introspection off, the hints would
 * still spell out the schema's field, type and argument names one guess at a time. Only the
 * errors' messages change, never the data.
 */
export const withoutSuggestions =
  (handler: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const response = await handler(request)
    if (!response.headers.get('content-type')?.includes('json')) return response
    const body = await response.text()
    let answer: unknown
    try {
      answer = JSON.parse(body)
    } catch {
      return new Response(body, response)
    }
    if (!isAnswerWithErrors(answer)) return new Response(body, response)
    for (const error of answer.errors)
      if (typeof error.message === 'string') error.message = error.message.replace(suggestion, '')
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(JSON.stringify(answer), { status: response.status, headers })
  }
