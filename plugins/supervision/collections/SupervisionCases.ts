import type {
  Access,
  AccessResult,
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  FieldAccess,
  Where,
} from 'payload'
import { Forbidden } from 'payload'

import type { AccessUser } from '../../../src/access/roles'
import {
  authorityIdOf,
  customerWhere,
  denyAll,
  hasRole,
  isStaff,
  noOneField,
  ownAuthorityOf,
  userOf,
} from '../../../src/access/roles'
import { nowOf } from '../../../src/clock'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { partyFields } from '../../../src/collections/partyFields'
import { idOf, idsOf } from '../../../src/collections/relations'
import { slugs } from '../../../src/collections/slugs'
import { serviceDateOf } from '../../../src/domain/service-time'
import { serviceCalendarOf } from '../../../src/globals/serviceCalendarOf'
import type { SupervisionCase } from '../../../src/payload-types'
import type { SupervisionActor } from '../domain/supervision'
import {
  canMoveSupervisionCase,
  customerFindings,
  findingSeverities,
  initialSupervisionStatus,
  resolveDeadline,
  supervisionCaseProblems,
  supervisionKinds,
  supervisionStatuses,
} from '../domain/supervision'
import { refuseSupervision } from '../refuseSupervision'
import { supervisionSlugs } from '../supervisionSlugs'

/** What a customer may see of supervision: never an unannounced inspection before it is made. */
const customerVisible: Where = {
  or: [{ status: { not_equals: 'planned' } }, { isAnnounced: { equals: true } }],
}

/**
 * Who reads a supervision case: staff all; every authority supervising its object (so
 * police and rescue see each other's planned visits); the customer their own and their
 * organisations', announced ones.
 */
const read: Access = ({ req }): AccessResult => {
  const user = userOf(req)
  if (!user) return false
  if (isStaff(user)) return true
  if (hasRole(user, 'authority-user')) {
    const authority = authorityIdOf(user)
    return authority === null ? false : { supervisingAuthorities: { in: [authority] } }
  }
  return hasRole(user, 'customer') ? { and: [customerWhere(user), customerVisible] } : false
}

/**
 * The authority that opened a case changes it; the customer only answers one that waits for
 * their answer (the fields they may write, and the move, are checked below).
 */
const update: Access = ({ req }): AccessResult => {
  const user = userOf(req)
  if (!user) return false
  if (isStaff(user)) return true
  const authority = ownAuthorityOf(user)
  if (authority !== null) return { authority: { equals: authority } }
  return hasRole(user, 'customer')
    ? {
        and: [
          customerWhere(user),
          { status: { equals: 'open' } },
          { kind: { in: ['guidance', 'deviation'] } },
        ],
      }
    : false
}

/** Fields only the supervising side writes. */
const supervisorField: FieldAccess = ({ req }) => isStaff(userOf(req)) || ownAuthorityOf(userOf(req)) !== null

/** The customer's answer: theirs alone to write. */
const customerField: FieldAccess = ({ req }) => hasRole(userOf(req), 'customer')

const actorOf = (user: AccessUser | null): SupervisionActor =>
  hasRole(user, 'customer') ? 'customer' : 'authority'

/**
 * A new case is opened by an authority supervising its object, which must be active; it
 * takes its parties from the object. Every change then follows the status model, the
 * deadline is resolved (a date, or service days counted with the service calendar), and
 * bad input is refused with localised messages per field, before anything is written.
 */
