import { slugs } from '../../src/collections/slugs'
import type { DemoSeed } from '../../src/seed/demoSeed'
import { serviceDeskSlugs } from './serviceDeskSlugs'

/**
 * Something for the service desk to work on: an incident the police reported and a new
 * authority's joining request, whose approval sets the authority up.
 */
export const seedServiceDeskDemo: DemoSeed = async ({ payload, userIds }) => {
  if ((await payload.count({ collection: serviceDeskSlugs.incidents, overrideAccess: true })).totalDocs > 0)
    return
  const police = await payload.findByID({
    collection: slugs.users,
    id: userIds.get('police@lupa.localhost')!,
    overrideAccess: true,
  })
  await payload.create({
    collection: serviceDeskSlugs.incidents,
    user: { ...police, collection: slugs.users },
    overrideAccess: false,
    locale: 'fi',
    data: {
      status: 'reported',
      title: 'Liitteiden lataus on hidasta',
      description: 'Asiakirjojen avaaminen työtilassa kestää yli minuutin.',
    },
  })
  const { docs: noise } = await payload.find({
    collection: slugs.permitTypes,
    where: { key: { equals: 'noise-notification' } },
    overrideAccess: true,
    limit: 1,
  })
  await payload.create({
    collection: serviceDeskSlugs.serviceRequests,
    overrideAccess: true,
    locale: 'fi',
    data: {
      kind: 'joining',
      status: 'received',
      title: 'Liittyminen: Vantaan ympäristökeskus',
      description: 'Haluamme ottaa vastaan meluilmoitukset Luvan kautta.',
      channel: 'portal',
      requesterEmail: 'ymparistokeskus@vantaa.example',
      onboarding: {
        nameFi: 'Vantaan ympäristökeskus',
        nameSv: 'Vanda miljöcentral',
        nameEn: 'Vantaa Environment Centre',
        businessId: '0124610-9',
        noticeEmail: 'ymparistokeskus@vantaa.example',
        authorityKind: 'environmental-protection',
        municipalities: ['092'],
        permitTypes: noise.map((permitType) => permitType.id),
        connectionMode: 'simplified',
      },
    },
  })
}
