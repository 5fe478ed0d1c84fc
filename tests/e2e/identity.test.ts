import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../src/collections/slugs'
import {
  boardMember,
  demoOrganisation,
  identityAttributes,
  mandatesFixtures,
  signatory,
  suomifiPeople,
  virtuOfficial,
  virtuPeople,
} from '../support/demoIdentities'
import type { FakeMandatesService } from '../support/fakeMandatesService'
import { startFakeMandatesService } from '../support/fakeMandatesService'
import type { IdpPerson, TestIdpServer } from '../support/samlIdp'
import { keyPairOf, startTestIdpServer } from '../support/samlIdp'
import type * as PortalSupportModule from './support/portalTestServer'
import type { PortalTestServer } from './support/portalTestServer'

type Idp = 'suomifi' | 'virtu'

/** A Suomi.fi person whom an administrator makes a police user; they hold no civil-servant mandate. */
const suomifiOfficial: IdpPerson = {
  key: 'suomifi-official',
  label: 'Olli Ohitus',
  login: {
    attributes: {
      [identityAttributes.personalIdentityCode]: '220368-978P',
      [identityAttributes.givenName]: 'Olli',
      [identityAttributes.surname]: 'Ohitus',
    },
  },
}

let server: PortalTestServer
let browser: Browser
let support: typeof PortalSupportModule
let mandates: FakeMandatesService
const idps = {} as Record<Idp, TestIdpServer>

beforeAll(async () => {
  // The IdPs answer on `localhost`, Lupa on 127.0.0.1: another site, as Suomi.fi is in production.
  const lupaUrl = () => server.url
  ;[idps.suomifi, idps.virtu, mandates] = await Promise.all([
    startTestIdpServer({
      name: 'suomifi',
      title: 'Suomi.fi (test)',
      people: [...suomifiPeople, suomifiOfficial],
      spMetadataUrl: () => `${lupaUrl()}/auth/suomifi/metadata`,
      publicHost: 'localhost',
    }),
    startTestIdpServer({
      name: 'virtu',
      title: 'Virtu (test)',
      people: virtuPeople,
      spMetadataUrl: () => `${lupaUrl()}/auth/virtu/metadata`,
      publicHost: 'localhost',
    }),
    // Cross-site to Lupa (127.0.0.1), as Suomi.fi Mandates is: the way back must not look signed out.
    startFakeMandatesService({ host: 'localhost' }),
  ])
  for (const [code, person] of mandatesFixtures) mandates.persons.set(code, person)
  const [suomifiSp, suomifiEncryption, virtuSp] = await Promise.all([
    keyPairOf('lupa e2e suomifi'),
    keyPairOf('lupa e2e suomifi encryption'),
    keyPairOf('lupa e2e virtu'),
  ])
  const { mkdtempSync, writeFileSync } = await import('node:fs')
  const os = await import('node:os')
  const path = await import('node:path')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lupa-e2e-idp-'))
  for (const idp of ['suomifi', 'virtu'] as const)
    writeFileSync(path.join(dir, `${idp}.xml`), idps[idp].idp.metadataXml)
  // payload.config builds its plugins from the process environment when it is first imported.
  Object.assign(process.env, {
    SUOMIFI_IDP_METADATA: path.join(dir, 'suomifi.xml'),
    SUOMIFI_SP_ENTITY_ID: 'https://lupa.e2e/sp/suomifi',
    SUOMIFI_SP_KEY: suomifiSp.key,
    SUOMIFI_SP_CERT: suomifiSp.cert,
    SUOMIFI_SP_ENCRYPTION_KEY: suomifiEncryption.key,
    SUOMIFI_SP_ENCRYPTION_CERT: suomifiEncryption.cert,
    VIRTU_IDP_METADATA: path.join(dir, 'virtu.xml'),
    VIRTU_SP_ENTITY_ID: 'https://lupa.e2e/sp/virtu',
    VIRTU_SP_KEY: virtuSp.key,
    VIRTU_SP_CERT: virtuSp.cert,
    MANDATES_URL: mandates.url,
    MANDATES_CLIENT_ID: mandates.clientId,
    MANDATES_API_KEY: mandates.apiKey,
    MANDATES_OAUTH_SECRET: mandates.oauthSecret,
  })
  support = await import('./support/portalTestServer')
  ;[server, browser] = await Promise.all([support.startPortalTestServer(), support.launchChromium()])
  // The demo data: Puistosoitto ry with a submitted application, police mapped to poliisi.fi.
  const { seedDemo } = await import('../../src/seed/seed')
  await seedDemo(server.test.payload, { isProduction: false, dataDir: server.test.dataDir })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await Promise.all([idps.suomifi?.close(), idps.virtu?.close(), mandates?.close()])
})