const prepareCase: CollectionBeforeChangeHook<SupervisionCase> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  // The object's supervisors changed (see SupervisedObjects): only they are written.
  if (req.context.isSupervisorsSync) return data
  const user = userOf(req)
  const isCreate = operation === 'create'
  const slug = supervisionSlugs.supervisionCases
  const objectId = idOf(isCreate ? data.object : originalDoc?.object)
  const object =
    objectId === null
      ? null
      : await req.payload
          .findByID({
            collection: supervisionSlugs.supervisedObjects,
            id: objectId,
            req,
            depth: 0,
            // The opener must see the object; later writes read it with the system's rights.
            ...(isCreate && user ? { user, overrideAccess: false } : { overrideAccess: true }),
            disableErrors: true,
          })
          .catch(() => null)
  if (!object) throw new Forbidden(req.t)
  const objectSupervisors = idsOf(object.authorities ?? [])

  if (isCreate) {
    const authority = ownAuthorityOf(user) ?? idOf(data.authority)
    if (authority === null || !objectSupervisors.some((id) => String(id) === String(authority)))
      refuseSupervision(req, slug, [{ path: 'object', code: 'supervision-not-supervisor' }])
    Object.assign(data, {
      authority,
      supervisingAuthorities: objectSupervisors,
      application: idOf(object.application),
      applicant: idOf(object.applicant),
      onBehalfOf: idOf(object.onBehalfOf),
      status: initialSupervisionStatus(data.kind!, data.kind === 'inspection' && !data.inspectedAt),
    })
  }

  const kind = (data.kind ?? originalDoc?.kind)!
  const before = originalDoc?.status ?? null
  const actor = actorOf(user)
  let status = data.status ?? before ?? 'open'
  if (!isCreate) {
    // Recording a planned inspection makes it; whatever a customer writes answers (an
    // acknowledgement of guidance needs no text, a deviation's answer does).
    if (before === 'planned' && data.inspectedAt && status === 'planned') status = 'open'
    if (actor === 'customer') {
      status = 'answered'
      if (kind === 'deviation' && !data.answer?.trim())
        refuseSupervision(req, slug, [{ path: 'answer', code: 'required' }])
      Object.assign(data, { answeredAt: nowOf(req.payload).toISOString(), answeredBy: user!.id })
    }
    const acknowledgementRequired = Boolean(
      data.acknowledgementRequired ?? originalDoc?.acknowledgementRequired,
    )
    const isMoveAllowed =
      status === before ||
      canMoveSupervisionCase({ kind, from: before!, to: status, actor, acknowledgementRequired })
    if (before !== 'closed' && !isMoveAllowed)
      refuseSupervision(req, slug, [{ path: 'status', code: 'supervision-move-not-allowed' }])
    data.status = status
  }

  const calendar = await serviceCalendarOf(req)
  const today = serviceDateOf(nowOf(req.payload), calendar)
  const isDeadlineChanged =
    data.deadlineServiceDays != null || (data.deadline != null && data.deadline !== originalDoc?.deadline)
  if (isDeadlineChanged) {
    const resolved = resolveDeadline(
      {
        dueDate: data.deadlineServiceDays != null ? null : data.deadline,
        serviceDays: data.deadlineServiceDays,
      },
      today,
      calendar,
    )
    if ('problem' in resolved) refuseSupervision(req, slug, [{ path: 'deadline', code: resolved.problem }])
    else data.deadline = resolved.deadline
  }
  data.deadlineServiceDays = null

  const problems = supervisionCaseProblems({
    kind,
    objectStatus: object.status,
    previousStatus: before,
    findings: data.findings ?? originalDoc?.findings ?? [],
    correction: data.correction ?? originalDoc?.correction,
    deadline: isDeadlineChanged ? data.deadline : null,
    today,
    isCreate,
  })
  const paths: Record<string, string> = {
    'supervision-object-closed': 'object',
    'supervision-case-closed': 'status',
    'supervision-finding-severity': 'findings',
    'supervision-finding-observation': 'findings',
    'supervision-correction-required': 'correction',
    'supervision-deadline-in-past': 'deadline',
  }
  if (problems.length > 0)
    refuseSupervision(
      req,
      slug,
      problems.map((code) => ({ path: paths[code] ?? 'status', code })),
    )
  return data
}

/** Findings marked internal stay within the authorities. */
const hideInternalFindings: CollectionAfterReadHook<SupervisionCase> = ({ doc, req }) => {
  const user = userOf(req)
  if (!user || isStaff(user) || hasRole(user, 'authority-user')) return doc
  return { ...doc, findings: customerFindings(doc.findings) }
}

const kindLabels = {
  guidance: l('Ohjaus', 'Vägledning', 'Guidance'),
  inspection: l('Tarkastus', 'Inspektion', 'Inspection'),
  deviation: l('Poikkeamailmoitus', 'Avvikelsemeddelande', 'Deviation notice'),
  feedback: l('Palaute', 'Återkoppling', 'Feedback'),
}

const statusLabels = {
  planned: l('Suunniteltu', 'Planerad', 'Planned'),
  open: l('Avoin', 'Öppen', 'Open'),
  answered: l('Vastattu', 'Besvarad', 'Answered'),
  closed: l('Suljettu', 'Stängd', 'Closed'),
}

const severityLabels = {
  none: l('Ei huomautettavaa', 'Ingen anmärkning', 'None'),
  minor: l('Vähäinen', 'Mindre', 'Minor'),
  major: l('Merkittävä', 'Betydande', 'Major'),
  critical: l('Vakava', 'Allvarlig', 'Critical'),
}

/**
 * A supervision case an authority opens on a supervised object: guidance before, an
 * inspection during (or at any time), a deviation notice to correct, feedback after. The
 * customer sees it beside their permits and answers what waits for an answer.
 */
