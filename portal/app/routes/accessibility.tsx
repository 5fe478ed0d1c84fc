import { PublicDocument } from '../components/PublicDocument'
import { loadPublicDocumentPage } from '../models/publicDocuments.server'
import type { Route } from './+types/accessibility'

export const meta: Route.MetaFunction = ({ loaderData }) => (loaderData ? [{ title: loaderData.title }] : [])

export const loader = ({ request, context }: Route.LoaderArgs) =>
  loadPublicDocumentPage({ request, payload: context.payload, key: 'accessibility' })

/** The accessibility statement, published in the admin (collection `public-documents`). */
export default function Accessibility({ loaderData }: Route.ComponentProps) {
  return <PublicDocument name={loaderData.name} document={loaderData.document} />
}
