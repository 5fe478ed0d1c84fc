import { Fragment } from 'react'
import { Link as RouterLinkTarget } from 'react-router'
import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components'

import { useT } from '../i18n/useT'
import type { PublicDocumentView } from '../models/publicDocuments.server'
import { RichText } from './RichText'

/**
 * A public document of the CMS (privacy statement, terms of use, accessibility statement):
 * its title, update date and sections, the Finnish text marked `lang="fi"` when it stands in
 * for a missing translation. Without a published document, a page that says so by `name`.
 */
export const PublicDocument = ({ name, document }: { name: string; document: PublicDocumentView | null }) => {
  const t = useT('common')
  if (!document) {
    return (
      <>
        <Heading variant="h1" mb="m">
          {name}
        </Heading>
        <Paragraph mb="m">{t('publicDocuments.missing')}</Paragraph>
        <Paragraph>
          <RouterLink asComponent={RouterLinkTarget} to="/feedback">
            {t('publicDocuments.missingContact')}
          </RouterLink>
        </Paragraph>
      </>
    )
  }
  return (
    <div className="public-document">
      <Heading variant="h1" mb="xs" lang={document.titleLang}>
        {document.title}
      </Heading>
      {document.updatedOnText && (
        <Paragraph mb="m" className="public-document-updated">
          {t('publicDocuments.updatedOn', { date: document.updatedOnText })}
        </Paragraph>
      )}
      {document.bodyLang && (
        <InlineAlert status="neutral" mb="m">
          {t('publicDocuments.inFinnish')}
        </InlineAlert>
      )}
      <div lang={document.bodyLang}>
        {document.sections.map((section, index) => (
          <Fragment key={index}>
            {section.heading && (
              <Heading variant="h2" mt="l" mb="s">
                {section.heading}
              </Heading>
            )}
            {/* Sub-headings are the sections' own headings above: the blocks hold none. */}
            <RichText blocks={section.blocks} headingLevel="h4" />
          </Fragment>
        ))}
      </div>
    </div>
  )
}
