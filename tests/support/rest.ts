/** A REST call's answer: its status, its raw text and the text parsed when it is JSON. */
export type RestAnswer<T = unknown> = { status: number; text: string; body: T | null; headers: Headers }

/**
 * Calls the test server's API as a signed-in user (a JWT) or anonymously, with a JSON body
 * when one is given, and reads the whole answer.
 */
export const rest = async <T = unknown>(
  url: string,
  {
    token,
    method = 'GET',
    body,
    headers = {},
  }: { token?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<RestAnswer<T>> => {
  const response = await fetch(url, {
    method,
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: T | null = null
  try {
    parsed = JSON.parse(text) as T
  } catch {
    parsed = null
  }
  return { status: response.status, text, body: parsed, headers: response.headers }
}
