import type { Payload } from 'payload'

import { idOf } from '../src/collections/relations'
import { slugs } from '../src/collections/slugs'
import type { CaseStatus, DecisionOutcome } from '../src/domain/case-status'
import { finnishTextOf } from '../src/domain/localize'

/*
 * Generated history for the scale figures (issue 11): applications of the demo bundle, each
 * split into cases as a submission splits the demo application (about nine), with the
 * events, messages, supplement requests, decisions and deliveries such cases have. Written
 * straight through the database adapter's drizzle instance and its table objects, many rows
 * per statement and one transaction per chunk, never one Payload request per row: Payload
 * reads every row back as it reads its own (see tests/int/bench-generate.test.ts).
 *
 * Time is modelled, not random: applications arrive at a steady rate up to now, a case is
 * decided a few weeks after it arrives, so the older history is final and the open work is
 * the last weeks' (as in a service that has run for years).
 */

/** Cases a day at a million cases (a national service); small databases cover a year at least. */
const casesPerDay = 300
const dayMs = 86_400_000

/** Row counts the generator wrote, by table. */
export type GeneratedCounts = {
  customers: number
  applications: number
  applicationRels: number
  cases: number
  openCases: number
  caseEvents: number
  messages: number
  messageRels: number
  supplementRequests: number
  decisions: number
  deliveries: number
}

type Row = Record<string, unknown>

/** The slice of Payload's SQL adapters the generator writes with (drizzle and its tables). */
type Writer = {
  insert: (table: unknown) => { values: (rows: Row[]) => PromiseLike<unknown> }
  transaction: <T>(work: (tx: Writer) => Promise<T>) => Promise<T>
}
type SqlAdapter = {
  name: string
  drizzle: Writer
  tables: Record<string, unknown>
  execute: (args: { drizzle: Writer; raw: string }) => Promise<unknown>
}

const sqlAdapterOf = (payload: Payload): SqlAdapter => {
  const db: unknown = payload.db
  const isSql =
    typeof db === 'object' &&
    db !== null &&
    'drizzle' in db &&
    'tables' in db &&
    (payload.db.name === 'sqlite' || payload.db.name === 'postgres')
  if (!isSql) throw new Error('The generator writes to SQLite or PostgreSQL only')
  return db as SqlAdapter
}

/** A small seeded generator (mulberry32): the same count gives the same database. */
const randomOf = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const iso = (ms: number) => new Date(ms).toISOString()
const calendarDate = (ms: number) => iso(ms).slice(0, 10)

/** What the generator copies: the demo's submitted application and its cases. */
const templateOf = async (payload: Payload) => {
  const system = { overrideAccess: true, depth: 0 } as const
  const { docs: applications } = await payload.find({
    collection: slugs.applications,
    where: { status: { equals: 'submitted' } },
    sort: 'id',
    limit: 1,
    ...system,
  })
  const application = applications[0]
  if (!application)
    throw new Error('Seed the demo data first: the generator copies its submitted application')
  const { docs: cases } = await payload.find({
    collection: slugs.cases,
    where: { application: { equals: application.id } },
    sort: 'caseNumber',
    pagination: false,
    ...system,
  })
  const { docs: authorities } = await payload.find({
    collection: slugs.authorities,
    sort: 'id',
    pagination: false,
    ...system,
    select: { kind: true, connectionMode: true },
  })
  const { docs: permitTypes } = await payload.find({
    collection: slugs.permitTypes,
    pagination: false,
    locale: 'fi',
    ...system,
    select: { key: true, name: true },
  })
  const { docs: users } = await payload.find({
    collection: slugs.users,
    where: { isDemo: { equals: true } },
    pagination: false,
    ...system,
  })
  const userOf = (email: string) => {
    const user = users.find((doc) => doc.email === email)
    if (!user) throw new Error(`No demo user ${email}`)
    return user
  }
  return { application, cases, authorities, permitTypes, userOf }
}

