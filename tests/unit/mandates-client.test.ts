import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  checksumHeaderOf,
  checksumOf,
  createMandatesClient,
  MandatesApiError,
  MandatesSessionExpiredError,
  MandatesUnavailableError,
  timestampOf,
} from '../../plugins/mandates/mandatesClient'
import type { MandatesSettings } from '../../plugins/mandates/mandatesSettings'
import type { FakeMandatesService } from '../support/fakeMandatesService'
import { startFakeMandatesService } from '../support/fakeMandatesService'

const hetu = '010180-9026'
const minute = 60 * 1000

let fake: FakeMandatesService
let settings: MandatesSettings

const settingsOf = (
  service: FakeMandatesService,
  overrides: Partial<MandatesSettings> = {},
): MandatesSettings => ({
  url: service.url,
  clientId: service.clientId,
  apiKey: service.apiKey,
  oauthSecret: service.oauthSecret,
  issue: 'lupa-test-issue',
  civilServantIssue: 'lupa-test-civil-servant-issue',
  ...overrides,
})

/** A server that accepts connections and never answers. */
const startSilentServer = async () => {
  const server: Server = createServer(() => {})
  server.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Registers, lets the fake choose, and exchanges the code: a session with its token. */
const signedSession = async (kind: 'ypa' | 'hpa') => {
  const client = createMandatesClient({ settings })
  const session = await client.registerSession({ kind, personalIdentityCode: hetu })
  const redirectUri = 'http://lupa.test/mandates/ypa/callback'
  const authorize = await fetch(
    client.authorizeUrl({ userId: session.userId, redirectUri, lang: 'fi', state: 's' }),
    {
      redirect: 'manual',
    },
  )
  const code = new URL(authorize.headers.get('location')!).searchParams.get('code')!
  const token = await client.exchangeCode({ code, redirectUri })
  return { client, sessionId: session.sessionId, accessToken: token.access_token }
}

beforeAll(async () => {
  fake = await startFakeMandatesService()
  settings = settingsOf(fake)
  fake.persons.set(hetu, {
    organisations: [{ name: 'Puistosoitto ry', identifier: '1234567-1', roles: ['PJ'], complete: true }],
    principals: [{ personId: '150505A912K', name: 'Maija Meikäläinen', issues: ['lupa-test-issue'] }],
  })
})

afterAll(async () => {
  await fake?.close()
})

afterEach(() => {
  fake.choices.clear()
})

describe('the checksum header', () => {
  it('should be base64(HMAC-SHA256(API key, "<path-with-query> <timestamp>")) for fixed inputs', () => {
    const input = {
      apiKey: '3ba56df8-88b8-4805-9b04-2f8e7a61ae8f',
      pathWithQuery: '/service/ypa/user/register/42bbe569/010180-9026?requestId=abc',
      timestamp: '2026-11-30T10:20:00+02:00',
    }
    // Computed with: printf '%s' '<path> <timestamp>' | openssl dgst -sha256 -hmac '<key>' -binary | base64
    expect(checksumOf(input)).toBe('gEcJTnGHzrI9McXv41fOY+V68GXEiXRyVdmSADb/B7g=')
    expect(checksumHeaderOf({ ...input, clientId: '42bbe569' })).toBe(
      '42bbe569 2026-11-30T10:20:00+02:00 gEcJTnGHzrI9McXv41fOY+V68GXEiXRyVdmSADb/B7g=',
    )
  })

  it('should change with the path, the timestamp and the key', () => {
    const input = {
      apiKey: 'key',
      pathWithQuery: '/service/hpa/api/delegate/s?requestId=1',
      timestamp: '2026-01-01T00:00:00+00:00',
    }
    const checksum = checksumOf(input)
    expect(checksumOf({ ...input, pathWithQuery: '/service/hpa/api/delegate/s?requestId=2' })).not.toBe(
      checksum,
    )
    expect(checksumOf({ ...input, timestamp: '2026-01-01T00:00:01+00:00' })).not.toBe(checksum)
    expect(checksumOf({ ...input, apiKey: 'other' })).not.toBe(checksum)
  })

  it('should carry an ISO 8601 timestamp with an offset and whole seconds', () => {
    expect(timestampOf(new Date('2026-11-30T08:20:00.123Z'))).toBe('2026-11-30T08:20:00+00:00')
  })
})

describe('the URLs the client builds', () => {
  it('should send the browser to /oauth/authorize with the client, code flow, callback, user, language and state', () => {
    const client = createMandatesClient({
      settings: settingsOf(fake, { url: 'https://valtuudet.example.fi', clientId: '42bbe569' }),
    })
    const url = new URL(
      client.authorizeUrl({
        userId: 'u-1',
        redirectUri: 'https://lupa.example.fi/mandates/ypa/callback',
        lang: 'sv',
        state: 'st',
      }),
    )
    expect(url.origin + url.pathname).toBe('https://valtuudet.example.fi/oauth/authorize')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: '42bbe569',
      response_type: 'code',
      redirect_uri: 'https://lupa.example.fi/mandates/ypa/callback',
      user: 'u-1',
      lang: 'sv',
      state: 'st',
    })
  })

  it('should register a session at /service/{kind}/user/register/{clientId}/{hetu} with a requestId and a checksum the service accepts', async () => {
    const client = createMandatesClient({ settings })
    const session = await client.registerSession({ kind: 'hpa', personalIdentityCode: hetu })
    expect(session).toEqual({ sessionId: expect.any(String), userId: expect.any(String) })
    const request = fake.requests.at(-1)!
    expect(request.path).toMatch(
      new RegExp(`^/service/hpa/user/register/${fake.clientId}/${hetu}\\?requestId=[0-9a-f-]{36}$`),
    )
    expect(request.status).toBe(200)
  })
})

