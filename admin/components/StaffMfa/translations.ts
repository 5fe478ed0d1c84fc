import type { NestedKeysStripped } from '@payloadcms/translations'

const en = {
  'lupa-mfa': {
    code: 'Verification code',
    codeHelp:
      'Staff with two-step verification: the 6-digit code of your authenticator app, or a recovery code.',
    setupTitle: 'Two-step verification',
    setupRequired: 'Set up two-step verification before you continue: the admin opens once it is on.',
    setupIntro:
      'Add Lupa to an authenticator app (e.g. Microsoft Authenticator, Google Authenticator, FreeOTP): enter the key below, or open the link on the device that has the app.',
    start: 'Start set-up',
    secret: 'Key',
    uri: 'Set-up link',
    confirmCode: 'Code shown by the app',
    confirm: 'Turn on',
    enabled: 'Two-step verification is on.',
    recoveryTitle: 'Recovery codes',
    recoveryIntro:
      'Keep these codes somewhere safe: each lets you sign in once without the app. They are shown only now.',
    continue: 'Continue to the admin',
    notStaff:
      'The admin is for the service staff. Customers and authorities use the service at its home page.',
    signOut: 'Sign out',
    failed: 'Failed:',
    statusOn: 'On',
    statusOff: 'Off',
    reset: 'Reset two-step verification',
    resetDone: 'Reset: the user sets it up again at their next sign-in.',
    codesLeft: 'Recovery codes left:',
    setupLink: 'Set up two-step verification',
  },
}

const fi: typeof en = {
  'lupa-mfa': {
    code: 'Vahvistuskoodi',
    codeHelp:
      'Kaksivaiheista tunnistusta käyttävä henkilökunta: todennussovelluksen 6-numeroinen koodi tai varakoodi.',
    setupTitle: 'Kaksivaiheinen tunnistus',
    setupRequired:
      'Ota kaksivaiheinen tunnistus käyttöön ennen kuin jatkat: hallinta avautuu, kun se on päällä.',
    setupIntro:
      'Lisää Lupa todennussovellukseen (esim. Microsoft Authenticator, Google Authenticator, FreeOTP): syötä alla oleva avain tai avaa linkki laitteella, jossa sovellus on.',
    start: 'Aloita käyttöönotto',
    secret: 'Avain',
    uri: 'Käyttöönottolinkki',
    confirmCode: 'Sovelluksen näyttämä koodi',
    confirm: 'Ota käyttöön',
    enabled: 'Kaksivaiheinen tunnistus on käytössä.',
    recoveryTitle: 'Varakoodit',
    recoveryIntro:
      'Säilytä nämä koodit turvallisesti: kullakin voi kirjautua kerran ilman sovellusta. Ne näytetään vain nyt.',
    continue: 'Jatka hallintaan',
    notStaff: 'Hallinta on palvelun henkilökunnalle. Asiakkaat ja viranomaiset asioivat palvelun etusivulta.',
    signOut: 'Kirjaudu ulos',
    failed: 'Epäonnistui:',
    statusOn: 'Käytössä',
    statusOff: 'Ei käytössä',
    reset: 'Nollaa kaksivaiheinen tunnistus',
    resetDone: 'Nollattu: käyttäjä ottaa sen uudelleen käyttöön seuraavalla kirjautumisella.',
    codesLeft: 'Varakoodeja jäljellä:',
    setupLink: 'Ota kaksivaiheinen tunnistus käyttöön',
  },
}

const sv: typeof en = {
  'lupa-mfa': {
    code: 'Verifieringskod',
    codeHelp:
      'Personal med tvåstegsverifiering: den 6-siffriga koden i autentiseringsappen eller en reservkod.',
    setupTitle: 'Tvåstegsverifiering',
    setupRequired: 'Aktivera tvåstegsverifiering innan du fortsätter: administrationen öppnas när den är på.',
    setupIntro:
      'Lägg till Lupa i en autentiseringsapp (t.ex. Microsoft Authenticator, Google Authenticator, FreeOTP): ange nyckeln nedan eller öppna länken på enheten med appen.',
    start: 'Börja aktiveringen',
    secret: 'Nyckel',
    uri: 'Aktiveringslänk',
    confirmCode: 'Koden som appen visar',
    confirm: 'Aktivera',
    enabled: 'Tvåstegsverifiering är på.',
    recoveryTitle: 'Reservkoder',
    recoveryIntro:
      'Förvara koderna säkert: var och en låter dig logga in en gång utan appen. De visas bara nu.',
    continue: 'Fortsätt till administrationen',
    notStaff:
      'Administrationen är för tjänstens personal. Kunder och myndigheter använder tjänstens startsida.',
    signOut: 'Logga ut',
    failed: 'Misslyckades:',
    statusOn: 'På',
    statusOff: 'Av',
    reset: 'Återställ tvåstegsverifiering',
    resetDone: 'Återställd: användaren aktiverar den igen vid nästa inloggning.',
    codesLeft: 'Reservkoder kvar:',
    setupLink: 'Aktivera tvåstegsverifiering',
  },
}

/** The texts of the staff MFA views and fields, merged into the admin's translations by createConfig. */
export const staffMfaTranslations = { en, fi, sv }

export type StaffMfaTranslations = typeof en
export type StaffMfaTranslationKeys = NestedKeysStripped<StaffMfaTranslations>
