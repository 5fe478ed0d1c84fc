import { Fragment, type ReactNode } from 'react'
import { Heading, Link, Paragraph } from 'suomifi-ui-components'

import type { RichBlock, RichInline } from '../models/richText.server'

const renderInlines = (inlines: RichInline[]): ReactNode =>
  inlines.map((inline, index) => {
    if (inline.kind === 'break') return <br key={index} />
    if (inline.kind === 'link') {
      return (
        <Link key={index} href={inline.href}>
          {renderInlines(inline.children)}
        </Link>
      )
    }
    let content: ReactNode = inline.text
    if (inline.isItalic) content = <em>{content}</em>
    if (inline.isBold) content = <strong>{content}</strong>
    return <Fragment key={index}>{content}</Fragment>
  })

/**
 * CMS rich text, converted on the server (see richText.server.ts) and rendered with Suomi.fi
 * components. Sub-headings use `headingLevel`, one below the section the text is shown in.
 */
export const RichText = ({ blocks, headingLevel }: { blocks: RichBlock[]; headingLevel: 'h4' | 'h5' }) => (
  <div className="rich-text">
    {blocks.map((block, index) => {
      if (block.kind === 'heading') {
        return (
          <Heading key={index} variant={headingLevel}>
            {renderInlines(block.children)}
          </Heading>
        )
      }
      if (block.kind === 'list') {
        const List = block.isOrdered ? 'ol' : 'ul'
        return (
          <List key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{renderInlines(item)}</li>
            ))}
          </List>
        )
      }
      return (
        <Paragraph key={index} mb="xs">
          {renderInlines(block.children)}
        </Paragraph>
      )
    })}
  </div>
)
