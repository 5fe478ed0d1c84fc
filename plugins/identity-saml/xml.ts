import { DOMParser } from '@xmldom/xmldom'

/** SAML 2.0 and XML-DSig namespaces. */
export const ns = {
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  metadata: 'urn:oasis:names:tc:SAML:2.0:metadata',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
} as const

/**
 * Parses XML strictly: any parser error or warning refuses the document, and so does a
 * document type declaration (no entities, external or internal, ever reach SAML parsing).
 */
export const parseXml = (xml: string): Document => {
  if (/<!DOCTYPE/i.test(xml)) throw new Error('XML with a document type declaration')
  const fail = (message: string) => {
    throw new Error(`Malformed XML: ${message}`)
  }
  const document = new DOMParser({
    errorHandler: { warning: fail, error: fail, fatalError: fail },
  }).parseFromString(xml, 'text/xml')
  if (!document?.documentElement) throw new Error('Malformed XML: no root element')
  return document
}

/** The child elements of `parent` with the namespace and local name. */
export const childrenOf = (parent: Element, namespace: string, localName: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 &&
      (node as Element).namespaceURI === namespace &&
      (node as Element).localName === localName,
  )

/** The one child element, or null when there is none; two or more are refused. */
export const onlyChildOf = (parent: Element, namespace: string, localName: string): Element | null => {
  const children = childrenOf(parent, namespace, localName)
  if (children.length > 1) throw new Error(`More than one ${localName}`)
  return children[0] ?? null
}

/** Every element below `root` with the namespace and local name. */
export const descendantsOf = (root: Document | Element, namespace: string, localName: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(namespace, localName))

/** Whether any comment node lies at or below `node`. */
export const hasComments = (node: Node): boolean =>
  node.nodeType === 8 || Array.from(node.childNodes ?? []).some((child) => hasComments(child))

/** The element's whole text, comments skipped (so `a<!---->b` reads `ab`), trimmed. */
export const textOf = (element: Element | null): string => (element?.textContent ?? '').trim()

/** An attribute's value, or null when absent. */
export const attributeOf = (element: Element | null, name: string): string | null =>
  element?.hasAttribute(name) ? element.getAttribute(name) : null
