import type { TFunction } from 'i18next'
import type { Payload } from 'payload'
import { data, redirect } from 'react-router'

import { BundleNotFoundError, loadBundleContext } from '../../../src/catalogue/loadBundleContext'
import type { BundleContext } from '../../../src/catalogue/loadBundleContext'
import { idOf, idsOf } from '../../../src/collections/relations'
import { analyse } from '../../../src/domain/analysis'
import { prefilledRecordOf, type PrefilledRecord } from '../../../src/domain/prefill-sources'
import { assembleForm, type AssembledForm, type FormStep } from '../../../src/domain/once-only'
import type { DataElement, DataValues, Locale } from '../../../src/domain/types'
import { wizardSteps } from '../../../src/domain/wizard-steps'
import type { Application } from '../../../src/payload-types'
import { getFixedT } from '../i18n/i18next.server'
import { loadBundleProfile, placeElementsOf, type BundleWording } from './bundleWording.server'
import { readApplication } from './readApplication.server'
import { requestAs, type PortalUser } from './session.server'

/*
 * The application wizard: one draft application of a bundle, asked step by step. Every
 * record is read and written as the signed-in customer (the collections' access rules
 * decide); a draft of someone else is simply not found.
 */

/** A draft and its bundle, as every page and post of the wizard works on them. */
export type Wizard = {
  payload: Payload
  user: PortalUser
  locale: Locale
  t: TFunction<'wizard'>
  application: Application
  context: BundleContext
  answers: DataValues
  values: DataValues
  /** What the draft was given by prefill (marked while unchanged). */
  prefilled: PrefilledRecord
  /** The files linked to the draft. */
  attachmentIds: number[]
  needed: string[]
  form: AssembledForm
  steps: FormStep[]
  elementsByKey: Map<string, DataElement>
  /** The bundle's own words, and the elements its place question asks. */
  wording: BundleWording
  placeElements: Set<string>
}

/** The ids of the files stored under an attachment element's value. */
export const fileIdsIn = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

/**
 * The draft and its bundle, ready for the wizard. A submitted application is no longer
 * edited here: the customer is sent to its one view.
 */
export const loadWizard = async ({
  payload,
  user,
  id,
  locale,
}: {
  payload: Payload
  user: PortalUser
  id: string
  locale: Locale
}): Promise<Wizard> => {
  const application = await readApplication({ payload, user, id })
  if (application.status !== 'draft') throw redirect(`/applications/${application.id}`)
  let context: BundleContext
  try {
    context = await loadBundleContext({
      req: await requestAs(payload, user),
      bundle: { id: idOf(application.bundle)! },
    })
  } catch (error) {
    // The bundle was withdrawn: the draft stays, but cannot be continued.
    if (error instanceof BundleNotFoundError) throw data(null, { status: 410 })
    throw error
  }
  const answers = application.answers ?? {}
  const values = application.values ?? {}
  const needed = analyse({ bundle: context.bundle, answers: { ...answers, ...values }, locale })
    .permits.filter((permit) => permit.isNeeded)
    .map((permit) => permit.permitType)
  const form = assembleForm({
    bundle: context.bundle,
    permitTypes: context.permitTypes,
    elements: context.elements,
    neededPermitTypes: needed,
  })
  const [t, profile] = await Promise.all([
    getFixedT(locale, 'wizard'),
    loadBundleProfile({ payload, bundle: { id: context.bundleId }, locale }),
  ])
  return {
    payload,
    user,
    locale,
    t,
    application,
    context,
    answers,
    values,
    prefilled: prefilledRecordOf(application.prefilled),
    attachmentIds: idsOf(application.attachments),
    needed,
    form,
    steps: wizardSteps({ form, answers }),
    elementsByKey: new Map(context.elements.map((element) => [element.key, element])),
    wording: profile.wording,
    placeElements: placeElementsOf(context),
  }
}
