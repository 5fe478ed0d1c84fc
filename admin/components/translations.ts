import type { NestedKeysStripped } from '@payloadcms/translations'

const en = {
  'lupa-code-editor': {
    failed: 'The code editor could not be loaded. Reload the page to try again.',
  },
  'lupa-test-connection': {
    button: 'Test connection',
    ok: 'The connection works.',
    failed: 'The connection does not work:',
    save: 'Save first.',
  },
  'lupa-approve-request': {
    button: 'Approve and set up',
    done: 'Approved: the authority is set up. Reload to see the result.',
    failed: 'Not approved:',
    save: 'Save first.',
  },
}

const fi: typeof en = {
  'lupa-code-editor': {
    failed: 'Koodieditoria ei saatu ladattua. Yritä uudelleen lataamalla sivu.',
  },
  'lupa-test-connection': {
    button: 'Testaa yhteys',
    ok: 'Yhteys toimii.',
    failed: 'Yhteys ei toimi:',
    save: 'Tallenna ensin.',
  },
  'lupa-approve-request': {
    button: 'Hyväksy ja ota käyttöön',
    done: 'Hyväksytty: viranomainen on otettu käyttöön. Lataa sivu uudelleen nähdäksesi tuloksen.',
    failed: 'Ei hyväksytty:',
    save: 'Tallenna ensin.',
  },
}

const sv: typeof en = {
  'lupa-code-editor': {
    failed: 'Kodredigeraren kunde inte läsas in. Ladda om sidan för att försöka igen.',
  },
  'lupa-test-connection': {
    button: 'Testa anslutningen',
    ok: 'Anslutningen fungerar.',
    failed: 'Anslutningen fungerar inte:',
    save: 'Spara först.',
  },
  'lupa-approve-request': {
    button: 'Godkänn och ställ in',
    done: 'Godkänd: myndigheten är inställd. Ladda om sidan för att se resultatet.',
    failed: 'Inte godkänd:',
    save: 'Spara först.',
  },
}

/**
 * The texts of Lupa's own admin components (the code editors, "Test connection", "Approve
 * and set up"), merged into the admin's translations (`t('lupa-test-connection:button')`) by
 * createConfig.
 */
export const adminComponentTranslations = { en, fi, sv }

export type AdminComponentTranslations = typeof en
export type AdminComponentTranslationKeys = NestedKeysStripped<AdminComponentTranslations>
