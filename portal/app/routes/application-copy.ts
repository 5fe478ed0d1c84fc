import { redirect } from 'react-router'

import { requireUser } from '../models/session.server'
import { editHref } from '../models/wizardPage.server'
import { copyApplication } from '../models/wizardCopy.server'
import type { Route } from './+types/application-copy'

/** Copying is a form post (see the receipt and the application's page); a link leads to the application. */
export const loader = ({ params }: Route.LoaderArgs) =>
  redirect(`/applications/${encodeURIComponent(params.id)}`)

/** A new draft from an earlier application of the customer (a recurring event), opened in the wizard. */
export const action = async ({ request, params, context }: Route.ActionArgs) => {
  const user = await requireUser({ request, payload: context.payload }, { roles: ['customer'] })
  const id = await copyApplication({ payload: context.payload, user, id: params.id })
  return redirect(editHref(id))
}
