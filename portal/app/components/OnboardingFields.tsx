import { Fragment } from 'react'
import { Textarea, TextInput } from 'suomifi-ui-components'

import type { ModeFieldOption, OnboardingField, OnboardingFormResult } from '../models/onboarding.server'
import { AuthoritySelectField } from './AuthoritySelectField'
import { useT } from '../i18n/useT'

type Option = { value: string; label: string }
export type OnboardingFieldName = OnboardingField

/**
 * The fields of an onboarding form (joining, parameter change, removal, leaving), plain
 * controls that post without JavaScript. The connection mode comes with the fields the
 * modes ask. After a refused post they show the errors of this form and what was written.
 */
export const OnboardingFields = ({
  intent,
  fields,
  result,
  permitTypes,
  authorityKinds,
  modes,
  modeFields,
}: {
  intent: string
  fields: OnboardingFieldName[]
  result: OnboardingFormResult | undefined
  permitTypes: Option[]
  authorityKinds: Option[]
  /** The connection modes of the registry. */
  modes: Option[]
  /** What the modes ask, each shown after the choice of mode. */
  modeFields: ModeFieldOption[]
}) => {
  const t = useT('servicedesk')
  const refused = result && !result.isDone && result.intent === intent ? result : null
  const errorOf = (field: string) => refused?.errors.find((error) => error.field === field)?.message
  const valueOf = (field: string) => {
    const value = refused?.values[field]
    return typeof value === 'string' ? value : ''
  }
  const posted = refused?.values.permitTypes
  const chosen = Array.isArray(posted) ? posted : []
  const id = (field: string) => `${intent}-${field}`
  const text = (
    field: string,
    label: string,
    extra: { hint?: string; type?: 'text' | 'email' | 'url' } = {},
  ) => (
    <TextInput
      key={field}
      id={id(field)}
      name={field}
      type={extra.type ?? 'text'}
      labelText={label}
      hintText={extra.hint}
      status={errorOf(field) ? 'error' : 'default'}
      statusText={errorOf(field)}
      defaultValue={valueOf(field)}
      fullWidth
      mb="m"
    />
  )
  return (
    <>
      {fields.map((field) => {
        switch (field) {
          case 'nameFi':
          case 'nameSv':
          case 'nameEn':
          case 'businessId':
            return text(field, t(`fields.${field}`))
          case 'noticeEmail':
            return text(field, t('fields.noticeEmail'), { hint: t('fields.noticeEmailHint'), type: 'email' })
          case 'municipalities':
            return text(field, t('fields.municipalities'), { hint: t('fields.municipalitiesHint') })
          case 'authorityKind':
            return (
              <AuthoritySelectField
                key={field}
                id={id(field)}
                name={field}
                label={t('fields.authorityKind')}
                error={errorOf(field)}
                options={authorityKinds}
                defaultValue={valueOf(field)}
                placeholder={t('fields.choose')}
              />
            )
          case 'connectionMode':
            return (
              <Fragment key={field}>
                <AuthoritySelectField
                  id={id(field)}
                  name={field}
                  label={t('fields.connectionMode')}
                  error={errorOf(field)}
                  options={modes}
                  defaultValue={valueOf(field)}
                  placeholder={t('fields.choose')}
                />
                {modeFields.map((modeField) =>
                  text(modeField.name, modeField.label, {
                    hint: modeField.hint ?? undefined,
                    type: modeField.type,
                  }),
                )}
              </Fragment>
            )
          case 'permitTypes':
            return (
              <fieldset
                key={field}
                id={id(field)}
                tabIndex={-1}
                className="servicedesk-choices"
                aria-describedby={errorOf(field) ? `${id(field)}-error` : undefined}
              >
                <legend>{t('fields.permitTypes')}</legend>
                {errorOf(field) && (
                  <p className="servicedesk-error" id={`${id(field)}-error`}>
                    {errorOf(field)}
                  </p>
                )}
                {permitTypes.map((option) => (
                  <label key={option.value}>
                    <input
                      type="checkbox"
                      name="permitTypes"
                      value={option.value}
                      defaultChecked={chosen.includes(option.value)}
                    />{' '}
                    {option.label}
                  </label>
                ))}
              </fieldset>
            )
          case 'description':
            return (
              <Textarea
                key={field}
                id={id(field)}
                name={field}
                labelText={t('fields.details')}
                status={errorOf(field) ? 'error' : 'default'}
                statusText={errorOf(field)}
                defaultValue={valueOf(field)}
                fullWidth
                mb="m"
              />
            )
        }
      })}
    </>
  )
}