describe('the client against the service', () => {
  it('should read the organisations chosen, with the roles', async () => {
    const { client, sessionId, accessToken } = await signedSession('ypa')
    expect(await client.organisationRoles({ sessionId, accessToken })).toEqual([
      { name: 'Puistosoitto ry', identifier: '1234567-1', roles: ['PJ'], complete: true },
    ])
  })

  it('should read the delegates and their authorisation for the issue', async () => {
    const { client, sessionId, accessToken } = await signedSession('hpa')
    const [delegate] = await client.delegates({ sessionId, accessToken })
    expect(delegate).toEqual({ personId: '150505A912K', name: 'Maija Meikäläinen' })
    const answer = (issue: string) =>
      client.authorization({ sessionId, accessToken, principalId: delegate.personId, issue })
    expect(await answer('lupa-test-issue')).toBe('ALLOWED')
    expect(await answer('another-issue')).toBe('DISALLOWED')
  })

  it('should refuse a code twice and a code for another callback', async () => {
    const client = createMandatesClient({ settings })
    const session = await client.registerSession({ kind: 'ypa', personalIdentityCode: hetu })
    const redirectUri = 'http://lupa.test/mandates/ypa/callback'
    const authorize = await fetch(
      client.authorizeUrl({ userId: session.userId, redirectUri, lang: 'fi', state: 's' }),
      {
        redirect: 'manual',
      },
    )
    const code = new URL(authorize.headers.get('location')!).searchParams.get('code')!
    await expect(
      client.exchangeCode({ code, redirectUri: 'http://lupa.test/elsewhere' }),
    ).rejects.toMatchObject({
      operation: 'token',
      status: 400,
    })
    await client.exchangeCode({ code, redirectUri })
    await expect(client.exchangeCode({ code, redirectUri })).rejects.toBeInstanceOf(MandatesApiError)
  })

  it('should refuse the code exchange with a wrong OAuth secret', async () => {
    const client = createMandatesClient({ settings: { ...settings, oauthSecret: 'wrong' } })
    await expect(
      client.exchangeCode({ code: 'x', redirectUri: 'http://lupa.test/cb' }),
    ).rejects.toMatchObject({
      operation: 'token',
      status: 401,
    })
  })

  it('should be refused (403) with a wrong API key, and the error should not carry the identity code', async () => {
    const client = createMandatesClient({ settings: { ...settings, apiKey: 'wrong-key' } })
    const error = await client
      .registerSession({ kind: 'ypa', personalIdentityCode: hetu })
      .catch((caught) => caught)
    expect(error).toBeInstanceOf(MandatesApiError)
    expect(error).toMatchObject({ operation: 'register', status: 403 })
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(hetu)
  })

  it('should be refused (403) with a clock more than five minutes off', async () => {
    const client = createMandatesClient({ settings, now: () => new Date(Date.now() - 6 * minute) })
    await expect(client.registerSession({ kind: 'ypa', personalIdentityCode: hetu })).rejects.toMatchObject({
      status: 403,
    })
    const slightlyOff = createMandatesClient({ settings, now: () => new Date(Date.now() - 4 * minute) })
    await expect(
      slightlyOff.registerSession({ kind: 'ypa', personalIdentityCode: hetu }),
    ).resolves.toBeTruthy()
  })

  it('should be refused (401) without the checksum header', async () => {
    const response = await fetch(`${fake.url}/service/ypa/user/register/${fake.clientId}/${hetu}?requestId=1`)
    expect(response.status).toBe(401)
  })

  it('should report an expired Web API session as MandatesSessionExpiredError', async () => {
    const { client, sessionId, accessToken } = await signedSession('ypa')
    fake.expireSessions()
    await expect(client.organisationRoles({ sessionId, accessToken })).rejects.toBeInstanceOf(
      MandatesSessionExpiredError,
    )
  })

  it('should give up after its timeout as MandatesUnavailableError', async () => {
    const silent = await startSilentServer()
    try {
      const client = createMandatesClient({ settings: { ...settings, url: silent.url }, timeoutMs: 200 })
      const error = await client
        .registerSession({ kind: 'ypa', personalIdentityCode: hetu })
        .catch((caught) => caught)
      expect(error).toBeInstanceOf(MandatesUnavailableError)
      expect(error.message).toContain('no answer in 200 ms')
      expect(error.message).not.toContain(hetu)
    } finally {
      await silent.close()
    }
  })

  it('should report an unreachable service as MandatesUnavailableError', async () => {
    const silent = await startSilentServer()
    const url = silent.url
    await silent.close()
    const client = createMandatesClient({ settings: { ...settings, url } })
    await expect(client.registerSession({ kind: 'ypa', personalIdentityCode: hetu })).rejects.toBeInstanceOf(
      MandatesUnavailableError,
    )
  })

  it('should refuse an answer that is not the contract shape', async () => {
    const client = createMandatesClient({
      settings: { ...settings, url: `${fake.url}/oauth/authorize-nothing` },
    })
    await expect(client.registerSession({ kind: 'ypa', personalIdentityCode: hetu })).rejects.toMatchObject({
      status: 404,
    })
    const odd = createServer((_req, res) => res.end('{"sessionId": 42}'))
    odd.listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => odd.once('listening', resolve))
    try {
      const oddClient = createMandatesClient({
        settings: { ...settings, url: `http://127.0.0.1:${(odd.address() as AddressInfo).port}` },
      })
      const error = await oddClient
        .registerSession({ kind: 'ypa', personalIdentityCode: hetu })
        .catch((caught) => caught)
      expect(error).toBeInstanceOf(MandatesApiError)
      expect(error.message).toContain('unexpected answer')
    } finally {
      await new Promise<void>((resolve) => odd.close(() => resolve()))
    }
  })
})
