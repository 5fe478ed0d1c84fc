import { Link } from 'suomifi-ui-components'

import type { AuthorityContact } from '../models/authorityContacts.server'
import { useT } from '../i18n/useT'

/**
 * How to reach an authority: phone and email as links a phone can follow, the website and
 * the service hours. Nothing when its record gives no contact details.
 */
export const AuthorityContactDetails = ({
  contact,
  isNamed = false,
}: {
  contact: AuthorityContact
  /** Names the authority first (in a list of several). */
  isNamed?: boolean
}) => {
  const t = useT('common')
  const { phone, email, website, hours } = contact
  if (!phone && !email && !website) return null
  return (
    <address className="authority-contact" data-testid="authority-contact">
      {isNamed && <strong className="authority-contact-name">{contact.name}</strong>}
      {phone && (
        <span>
          {t('contact.phone')}: <Link href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</Link>
        </span>
      )}
      {email && (
        <span>
          {t('contact.email')}: <Link href={`mailto:${email}`}>{email}</Link>
        </span>
      )}
      {website && (
        <span>
          <Link href={website}>{t('contact.website', { name: contact.name })}</Link>
        </span>
      )}
      {hours && (
        <span>
          {t('contact.hours')}: {hours}
        </span>
      )}
    </address>
  )
}
