import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { onboardingFieldNames } from '../../plugins/onboarding'
import { serviceDeskSlugs } from '../../plugins/service-desk'
import { idOf } from '../../src/collections/relations'
import type { TestUser } from '../support/factories'
import { authorityId, createUser } from '../support/factories'
import { seriousAxeViolations } from './support/axe'
import type { PortalTestServer } from './support/portalTestServer'
import { launchChromium, openPage, signInAs, startPortalTestServer } from './support/portalTestServer'

let server: PortalTestServer
let browser: Browser
let officer: TestUser
let police: number | string

const payload = () => server.test.payload

/** A refused form post answers 400, which the browser logs as a failed load; nothing else may be logged. */
const unexpected = (problems: string[]) =>
  problems.filter((problem) => !problem.includes('the server responded with a status of 400'))

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startPortalTestServer(), launchChromium()])
  police = await authorityId(payload(), 'police-helsinki')
  officer = await createUser(payload(), { role: 'authority-user', authority: police, isDemo: true })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('feedback', () => {
  it('should refuse empty feedback and file an idea without JavaScript, reached from the footer', async () => {
    const { context, page, goto } = await openPage(browser, { javaScriptEnabled: false })
    await goto(`${server.url}/`)
    await page.locator('footer').getByRole('link', { name: 'Palaute ja ideat' }).click()
    await page.waitForURL(`${server.url}/feedback`)
    await page.locator('#feedback-email').fill('not-an-address')
    await page.locator('#feedback-submit').click()
    await page.getByText('Tämä tieto puuttuu.').first().waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain('Tarkista sähköpostiosoite')
    expect(await page.locator('#feedback-email').inputValue()).toBe('not-an-address')

    await page.locator('#feedback-text').fill('Näyttäkää määräajat kalenterina.')
    await page.locator('#feedback-email').fill('')
    await page.locator('#feedback-submit').click()
    await page.waitForURL(/\/feedback\?sent=1/)
    await page.getByText('Kiitos! Palautteesi on vastaanotettu.').waitFor()
    const { docs } = await payload().find({
      collection: serviceDeskSlugs.feedback,
      overrideAccess: true,
    })
    expect(docs).toEqual([
      expect.objectContaining({ kind: 'idea', status: 'new', text: 'Näyttäkää määräajat kalenterina.' }),
    ])
    // Not public until the owner accepts it.
    expect(await page.getByTestId('public-feedback').count()).toBe(0)
    await payload().update({
      collection: serviceDeskSlugs.feedback,
      id: docs[0].id,
      data: { status: 'accepted', publicNote: 'Kevään kehitysjonossa.' },
      overrideAccess: true,
    })
    await goto(`${server.url}/feedback`)
    expect(await page.getByTestId('public-feedback').textContent()).toContain('Kevään kehitysjonossa.')
    await context.close()
  })
})

describe('the authority workspace service desk', () => {
  it('should let an authority user report an incident and see its deadlines', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await signInAs({ context, server, userId: officer.id })
    await goto(`${server.url}/authority`)
    await page.getByRole('link', { name: 'Häiriöilmoitukset' }).click()
    await page.waitForURL(`${server.url}/authority/incidents`)
    await page.locator('#incident-toggle').click()
    await page.locator('#incident-submit').click()
    await page.getByText('Tämä tieto puuttuu.').first().waitFor()
    await page.locator('#incident-title').fill('Asiat eivät aukea')
    await page.locator('#incident-description').fill('Asiasivu vastaa virheellä.')
    await page.locator('#incident-submit').click()
    await page.waitForURL(/done=1/)
    const card = page.getByTestId('incidents').locator('li').first()
    await card.getByText('Asiat eivät aukea').waitFor()
    const text = await card.textContent()
    expect(text).toContain('Vastaus viimeistään')
    expect(text).toContain('Ratkaisu viimeistään')
    expect(text).toContain('palvelutuntia')
    const { docs } = await payload().find({
      collection: serviceDeskSlugs.incidents,
      overrideAccess: true,
    })
    expect(String(idOf(docs[0].authority))).toBe(String(police))
    expect(await seriousAxeViolations(page)).toEqual([])

    await goto(`${server.url}/authority/service-requests`)
    await page.locator('#leaving-toggle').click()
    await page.locator('#leaving-description').fill('Eroamme vuoden lopussa.')
    await page.locator('#leaving-submit').click()
    await page.waitForURL(/done=1/)
    expect(await page.getByTestId('service-requests').textContent()).toContain('Palvelusta eroaminen')
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(unexpected(problems)).toEqual([])
    await context.close()
  })

  it('should create a joining request from the public joining form', async () => {
    const { context, page, problems, goto } = await openPage(browser)
    await goto(`${server.url}/join`)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.locator('#join-nameFi').fill('Kangasalan kunta')
    await page.locator('#join-businessId').fill('0157616-0')
    await page.locator('#join-submit').click()
    await page.getByText('Tarkista Y-tunnus').first().waitFor()
    expect(await page.locator('#join-nameFi').inputValue()).toBe('Kangasalan kunta')

    await page.locator('#join-businessId').fill('0157616-7')
    await page.locator('#join-noticeEmail').fill('kirjaamo@kangasala.example.fi')
    await page.locator('#join-authorityKind').selectOption('environmental-protection')
    await page.locator('#join-municipalities').fill('211')
    await page.locator('input[name="permitTypes"]').first().check()
    await page.locator('#join-connectionMode').selectOption('simplified')
    await page.locator('#join-submit').click()
    await page.waitForURL(/\/join\?done=1/)
    await page.getByText('Liittymishakemus on vastaanotettu.').waitFor()
    const { docs } = await payload().find({
      collection: serviceDeskSlugs.serviceRequests,
      where: { kind: { equals: 'joining' } },
      overrideAccess: true,
    })
    const request = docs[0]
    expect(request).toMatchObject({ kind: 'joining', channel: 'portal', status: 'received' })
    expect(request[onboardingFieldNames.details]).toMatchObject({
      nameFi: 'Kangasalan kunta',
      businessId: '0157616-7',
      authorityKind: 'environmental-protection',
      municipalities: ['211'],
      connectionMode: 'simplified',
    })
    expect(request.dueAt).toEqual(expect.any(String))
    expect(unexpected(problems)).toEqual([])
    await context.close()
  })

  it('should pass the axe scan on the feedback page at 390 px', async () => {
    const { context, page, goto } = await openPage(browser, { viewport: { width: 390, height: 844 } })
    await goto(`${server.url}/feedback`)
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  })
})
