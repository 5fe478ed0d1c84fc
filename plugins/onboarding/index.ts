import type { CollectionConfig, Endpoint, Field, Plugin } from 'payload'
import { APIError, ValidationError } from 'payload'

import { requireStaff } from '../../src/access/requireStaff'
import { noOneField, staffField } from '../../src/access/roles'
import { l } from '../../src/collections/labels'
import { slugs } from '../../src/collections/slugs'
import { registeredConnectionModesOf } from '../../src/connections/registry'
import type { ConnectionMode } from '../../src/connections/types'
import {
  isOnboardingField,
  isOnboardingKind,
  maxLengthOf,
  modeFieldsOf,
  onboardingLimits,
} from './domain/onboarding'
import { serviceDeskSlugs } from '../service-desk/serviceDeskSlugs'
import { approveServiceRequest, OnboardingApprovalError } from './approveServiceRequest'
import { onboardingFieldNames } from './onboardingSlugs'

export { approveServiceRequest, OnboardingApprovalError } from './approveServiceRequest'
export type { OnboardingSetup } from './approveServiceRequest'
export { onboardingFieldNames } from './onboardingSlugs'

const isOnboardingRequest = (data: Record<string, unknown> | undefined) => isOnboardingKind(data?.kind)

/** The requester writes the details; afterwards only the desk corrects them. */
const requesterWrites = { update: staffField }

/**
 * The details of an onboarding request: the authority's own, and the connection mode with
 * the fields the registered modes ask (a disabled mode's too, so the schema stays the same).
 */
const detailsFieldOf = (modes: ConnectionMode[]): Field => ({
  name: onboardingFieldNames.details,
  type: 'group',
  label: l('Liittymisen tiedot', 'Uppgifter om anslutningen', 'Onboarding details'),
  admin: { condition: (data) => isOnboardingRequest(data) },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'nameFi',
          type: 'text',
          maxLength: onboardingLimits.name,
          label: l('Nimi suomeksi', 'Namn på finska', 'Name in Finnish'),
          access: requesterWrites,
        },
        {
          name: 'nameSv',
          type: 'text',
          maxLength: onboardingLimits.name,
          label: l('Nimi ruotsiksi', 'Namn på svenska', 'Name in Swedish'),
          access: requesterWrites,
        },
        {
          name: 'nameEn',
          type: 'text',
          maxLength: onboardingLimits.name,
          label: l('Nimi englanniksi', 'Namn på engelska', 'Name in English'),
          access: requesterWrites,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'businessId',
          type: 'text',
          maxLength: 20,
          label: l('Y-tunnus', 'FO-nummer', 'Business ID'),
          access: requesterWrites,
        },
        {
          name: 'noticeEmail',
          type: 'email',
          label: l('Ilmoitusten sähköposti', 'E-post för meddelanden', 'Notice email'),
          access: requesterWrites,
        },
        {
          name: 'authorityKind',
          type: 'text',
          maxLength: 100,
          label: l('Viranomaistyyppi', 'Myndighetstyp', 'Authority kind'),
          access: requesterWrites,
        },
      ],
    },
    {
      name: 'municipalities',
      type: 'text',
      hasMany: true,
      label: l('Kunnat', 'Kommuner', 'Municipalities'),
      access: requesterWrites,
    },
    {
      name: 'permitTypes',
      type: 'relationship',
      relationTo: slugs.permitTypes,
      hasMany: true,
      label: l('Lupatyypit', 'Tillståndstyper', 'Permit types'),
      access: requesterWrites,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'connectionMode',
          type: 'select',
          options: modes.map((mode) => ({ value: mode.slug, label: mode.label })),
          label: l('Liitäntätapa', 'Anslutningssätt', 'Connection mode'),
          access: requesterWrites,
          // The options are whatever modes are registered: code reads any slug.
          typescriptSchema: [
            ({ jsonSchema }) => ({ description: jsonSchema.description, type: ['string', 'null'] }),
          ],
        },
        ...modeFieldsOf(modes).map((field): Field =>
          field.type === 'email'
            ? { name: field.name, type: 'email', label: field.label, access: requesterWrites }
            : {
                name: field.name,
                type: 'text',
                maxLength: maxLengthOf(field),
                label: field.label,
                access: requesterWrites,
              },
        ),
      ],
    },
  ],
})

