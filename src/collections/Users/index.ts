import type { CollectionConfig, FieldAccess } from 'payload'
import { APIError } from 'payload'

import { hasRole, isStaff, noOneField, roles, staffOnly, userOf } from '../../access/roles'
import { collectionLabels, groups, l } from '../labels'
import { localeOptions } from '../optionLabels'
import { slugs } from '../slugs'
import { customOf } from '../../config/custom'
import {
  captureLoginCode,
  recordRejectedCode,
  requireSecondFactor,
  staffMfaEndpoints,
  staffMfaFields,
  staffMfaStrategy,
} from '../../auth/mfa/staffMfa'

const roleLabels = {
  owner: l('Omistaja', 'Ägare', 'Owner'),
  'service-producer': l('Palvelutuottaja', 'Tjänsteproducent', 'Service producer'),
  'authority-user': l('Viranomaiskäyttäjä', 'Myndighetsanvändare', 'Authority user'),
  customer: l('Asiakas', 'Kund', 'Customer'),
}

/** Only owners grant roles and authority links; nobody escalates their own rights. */
const ownerOnlyField: FieldAccess = ({ req }) => hasRole(userOf(req), 'owner')

/** Users; `isHttps` marks the session cookie Secure (everywhere but local development). */
export const users = ({ isHttps }: { isHttps: boolean }): CollectionConfig => ({
  slug: slugs.users,
  labels: collectionLabels(['Käyttäjä', 'Användare', 'User'], ['Käyttäjät', 'Användare', 'Users']),
  auth: {
    // The user of every request is read with its relations as ids (access rules read ids):
    // populating its organisations and authority cost queries on every request.
    depth: 0,
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: isHttps },
    // Payload's session check, then staff MFA's rule for staff who have not enrolled yet.
    strategies: [staffMfaStrategy],
  },
  endpoints: staffMfaEndpoints,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'authority'],
    group: groups.people,
  },
  access: {
    admin: ({ req }) => isStaff(userOf(req)),
    create: staffOnly,
    read: ({ req }) => {
      const user = userOf(req)
      if (!user) return false
      return isStaff(user) ? true : { id: { equals: user.id } }
    },
    // Only owners manage other accounts: a service producer who could set an owner's
    // password could take the owner's rights.
    update: ({ req }) => {
      const user = userOf(req)
      if (!user) return false
      return hasRole(user, 'owner') ? true : { id: { equals: user.id } }
    },
    delete: ({ req }) => hasRole(userOf(req), 'owner'),
    unlock: staffOnly,
  },
  hooks: {
    beforeOperation: [captureLoginCode],
    afterError: [recordRejectedCode],
    beforeLogin: [
      ({ user, req }) => {
        // Demo users have a published password: they exist for development only.
        if (user?.isDemo && customOf(req.payload.config).isProduction === true) {
          throw new APIError('Demo users cannot log in in production.', 403, undefined, true)
        }
        // Accounts that systems act as (the integration API) never log in interactively.
        if (user?.isServiceAccount) {
          throw new APIError('This account cannot log in.', 403, undefined, true)
        }
        return user
      },
      // Last: the second factor is checked (and a TOTP step or recovery code spent) only for
      // an account that may log in at all.
      requireSecondFactor,
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: l('Nimi', 'Namn', 'Name') },
    {
      name: 'phone',
      type: 'text',
      maxLength: 30,
      label: l('Puhelinnumero', 'Telefonnummer', 'Phone number'),
      admin: {
        description: l(
          'Täytetään valmiiksi hakemuksen yhteystietoihin; asiakas voi muuttaa sitä hakemuksella.',
          'Förifylls i ansökans kontaktuppgifter; kunden kan ändra det i ansökan.',
          "Prefilled in an application's contact details; the customer can change it there.",
        ),
      },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'customer',
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      label: l('Rooli', 'Roll', 'Role'),
      access: { create: ownerOnlyField, update: ownerOnlyField },
      saveToJWT: true,
    },
    {
      name: 'authority',
      type: 'relationship',
      relationTo: slugs.authorities,
      label: l('Viranomainen', 'Myndighet', 'Authority'),
      admin: {
        condition: (data) => data?.role === 'authority-user',
        description: l(
          'Viranomainen, jonka asioita käyttäjä käsittelee.',
          'Myndigheten vars ärenden användaren handlägger.',
          'The authority whose cases this user handles.',
        ),
      },
      access: { create: ownerOnlyField, update: ownerOnlyField },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role === 'authority-user' && !value
          ? 'An authority user must be linked to an authority.'
          : true,
      saveToJWT: true,
    },
    {
      name: 'organisations',
      type: 'relationship',
      relationTo: slugs.organisations,
      hasMany: true,
      label: l('Edustetut organisaatiot', 'Företrädda organisationer', 'Organisations represented'),
      admin: {
        condition: (data) => data?.role === 'customer',
        description: l(
          'Organisaatiot, joiden puolesta asiakas saa asioida.',
          'Organisationer som kunden får uträtta ärenden för.',
          'Organisations this customer may act for.',
        ),
      },
      access: { create: ownerOnlyField, update: ownerOnlyField },
      saveToJWT: true,
    },
    {
      name: 'isDemo',
      type: 'checkbox',
      defaultValue: false,
      label: l('Demokäyttäjä', 'Demoanvändare', 'Demo user'),
      access: { create: noOneField, update: noOneField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'isServiceAccount',
      type: 'checkbox',
      defaultValue: false,
      label: l('Järjestelmätili', 'Systemkonto', 'System account'),
      access: { create: noOneField, update: noOneField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: l(
          'Viranomaisen järjestelmä toimii tällä tilillä; sillä ei voi kirjautua.',
          'Myndighetens system agerar med detta konto; det kan inte logga in.',
          "The authority's system acts as this account; it cannot log in.",
        ),
      },
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'fi',
      options: localeOptions,
      label: l('Asiointikieli', 'Språk', 'Language'),
    },
    ...staffMfaFields,
  ],
})