const me = (page: Page) =>
  page.evaluate(
    async () =>
      (await (await fetch('/api/users/me?depth=1')).json()) as {
        user: { id: number | string; name: string; role: string; authority: { key?: string } | null } | null
      },
  )

/** From the portal's sign-in page through the IdP's login page back to Lupa, as `person`. */
const signInThrough = async ({
  page,
  goto,
  idp,
  person,
  returnTo = '/',
  isRefused = false,
}: {
  page: Page
  goto: (url: string) => Promise<unknown>
  idp: Idp
  person: IdpPerson
  returnTo?: string
  isRefused?: boolean
}) => {
  await goto(`${server.url}/login?returnTo=${encodeURIComponent(returnTo)}`)
  await page.locator(`#login-${idp}`).click()
  await page.waitForURL((url) => url.href.startsWith(`${idps[idp].url}/sso?`))
  await page.locator(`button[value="${person.key}"]`).click()
  // Through the ACS's page (a refusal stays there) to where the portal sends the person on.
  await page.waitForURL((url) => url.origin === server.url)
  if (isRefused) return
  await page.waitForURL((url) => !url.pathname.startsWith('/auth/'))
  await page.waitForLoadState()
}

const openSignedOut = () => support.openPage(browser)

describe('Suomi.fi sign-in', () => {
  it('should create the account at the first login, show the name, share the session with REST and end it by single logout', async () => {
    const { payload } = server.test
    const { context, page, problems, goto } = await openSignedOut()
    await signInThrough({ page, goto, idp: 'suomifi', person: boardMember, returnTo: '/accessibility' })
    await page.waitForURL(`${server.url}/accessibility`)
    await page.getByText('Kirjautuneena: Bertta Hallitus').waitFor()
    const { user } = await me(page)
    expect(user).toMatchObject({ name: 'Bertta Hallitus', role: 'customer' })
    const accounts = await payload.find({
      collection: slugs.users,
      where: { name: { equals: 'Bertta Hallitus' } },
      overrideAccess: true,
    })
    expect(accounts.docs.map((doc) => doc.id)).toEqual([user!.id])

    // Sign-out: Lupa's session ends, then the IdP's (a signed LogoutRequest and its answer).
    await page.locator('#logout-submit').click()
    await page.waitForURL(`${server.url}/`)
    await page.locator('#login-link').waitFor()
    expect((await me(page)).user).toBeNull()
    expect(idps.suomifi.sessions.size).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })

  it('should end the session when the IdP starts the single logout', async () => {
    const { context, page, goto } = await openSignedOut()
    await signInThrough({ page, goto, idp: 'suomifi', person: signatory })
    expect((await me(page)).user).toMatchObject({ name: 'Sanna Soittaja' })
    await page.goto(`${idps.suomifi.url}/`)
    await page.getByRole('button', { name: `Sign ${signatory.label} out of every service` }).click()
    await page.getByRole('status').filter({ hasText: 'You are signed out of the service.' }).waitFor()
    await goto(`${server.url}/`)
    expect((await me(page)).user).toBeNull()
    await page.locator('#login-link').waitFor()
    await context.close()
  })

  it('should show a refusal page and open no session when the person cancels at the IdP', async () => {
    const { context, page, goto } = await openSignedOut()
    await goto(`${server.url}/login`)
    await page.locator('#login-suomifi').click()
    await page.waitForURL((url) => url.href.startsWith(`${idps.suomifi.url}/sso?`))
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('heading', { name: 'Tunnistautuminen keskeytyi' }).waitFor()
    await goto(`${server.url}/`)
    expect((await me(page)).user).toBeNull()
    await context.close()
  })
})

