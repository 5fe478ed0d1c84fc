import { useTranslation } from 'react-i18next'
import { Textarea, TextInput } from 'suomifi-ui-components'

import type { OnboardingFormResult } from '../models/onboarding.server'
import { AuthoritySelectField } from './AuthoritySelectField'

type Option = { value: string; label: string }
export type OnboardingFieldName =
  | 'nameFi'
  | 'nameSv'
  | 'nameEn'
  | 'businessId'
  | 'noticeEmail'
  | 'authorityKind'
  | 'municipalities'
  | 'permitTypes'
  | 'connectionMode'
  | 'endpointUrl'
  | 'description'

/**
 * The fields of an onboarding form (joining, parameter change, removal, leaving), plain
 * controls that post without JavaScript. After a refused post they show the errors of
 * this form and what was written.
 */
export const OnboardingFields = ({
  intent,
  fields,
  result,
  permitTypes,
  authorityKinds,
}: {
  intent: string
  fields: OnboardingFieldName[]
  result: OnboardingFormResult | undefined
  permitTypes: Option[]
  authorityKinds: Option[]
}) => {
  const { t } = useTranslation('servicedesk')
  const refused = result && !result.isDone && result.intent === intent ? result : null
  const errorOf = (field: string) => refused?.errors.find((error) => error.field === field)?.message
  const valueOf = (field: string) => {
    const value = refused?.values[field]
    return typeof value === 'string' ? value : ''
  }
  const chosen = (refused?.values.permitTypes as string[] | undefined) ?? []
  const id = (field: string) => `${intent}-${field}`
  const text = (field: OnboardingFieldName, label: string, extra: { hint?: string; type?: string } = {}) => (
    <TextInput
      key={field}
      id={id(field)}
      name={field}
      type={(extra.type ?? 'text') as 'text'}
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
          case 'endpointUrl':
            return text(field, t('fields.endpointUrl'), { hint: t('fields.endpointUrlHint'), type: 'url' })
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
              <AuthoritySelectField
                key={field}
                id={id(field)}
                name={field}
                label={t('fields.connectionMode')}
                error={errorOf(field)}
                options={[
                  { value: 'simplified', label: t('fields.modeSimplified') },
                  { value: 'integration', label: t('fields.modeIntegration') },
                ]}
                defaultValue={valueOf(field)}
                placeholder={t('fields.choose')}
              />
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
