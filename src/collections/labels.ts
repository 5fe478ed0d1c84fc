/** Admin labels in our three languages; Payload shows the one of the admin UI language. */
export const l = (fi: string, sv: string, en: string) => ({ fi, sv, en })

/** Singular and plural labels of a collection. */
export const collectionLabels = (
  singular: [fi: string, sv: string, en: string],
  plural: [fi: string, sv: string, en: string],
) => ({ singular: l(...singular), plural: l(...plural) })

/** Admin navigation groups. */
export const groups = {
  catalogue: l('Luettelo', 'Katalog', 'Catalogue'),
  cases: l('Asiointi', 'Ärenden', 'Cases'),
  people: l('Käyttäjät ja osapuolet', 'Användare och parter', 'Users and parties'),
  system: l('Järjestelmä', 'System', 'System'),
  serviceDesk: l('Palvelupiste', 'Servicedesk', 'Service desk'),
}
