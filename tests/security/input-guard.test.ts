import { request as httpRequest } from 'node:http'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestUser } from '../support/factories'
import { createUser, testPassword, tokenOf } from '../support/factories'
import type { TestPayload } from '../support/testPayload'
import { startTestPayload, startTestServer } from '../support/testPayload'

let test: TestPayload
let payload: Payload
let server: Awaited<ReturnType<typeof startTestServer>>
let customer: TestUser
let token: string

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  server = await startTestServer(test)
  customer = await createUser(payload, { role: 'customer' })
  token = await tokenOf(payload, customer)
})

afterAll(async () => {
  await server?.close()
  await test?.close()
})

const send = async (
  method: string,
  path: string,
  init: { body?: string; type?: string; locale?: string } = {},
) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      Authorization: `JWT ${token}`,
      'Accept-Language': init.locale ?? 'en',
      ...(init.type ? { 'Content-Type': init.type } : {}),
    },
    body: init.body,
  })
  const text = await response.text()
  return { status: response.status, text }
}

describe('bad input to the API', () => {
  it('should answer each case a 4xx with a localised message, never a 5xx or a stack trace', async () => {
    const json = 'application/json'
    const cases: [string, string, { body?: string; type?: string }, number][] = [
      ['GET', '/api/permit-types/abc', {}, 404],
      ['GET', '/api/permit-types?where[id][near]=1,2,3', {}, 400],
      ['GET', '/api/permit-types?where[id][within]=1', {}, 400],
      ['GET', '/api/permit-types?where[createdAt][greater_than]=notadate', {}, 400],
      ['GET', '/api/permit-types?where[or][0][id][in]=a,b', {}, 400],
      ['POST', '/api/applications', { body: 'null', type: json }, 400],
      ['POST', '/api/applications', { body: '"text"', type: json }, 400],
      ['POST', '/api/applications', { body: '42', type: json }, 400],
      ['POST', '/api/applications', { body: '[1,2]', type: json }, 400],
      ['POST', '/api/applications', { body: '['.repeat(3000) + ']'.repeat(3000), type: json }, 400],
      ['POST', '/api/applications', { body: '<x/>', type: 'application/xml' }, 415],
      ['POST', '/api/applications', { body: 'a=b', type: 'application/x-www-form-urlencoded' }, 415],
      ['POST', '/api/applications', { body: 'PNG', type: 'image/png' }, 415],
      ['POST', '/api/applications', { body: 'xx', type: 'multipart/form-data' }, 400],
      ['POST', '/api/applications', {}, 400],
      [
        'POST',
        '/api/applications',
        {
          body: '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnot json\r\n--b--\r\n',
          type: 'multipart/form-data; boundary=b',
        },
        400,
      ],
      [
        'POST',
        '/api/applications',
        {
          body: '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}',
          type: 'multipart/form-data; boundary=b',
        },
        400,
      ],
      [
        'POST',
        '/api/authorities',
        {
          body: '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--\r\n',
          type: 'multipart/form-data; boundary=b',
        },
        400,
      ],
      [
        'POST',
        '/api/globals/service-calendar',
        {
          body: '--b\r\nContent-Disposition: form-data; name="x"; filename="x.png"\r\nContent-Type: image/png\r\n\r\nPNG\r\n--b--\r\n',
          type: 'multipart/form-data; boundary=b',
        },
        400,
      ],
      ['GET', '/api/permit-types/%zz', {}, 404],
      ['GET', '/api/payload-jobs/init', {}, 404],
      ['POST', '/api/permit-types/NaN/duplicate', {}, 404],
      ['GET', '/api/attachments/versions/1', {}, 404],
      ['GET', '/api/permit-types?where[key][equals][]=a&where[key][equals][]=b', {}, 400],
      ['PATCH', `/api/users/${customer.id}`, { body: JSON.stringify({ locale: { x: 1 } }), type: json }, 400],
      [
        'PATCH',
        `/api/users/${customer.id}`,
        { body: JSON.stringify({ email: ['a@b.fi'] }), type: json },
        400,
      ],
      ['POST', '/api/users/verify/x', {}, 404],
      ['GET', '/api/payload-migrations', {}, 404],
      ['POST', '/api/graphql', { body: JSON.stringify({ query: 'subscription { x }' }), type: json }, 400],
      [
        'POST',
        '/api/graphql',
        {
          body: JSON.stringify({
            query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
          }),
          type: json,
        },
        400,
      ],
      ['POST', '/api/graphql', { body: 'x', type: 'multipart/form-data; boundary=x' }, 400],
      ['POST', '/api/graphql', { type: 'multipart/form-data' }, 400],
    ]
    for (const [method, path, init, status] of cases) {
      const response = await send(method, path, init)
      expect(response.status, `${method} ${path} ${init.type ?? ''}`).toBe(status)
      expect(response.text).not.toMatch(/\bat \S+ \(|stack/)
      expect((JSON.parse(response.text) as { errors: { message: string }[] }).errors[0].message).not.toBe('')
    }
    const finnish = await send('GET', '/api/permit-types?where[id][near]=1', { locale: 'fi' })
    expect(finnish.text).toContain('Haku ei ole kelvollinen')
  })

  it('should answer a malformed path of the integration API with a problem document', async () => {
    const response = await send('GET', '/api/integration/v1/cases/%zz')
    expect(response.status).toBe(404)
    expect(JSON.parse(response.text)).toMatchObject({ status: 404, title: 'Not found.' })
  })

  it('should refuse a method the API does not have with 405', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${server.url}/api/users`, { method: 'TRACE' }, (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      })
      request.on('error', reject)
      request.end()
    })
    expect(status).toBe(405)
  })

  it('should pass good requests on unchanged: a login, a query, a write and a GraphQL query', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: customer.email, password: testPassword }),
    })
    expect(login.status).toBe(200)
    expect((await send('GET', '/api/permit-types?where[createdAt][greater_than]=2020-01-01')).status).toBe(
      200,
    )
    // The media type in capitals is still JSON: handed on to Payload as it reads it.
    const patch = await send('PATCH', `/api/users/${customer.id}`, {
      body: JSON.stringify({ phone: '+358 40 123 4567' }),
      type: 'Application/JSON; charset=utf-8',
    })
    expect(patch.status, patch.text).toBe(200)
    expect(JSON.parse(patch.text)).toMatchObject({ doc: { phone: '+358 40 123 4567' } })
    // The admin's long queries: a form post Payload reads as a GET, its where checked too.
    const queryPost = (body: string) =>
      fetch(`${server.url}/api/permit-types`, {
        method: 'POST',
        headers: {
          Authorization: `JWT ${token}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Payload-HTTP-Method-Override': 'GET',
        },
        body,
      })
    expect((await queryPost('where[createdAt][greater_than]=2020-01-01&limit=5')).status).toBe(200)
    expect((await queryPost('where[id][near]=1,2')).status).toBe(400)
    const graphql = await send('POST', '/api/graphql', {
      body: JSON.stringify({ query: 'query { meUser { user { email } } }' }),
      type: 'application/json',
    })
    expect(graphql.status).toBe(200)
    expect(graphql.text).toContain(customer.email)
  })
})