const setupField: Field = {
  name: onboardingFieldNames.setup,
  type: 'group',
  label: l('Hyväksynnän tulos', 'Resultat av godkännandet', 'Set up on approval'),
  // Written only by the approval (POST /api/service-requests/:id/approve).
  access: { create: noOneField, update: noOneField },
  admin: {
    condition: (data) => isOnboardingRequest(data),
    readOnly: true,
    description: l(
      'Hyväksy sivupalkin painikkeella (tai POST /api/service-requests/:id/approve). Toinen hyväksyntä ei luo mitään uudelleen.',
      'Godkänn med knappen i sidofältet (eller POST /api/service-requests/:id/approve). Ett andra godkännande skapar inget på nytt.',
      'Approve with the button in the sidebar (or POST /api/service-requests/:id/approve). Approving again creates nothing twice.',
    ),
  },
  fields: [
    { name: 'appliedAt', type: 'date', label: l('Hyväksytty', 'Godkänd', 'Approved at') },
    {
      name: 'authority',
      type: 'relationship',
      relationTo: slugs.authorities,
      label: l('Viranomainen', 'Myndighet', 'Authority'),
    },
    {
      name: 'isAuthorityCreated',
      type: 'checkbox',
      label: l('Viranomainen luotiin', 'Myndigheten skapades', 'Authority created'),
    },
    { name: 'summary', type: 'textarea', label: l('Mitä tehtiin', 'Vad gjordes', 'What was done') },
  ],
}

/**
 * `POST /api/service-requests/:id/approve`, staff only: sets up what an onboarding request
 * asks (see {@link approveServiceRequest}). 200 with the setup (also when it was approved
 * before), 400 when the request is no onboarding request or lacks what is needed, with the
 * field errors of a setting the authority refuses.
 */
const approveEndpoint: Endpoint = {
  path: '/:id/approve',
  method: 'post',
  handler: async (req) => {
    requireStaff(req, 'approve service requests')
    const id = String(req.routeParams?.id ?? '')
    const exists = await req.payload
      .findByID({
        collection: serviceDeskSlugs.serviceRequests,
        id,
        overrideAccess: true,
        depth: 0,
        disableErrors: true,
      })
      .catch(() => null)
    if (!exists) throw new APIError('Not found.', 404, undefined, true)
    try {
      const { setup, isNew } = await approveServiceRequest({ req, id: exists.id })
      return Response.json({ setup, isNew }, { status: 200 })
    } catch (error) {
      if (error instanceof OnboardingApprovalError)
        return Response.json({ errors: [{ message: error.message }] }, { status: 400 })
      if (error instanceof ValidationError)
        return Response.json({ errors: error.data.errors }, { status: 400 })
      throw error
    }
  },
}

/** The desk's "Approve and set up" button (the endpoint below), on onboarding requests only. */
const approveButtonField: Field = {
  name: 'approve',
  type: 'ui',
  admin: {
    position: 'sidebar',
    condition: (data) => isOnboardingRequest(data),
    components: { Field: '/components/ApproveRequest#ApproveRequest' },
  },
}

const withOnboarding = (collection: CollectionConfig, modes: ConnectionMode[]): CollectionConfig => {
  if (collection.slug === serviceDeskSlugs.serviceRequests)
    return {
      ...collection,
      fields: [...collection.fields, detailsFieldOf(modes), setupField, approveButtonField],
      endpoints: [...(collection.endpoints || []), approveEndpoint],
    }
  return collection
}

/**
 * Onboarding of authorities through service requests: the joining details on a request and
 * the desk's approval that sets the authority up from them (joining, parameter change,
 * removing permit types, leaving). Comes after `serviceDeskPlugin` and the connection mode
 * plugins in the plugin list: the modes one may join with are the registered ones.
 */
export const onboardingPlugin = (): Plugin => (incoming) => {
  if (
    !(incoming.collections ?? []).some((collection) => collection.slug === serviceDeskSlugs.serviceRequests)
  )
    throw new Error('onboardingPlugin: add serviceDeskPlugin before it')
  const modes = registeredConnectionModesOf(incoming)
  if (modes.length === 0) throw new Error('onboardingPlugin: add the connection mode plugins before it')
  const clash = modeFieldsOf(modes).find((field) => isOnboardingField(field.name))
  if (clash)
    throw new Error(`onboardingPlugin: a connection mode asks for "${clash.name}", a field of its own`)
  return {
    ...incoming,
    collections: (incoming.collections ?? []).map((collection) => withOnboarding(collection, modes)),
  }
}