describe('Virtu sign-in', () => {
  it('should make the official of the mapped home organisation a user of that authority, who opens the workspace', async () => {
    const { context, page, problems, goto } = await openSignedOut()
    await signInThrough({ page, goto, idp: 'virtu', person: virtuOfficial, returnTo: '/authority' })
    await page.waitForURL(`${server.url}/authority`)
    await page.getByText('Kirjautuneena: Ville Virkailija').waitFor()
    const { user } = await me(page)
    expect(user).toMatchObject({ role: 'authority-user', authority: { key: 'police-helsinki' } })
    const response = await goto(`${server.url}/authority`)
    expect(response?.status()).toBe(200)
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('acting for an organisation through Suomi.fi Mandates', () => {
  const actForOrganisation = async (page: Page, goto: (url: string) => Promise<unknown>) => {
    await goto(`${server.url}/acting-for`)
    await page.locator('#ypa-start').click()
    await page.waitForURL(/\/acting-for\?mandates=/)
  }

  it('should let a person with signing rights act for the company and see its application', async () => {
    const { context, page, problems, goto } = await openSignedOut()
    await signInThrough({ page, goto, idp: 'suomifi', person: signatory })
    // Never straight into someone else's matters: the session starts as oneself.
    await goto(`${server.url}/acting-for`)
    expect(await page.locator('[data-testid="current-principal"]').textContent()).toBe('Asioit nyt: itse')
    await actForOrganisation(page, goto)
    expect(page.url()).toContain('mandates=granted')
    await page.getByText(`Asioit nyt: ${demoOrganisation.name}`).waitFor()
    await goto(`${server.url}/applications`)
    expect(await page.locator('[data-testid="acting-for"]').textContent()).toContain(
      `Asioit: ${demoOrganisation.name}`,
    )
    const cards = page.getByTestId('submitted-applications').locator('.application-card')
    expect(await cards.count()).toBe(1)
    expect(await cards.first().textContent()).toContain(demoOrganisation.name)
    expect(problems).toEqual([])
    await context.close()
  })

  it('should refuse a board member without signing rights, who sees none of the company’s applications', async () => {
    const { context, page, goto } = await openSignedOut()
    await signInThrough({ page, goto, idp: 'suomifi', person: boardMember })
    await actForOrganisation(page, goto)
    expect(page.url()).toContain('mandates=refused')
    expect(await page.locator('[data-testid="current-principal"]').textContent()).toBe('Asioit nyt: itse')
    await goto(`${server.url}/applications`)
    expect(await page.getByTestId('submitted-applications').count()).toBe(0)
    const { user } = await me(page)
    const application = await server.test.payload.find({
      collection: slugs.applications,
      overrideAccess: true,
      limit: 1,
    })
    const direct = await goto(`${server.url}/applications/${application.docs[0].id}`)
    expect(direct?.status()).toBe(404)
    expect(user).toMatchObject({ name: 'Bertta Hallitus' })
    await context.close()
  })
})

describe('civil-servant mandates', () => {
  it('should give an authority user identified through Suomi.fi without a mandate no access to authority cases', async () => {
    const { payload } = server.test
    const { context, page, goto } = await openSignedOut()
    await signInThrough({ page, goto, idp: 'suomifi', person: suomifiOfficial })
    const { user } = await me(page)
    // An administrator makes the person a police user.
    const police = await payload.find({
      collection: slugs.authorities,
      where: { key: { equals: 'police-helsinki' } },
      overrideAccess: true,
    })
    await payload.update({
      collection: slugs.users,
      id: user!.id,
      data: { role: 'authority-user', authority: police.docs[0].id } as never,
      overrideAccess: true,
    })

    // The next login checks the mandate: Suomi.fi Mandates knows none, so no session.
    await signInThrough({ page, goto, idp: 'suomifi', person: suomifiOfficial, isRefused: true })
    await page.getByRole('heading', { name: 'Käyttäjätiliä ei voitu avata' }).waitFor()
    // The session opened before is ended too.
    await goto(`${server.url}/authority`)
    await page.waitForURL(/\/login\?returnTo=%2Fauthority/)
    expect((await me(page)).user).toBeNull()
    const stored = await payload.findByID({ collection: slugs.users, id: user!.id, overrideAccess: true })
    expect(stored).toMatchObject({ civilServantMandate: { status: 'missing' } })
    await context.close()
  })
})
