import type { CollectionConfig } from 'payload'

import { denyAll } from '../../../src/access/roles'
import { collectionLabels, groups, l } from '../../../src/collections/labels'
import { slugs } from '../../../src/collections/slugs'
import { idpKeys, identitySlugs } from '../identitySlugs'

/**
 * The IdP session behind each Payload session opened by SAML: what single logout needs
 * (NameID, SessionIndex) in both directions — the user's own logout sends them to the IdP,
 * the IdP's logout request names them and ends the matching Payload sessions.
 */
export const SamlSessions: CollectionConfig = {
  slug: identitySlugs.samlSessions,
  labels: collectionLabels(
    ['SAML-istunto', 'SAML-session', 'SAML session'],
    ['SAML-istunnot', 'SAML-sessioner', 'SAML sessions'],
  ),
  admin: { hidden: true, group: groups.system },
  access: { read: denyAll, create: denyAll, update: denyAll, delete: denyAll },
  lockDocuments: false,
  fields: [
    { name: 'idp', type: 'select', required: true, options: [...idpKeys], index: true },
    { name: 'user', type: 'relationship', relationTo: slugs.users, required: true, index: true },
    {
      name: 'sid',
      type: 'text',
      required: true,
      index: true,
      label: l('Payload-istunto', 'Payload-session', 'Payload session'),
    },
    { name: 'nameId', type: 'text', required: true, index: true },
    { name: 'nameIdFormat', type: 'text' },
    { name: 'nameQualifier', type: 'text' },
    { name: 'spNameQualifier', type: 'text' },
    { name: 'sessionIndex', type: 'text' },
    { name: 'loa', type: 'text', label: l('Varmuustaso', 'Tillitsnivå', 'Level of assurance') },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