export const SupervisionCases: CollectionConfig = {
  slug: supervisionSlugs.supervisionCases,
  labels: collectionLabels(
    ['Valvonta-asia', 'Tillsynsärende', 'Supervision case'],
    ['Valvonta-asiat', 'Tillsynsärenden', 'Supervision cases'],
  ),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'deadline', 'object'],
    group: groups.cases,
  },
  access: {
    // Opened by a supervising authority's user (or its system through the integration API).
    create: ({ req }) => ownAuthorityOf(userOf(req)) !== null,
    read,
    update,
    // Supervision records are kept as the Archives Act requires.
    delete: denyAll,
  },
  indexes: [{ fields: ['authority', 'status', 'deadline'] }],
  hooks: { beforeChange: [prepareCase], afterRead: [hideInternalFindings] },
  fields: [
    {
      name: 'object',
      type: 'relationship',
      relationTo: supervisionSlugs.supervisedObjects,
      required: true,
      index: true,
      label: l('Valvontakohde', 'Tillsynsobjekt', 'Supervised object'),
      access: { update: noOneField },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: supervisionKinds.map((value) => ({ value, label: kindLabels[value] })),
      label: l('Laji', 'Typ', 'Kind'),
      access: { update: noOneField },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: supervisionStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: l('Tila', 'Status', 'Status'),
      access: { create: noOneField, update: supervisorField },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: l('Otsikko', 'Rubrik', 'Title'),
      access: { update: supervisorField },
    },
    {
      name: 'body',
      type: 'textarea',
      maxLength: 20_000,
      label: l('Viesti', 'Meddelande', 'Message'),
      access: { update: supervisorField },
    },
    {
      name: 'acknowledgementRequired',
      type: 'checkbox',
      defaultValue: false,
      label: l('Kuittaus pyydetään', 'Kvittering begärs', 'Acknowledgement required'),
      access: { update: supervisorField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'plannedAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: l('Suunniteltu aika', 'Planerad tid', 'Planned for'),
          access: { update: supervisorField },
        },
        {
          name: 'isAnnounced',
          type: 'checkbox',
          defaultValue: false,
          label: l('Ilmoitettu asiakkaalle', 'Meddelad kunden', 'Announced to the customer'),
          access: { update: supervisorField },
        },
        {
          name: 'inspectedAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: l('Tarkastettu', 'Inspekterad', 'Inspected at'),
          access: { update: supervisorField },
        },
      ],
    },
    {
      name: 'findings',
      type: 'array',
      maxRows: 100,
      label: l('Havainnot', 'Iakttagelser', 'Findings'),
      access: { update: supervisorField },
      fields: [
        {
          name: 'observation',
          type: 'textarea',
          maxLength: 5000,
          label: l('Havainto', 'Iakttagelse', 'Observation'),
        },
        {
          name: 'severity',
          type: 'select',
          options: findingSeverities.map((value) => ({ value, label: severityLabels[value] })),
          label: l('Vakavuus', 'Allvarlighetsgrad', 'Severity'),
        },
        {
          name: 'isInternal',
          type: 'checkbox',
          defaultValue: false,
          label: l(
            'Sisäinen (ei näy asiakkaalle)',
            'Intern (syns inte för kunden)',
            'Internal (not shown to the customer)',
          ),
        },
      ],
    },
    {
      name: 'correction',
      type: 'textarea',
      maxLength: 10_000,
      label: l('Mitä pitää korjata', 'Vad ska rättas', 'What must be corrected'),
      access: { update: supervisorField },
    },
    {
      name: 'howToShow',
      type: 'textarea',
      maxLength: 5000,
      label: l('Miten korjaus osoitetaan', 'Hur rättelsen visas', 'How to show the correction'),
      access: { update: supervisorField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'deadline',
          type: 'text',
          label: l('Määräaika (VVVV-KK-PP)', 'Tidsfrist (ÅÅÅÅ-MM-DD)', 'Deadline (YYYY-MM-DD)'),
          access: { update: supervisorField },
        },
        {
          // An input only: the hook turns it into the deadline and does not keep it.
          name: 'deadlineServiceDays',
          type: 'number',
          min: 1,
          max: 365,
          label: l('tai palvelupäivinä', 'eller i servicedagar', 'or in service days'),
          access: { update: supervisorField },
        },
      ],
    },
    {
      name: 'relatedInspection',
      type: 'relationship',
      relationTo: supervisionSlugs.supervisionCases,
      label: l('Tarkastus', 'Inspektion', 'Inspection'),
      access: { update: supervisorField },
    },
    {
      name: 'answer',
      type: 'textarea',
      maxLength: 10_000,
      label: l('Asiakkaan vastaus', 'Kundens svar', "The customer's answer"),
      access: { create: noOneField, update: customerField },
    },
    {
      name: 'answeredAt',
      type: 'date',
      label: l('Vastattu', 'Besvarad', 'Answered at'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
    },
    {
      name: 'answeredBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: l('Vastaaja', 'Besvarad av', 'Answered by'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true },
    },
    {
      name: 'supervisingAuthorities',
      type: 'relationship',
      relationTo: slugs.authorities,
      hasMany: true,
      index: true,
      label: l('Valvovat viranomaiset', 'Tillsynsmyndigheter', 'Supervising authorities'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'application',
      type: 'relationship',
      relationTo: slugs.applications,
      index: true,
      label: l('Hakemus', 'Ansökan', 'Application'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    ...partyFields(),
  ],
}