const nextIdOf = async (payload: Payload, collection: Parameters<Payload['find']>[0]['collection']) => {
  const { docs } = await payload.find({
    collection,
    sort: '-id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { updatedAt: true },
  })
  return Number(docs[0]?.id ?? 0) + 1
}

/** Statements stay under both dialects' limit of bound parameters. */
const rowsPerStatementOf = (rows: Row[]) =>
  Math.max(1, Math.min(1000, Math.floor(30_000 / Math.max(1, Object.keys(rows[0] ?? {}).length))))

/**
 * Fills the database of a booted Payload (with the demo data seeded) with `cases` generated
 * cases and everything around them. Returns the counts of rows written.
 */
export const generateScaleData = async (
  payload: Payload,
  {
    cases: caseCount,
    chunkApplications = 1000,
    seed = 11,
    now = Date.now(),
    log = () => {},
  }: {
    cases: number
    /** Applications per transaction. */
    chunkApplications?: number
    seed?: number
    now?: number
    log?: (line: string) => void
  },
): Promise<GeneratedCounts> => {
  const adapter = sqlAdapterOf(payload)
  const random = randomOf(seed)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]
  const template = await templateOf(payload)
  const perApplication = template.cases.length
  if (perApplication === 0) throw new Error('The demo application has no cases')
  const applicationCount = Math.ceil(caseCount / perApplication)

  const customer = template.userOf('customer@lupa.localhost')
  const customer2 = template.userOf('customer2@lupa.localhost')
  const police = template.userOf('police@lupa.localhost')
  const environment = template.userOf('environment@lupa.localhost')
  const demoOrganisation = idOf(customer.organisations?.[0])
  const officialOf = new Map([police, environment].map((user) => [String(idOf(user.authority)), user.id]))

  // Authorities by kind; an application goes to one municipality's authorities of each kind.
  const authoritiesByKind = new Map<string, { id: number; mode: string }[]>()
  for (const authority of template.authorities) {
    const kind = String(idOf(authority.kind))
    const list = authoritiesByKind.get(kind) ?? []
    list.push({ id: authority.id, mode: authority.connectionMode ?? 'none' })
    authoritiesByKind.set(kind, list)
  }
  const kindOfAuthority = new Map(template.authorities.map((doc) => [doc.id, String(idOf(doc.kind))]))
  const municipalityWeights = [0.4, 0.25, 0.2, 0.15]
  const pickMunicipality = () => {
    let roll = random()
    for (const [index, weight] of municipalityWeights.entries()) {
      if (roll < weight) return index
      roll -= weight
    }
    return 0
  }
  const permitTypeOf = new Map(
    template.permitTypes.map((doc) => [doc.id, { key: doc.key, name: finnishTextOf(doc.name) }]),
  )

  // A customer per two applications, besides the demo customers (a few applications each).
  const customerCount = Math.max(10, Math.round(applicationCount / 2))
  const firstCustomerId = await nextIdOf(payload, slugs.users)
  const demoApplicantOf = new Map<number, { id: number; organisation: number | null }>()
  for (let k = 0; k < 5; k += 1)
    demoApplicantOf.set(Math.floor((applicationCount * (k * 2 + 1)) / 10), {
      id: customer2.id,
      organisation: null,
    })
  for (let k = 1; k <= 9; k += 1)
    demoApplicantOf.set(Math.floor((applicationCount * k) / 10), {
      id: customer.id,
      organisation: demoOrganisation,
    })
  for (const index of [applicationCount - 1, applicationCount - 3])
    if (index >= 0) demoApplicantOf.set(index, { id: customer.id, organisation: demoOrganisation })

  const spanMs = Math.max(365, caseCount / casesPerDay) * dayMs
  const start = now - spanMs

  const ids = {
    application: await nextIdOf(payload, slugs.applications),
    case: await nextIdOf(payload, slugs.cases),
    event: await nextIdOf(payload, slugs.caseEvents),
    message: await nextIdOf(payload, slugs.messages),
    request: await nextIdOf(payload, slugs.supplementRequests),
    decision: await nextIdOf(payload, slugs.decisions),
    delivery: await nextIdOf(payload, slugs.deliveries),
  }
  const counts: GeneratedCounts = {
    customers: 0,
    applications: 0,
    applicationRels: 0,
    cases: 0,
    openCases: 0,
    caseEvents: 0,
    messages: 0,
    messageRels: 0,
    supplementRequests: 0,
    decisions: 0,
    deliveries: 0,
  }
  const tableOf = (name: string) => {
    const table = adapter.tables[name]
    if (!table) throw new Error(`No table ${name}`)
    return table
  }
  const insert = async (tx: Writer, name: string, rows: Row[]) => {
    const table = tableOf(name)
    const size = rowsPerStatementOf(rows)
    for (let index = 0; index < rows.length; index += size)
      await tx.insert(table).values(rows.slice(index, index + size))
  }

  const startedAt = Date.now()
  let written = 0
  const progress = (label: string) => {
    const seconds = (Date.now() - startedAt) / 1000
    log(
      `${label}: ${counts.cases.toLocaleString('en')} / ${caseCount.toLocaleString('en')} cases, ` +
        `${written.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(written / Math.max(seconds, 0.001)).toLocaleString('en')} rows/s)`,
    )
  }

  // Customers first: the applications point to them.
  {
    const createdAt = iso(start)
    const rows: Row[] = []
    for (let index = 0; index < customerCount; index += 1)
      rows.push({
        id: firstCustomerId + index,
        name: `Asiakas ${index + 1}`,
        email: `asiakas-${index + 1}@scale.lupa.localhost`,
        role: 'customer',
        isDemo: false,
        isServiceAccount: false,
        locale: 'fi',
        loginAttempts: 0,
        createdAt,
        updatedAt: createdAt,
      })
    for (let index = 0; index < rows.length; index += 20_000)
      await adapter.drizzle.transaction((tx) => insert(tx, 'users', rows.slice(index, index + 20_000)))
    counts.customers = rows.length
    written += rows.length
  }

  const outcomes: DecisionOutcome[] = [
    'granted',
    'granted',
    'granted',
    'granted-with-conditions',
    'acknowledged',
  ]
  const caseDataOf = template.cases.map((doc) => doc.data ?? {})
  let remainingCases = caseCount

  for (let first = 0; first < applicationCount; first += chunkApplications) {
    const rows: Record<string, Row[]> = {
      applications: [],
      applications_rels: [],
      cases: [],
      case_events: [],
      messages: [],
      messages_rels: [],
      supplement_requests: [],
      decisions: [],
      deliveries: [],
    }
    const last = Math.min(applicationCount, first + chunkApplications)
    for (let index = first; index < last; index += 1) {
      const applicationId = ids.application++
      const submittedMs = Math.floor(start + ((index + 0.2 + random() * 0.6) * spanMs) / applicationCount)
      const submittedAt = iso(submittedMs)
      const demoApplicant = demoApplicantOf.get(index)
      const applicant = demoApplicant?.id ?? firstCustomerId + Math.floor(random() * customerCount)
      const onBehalfOf = demoApplicant?.organisation ?? null
      // The demo users' applications go to Helsinki, where the demo officials work.
      const municipality = demoApplicant ? 0 : pickMunicipality()
      const receiptNumber = `LUPA-${submittedAt.slice(0, 4)}-${String(applicationId).padStart(7, '0')}`
      const title = `${template.application.title ?? 'Tapahtuma'} ${applicationId}`
      const party = { application: applicationId, applicant, onBehalfOf }
      // The first application takes what does not divide evenly; the rest have every case.
      const caseTemplates = template.cases.slice(
        0,
        remainingCases - (applicationCount - index - 1) * perApplication,
      )
      remainingCases -= caseTemplates.length
      const authorities = caseTemplates.map((doc) => {
        const kind = kindOfAuthority.get(idOf(doc.authority) as number)!
        const list = authoritiesByKind.get(kind)!
        return list[municipality % list.length]
      })
      rows.applications.push({
        id: applicationId,
        title,
        bundle: idOf(template.application.bundle),
        status: 'submitted',
        applicant,
        onBehalfOf,
        answers: template.application.answers,
        values: { ...template.application.values, eventName: title },
        receiptNumber,
        submittedAt,
        createdAt: iso(submittedMs - 3 * 3_600_000),
        updatedAt: submittedAt,
      })
      const partyAuthorities = [...new Set(authorities.map((authority) => authority.id))]
      partyAuthorities.forEach((authority, order) =>
        rows.applications_rels.push({
          order: order + 1,
          parent: applicationId,
          path: 'partyAuthorities',
          authoritiesID: authority,
        }),
      )

      caseTemplates.forEach((caseTemplate, position) => {
        const caseId = ids.case++
        const authority = authorities[position]
        const caseParty = { ...party, case: caseId, authority: authority.id }
        const permitType = idOf(caseTemplate.permitType) as number
        const ageDays = (now - submittedMs) / dayMs
        const processingDays = 5 + random() * 40
        const isIntegration = authority.mode === 'integration'
        const deliveredMs = submittedMs + 60_000 + Math.floor(random() * 600_000)
        const receivedMs = deliveredMs + Math.floor((0.1 + random() * 1.5) * dayMs)
        const decidedMs = submittedMs + Math.floor(processingDays * dayMs)
        let status: CaseStatus
        if (ageDays > processingDays) {
          const roll = random()
          status = roll < 0.94 ? 'decided' : roll < 0.98 ? 'withdrawn' : 'cancelled'
        } else {
          const progressShare = ageDays / processingDays
          const roll = random()
          status =
            progressShare < 0.05
              ? isIntegration
                ? 'delivered'
                : 'submitted'
              : progressShare < 0.25
                ? 'received'
                : roll < 0.8
                  ? 'in-processing'
                  : roll < 0.93
                    ? 'supplement-requested'
                    : 'supplemented'
          counts.openCases += 1
        }
        const isReceived = !['submitted', 'delivered'].includes(status)
        const isDecided = status === 'decided'
        const finalMs = isDecided
          ? decidedMs
          : status === 'withdrawn' || status === 'cancelled'
            ? Math.min(now, submittedMs + Math.floor(random() * processingDays * dayMs))
            : null
        const outcome = isDecided ? pick(outcomes) : null
        const official = officialOf.get(String(authority.id)) ?? null
        const lastChangeMs = finalMs ?? (isReceived ? Math.min(now, receivedMs) : deliveredMs)
        const caseNumber = `${receiptNumber}-${String(position + 1).padStart(2, '0')}`
        // The applicant the authority sees (see applicantNameOf): each application its own.
        const data = { ...caseDataOf[position], organiserName: `Järjestäjä ${applicationId}` }
        rows.cases.push({
          id: caseId,
          caseNumber,
          application: applicationId,
          permitType,
          applicant,
          onBehalfOf,
          authority: authority.id,
          status,
          outcome,
          externalReference: isReceived && isIntegration ? `DNRO-${caseId}` : null,
          data,
          deliveryState: 'delivered',
          deliveryAttempts: 1,
          deliveredAt: iso(deliveredMs),
          latestSubmissionDate: calendarDate(submittedMs + 30 * dayMs),
          expectedDecisionDate: calendarDate(submittedMs + Math.ceil(processingDays) * dayMs),
          receivedAt: isReceived ? iso(receivedMs) : null,
          decidedAt: isDecided ? iso(decidedMs) : null,
          openedAt: isReceived ? iso(receivedMs) : null,
          createdAt: submittedAt,
          updatedAt: iso(lastChangeMs),
        })

        // The case's history, as the status machine writes it.
        const event = (
          type: string,
          atMs: number,
          actorKind: string,
          extra: { fromStatus?: CaseStatus; toStatus?: CaseStatus; actor?: number | null } = {},
        ) =>
          rows.case_events.push({
            id: ids.event++,
            ...caseParty,
            type,
            fromStatus: extra.fromStatus ?? null,
            toStatus: extra.toStatus ?? null,
            actorKind,
            actor: extra.actor ?? null,
            summary: null,
            detail: null,
            createdAt: iso(atMs),
            updatedAt: iso(atMs),
          })
        event('submitted', submittedMs, 'customer', { toStatus: 'submitted', actor: applicant })
        event('delivered', deliveredMs, 'system')
        const afterDelivery: CaseStatus = isIntegration ? 'delivered' : 'submitted'
        if (isIntegration)
          event('status-changed', deliveredMs, 'system', { fromStatus: 'submitted', toStatus: 'delivered' })
        if (status === 'withdrawn' || status === 'cancelled')
          event('status-changed', finalMs!, status === 'withdrawn' ? 'customer' : 'staff', {
            fromStatus: afterDelivery,
            toStatus: status,
            actor: status === 'withdrawn' ? applicant : null,
          })
        else if (isReceived) {
          event('status-changed', receivedMs, 'authority', {
            fromStatus: afterDelivery,
            toStatus: 'received',
            actor: official,
          })
          if (status !== 'received')
            event('status-changed', isDecided ? decidedMs : Math.min(now, receivedMs + dayMs), 'authority', {
              fromStatus: 'received',
              toStatus: status === 'supplemented' ? 'supplement-requested' : status,
              actor: official,
            })
          if (status === 'supplemented')
            event('status-changed', now - Math.floor(random() * dayMs), 'customer', {
              fromStatus: 'supplement-requested',
              toStatus: 'supplemented',
              actor: applicant,
            })
        }

        // The outbox: each case of an integration authority was delivered as a signed message.
        if (isIntegration) {
          const messageId = `msg_scale_${caseId}`
          rows.deliveries.push({
            id: ids.delivery++,
            messageId,
            eventType: 'case.submitted',
            case: caseId,
            authority: authority.id,
            mode: 'integration',
            status: 'delivered',
            attempts: 1,
            queuedAt: submittedAt,
            nextAttemptAt: null,
            deliveredAt: iso(deliveredMs),
            lastError: null,
            lastResponse: { status: 202 },
            receipt: { externalReference: `DNRO-${caseId}` },
            message: {
              id: messageId,
              type: 'case.submitted',
              schemaVersion: '1',
              occurredAt: submittedAt,
              case: {
                id: String(caseId),
                caseNumber,
                status: 'submitted',
                permitType: permitTypeOf.get(permitType) ?? { key: '', name: '' },
                applicationReceiptNumber: receiptNumber,
                latestSubmissionDate: calendarDate(submittedMs + 30 * dayMs),
                expectedDecisionDate: calendarDate(submittedMs + Math.ceil(processingDays) * dayMs),
              },
              data,
            },
            createdAt: submittedAt,
            updatedAt: iso(deliveredMs),
          })
        }

        // About one case in ten has a question and an answer.
        if (isReceived && random() < 0.1) {
          const askedMs = Math.min(now, receivedMs + dayMs)
          const message = (atMs: number, fromCustomer: boolean, body: string) => {
            const messageId = ids.message++
            rows.messages.push({
              id: messageId,
              ...caseParty,
              sender: fromCustomer ? applicant : official,
              senderKind: fromCustomer ? 'customer' : 'authority',
              isInternal: false,
              body,
              createdAt: iso(atMs),
              updatedAt: iso(atMs),
            })
            partyAuthorities.forEach((partyAuthority, order) =>
              rows.messages_rels.push({
                order: order + 1,
                parent: messageId,
                path: 'partyAuthorities',
                authoritiesID: partyAuthority,
              }),
            )
            event('message', atMs, fromCustomer ? 'customer' : 'authority', {
              actor: fromCustomer ? applicant : official,
            })
          }
          message(askedMs, false, 'Voitteko tarkentaa tilaisuuden järjestyksenvalvonnan järjestelyjä?')
          if (random() < 0.8)
            message(
              Math.min(now, askedMs + 3_600_000 * 20),
              true,
              'Järjestyksenvalvojia on kuusi, ja heistä kaksi on portilla koko tilaisuuden ajan.',
            )
        }

        // Supplement requests: the open ones of cases waiting for them, a few answered earlier.
        if (
          status === 'supplement-requested' ||
          status === 'supplemented' ||
          (isDecided && random() < 0.03)
        ) {
          const requestedMs = Math.min(now, receivedMs + dayMs)
          const isOpen = status === 'supplement-requested'
          rows.supplement_requests.push({
            id: ids.request++,
            ...caseParty,
            requestedBy: official,
            whatIsMissing: 'Pelastussuunnitelman liitteenä oleva alueen kartta puuttuu.',
            dueDate: iso(requestedMs + 14 * dayMs),
            status: isOpen ? 'open' : 'answered',
            answer: isOpen ? null : 'Kartta on nyt liitteenä.',
            answeredAt: isOpen ? null : iso(Math.min(now, requestedMs + 2 * dayMs)),
            createdAt: iso(requestedMs),
            updatedAt: iso(requestedMs),
          })
        }

        if (isDecided)
          rows.decisions.push({
            id: ids.decision++,
            ...caseParty,
            outcome,
            summary: 'Lupa myönnetään hakemuksen mukaisesti.',
            document: null,
            decidedAt: iso(decidedMs),
            decidedBy: official,
            createdAt: iso(decidedMs),
            updatedAt: iso(decidedMs),
          })
      })
      counts.cases += caseTemplates.length
    }
    await adapter.drizzle.transaction(async (tx) => {
      // libsql gives each transaction a connection of its own, with SQLite's 2 MB page cache:
      // the indexes of a million cases need more to take their inserts without rereading.
      if (adapter.name === 'sqlite')
        await adapter.execute({ drizzle: tx, raw: 'PRAGMA cache_size = -262144' })
      for (const [table, tableRows] of Object.entries(rows))
        if (tableRows.length) await insert(tx, table, tableRows)
    })
    counts.applications += rows.applications.length
    counts.applicationRels += rows.applications_rels.length
    counts.caseEvents += rows.case_events.length
    counts.messages += rows.messages.length
    counts.messageRels += rows.messages_rels.length
    counts.supplementRequests += rows.supplement_requests.length
    counts.decisions += rows.decisions.length
    counts.deliveries += rows.deliveries.length
    written += Object.values(rows).reduce((sum, tableRows) => sum + tableRows.length, 0)
    if (last === applicationCount || Math.floor(last / chunkApplications) % 10 === 0) progress('generated')
  }

  if (adapter.name === 'postgres') {
    // Ids were given explicitly: move each table's sequence past them.
    for (const table of [
      'users',
      'applications',
      'applications_rels',
      'cases',
      'case_events',
      'messages',
      'messages_rels',
      'supplement_requests',
      'decisions',
      'deliveries',
    ])
      await adapter.execute({
        drizzle: adapter.drizzle,
        raw: `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT coalesce(max(id), 1) FROM "${table}"))`,
      })
    // What autovacuum would do soon after a bulk load: the planner's statistics.
    await adapter.execute({ drizzle: adapter.drizzle, raw: 'ANALYZE' })
  }
  progress('done')
  return counts
}
