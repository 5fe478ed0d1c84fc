import { getTranslation } from '@payloadcms/translations'
import { SelectField } from '@payloadcms/ui'
import type { TextFieldServerComponent } from 'payload'

import { stepChoiceLabel, stepChoicesOf } from '../../../../src/catalogue/stepChoicesOf'
import { pickLocale } from '../../../../src/domain/localize'
import { catalogueTexts } from '../texts'

/**
 * A data element's step, picked from the steps of the bundles that use it (of every bundle
 * while none does), named in the admin's language; the field stores the step's key. The
 * collection validates the choice again on save.
 */
export const StepSelect: TextFieldServerComponent = async ({
  clientField,
  path,
  schemaPath,
  permissions,
  readOnly,
  req,
  id,
  i18n,
  value,
}) => {
  const { isUsed, choices } = await stepChoicesOf({ req, elementId: id, locale: pickLocale(i18n.language) })
  const options = choices.map((choice) => ({
    value: choice.key,
    label: `${stepChoiceLabel(choice)} – ${choice.bundles.join(', ')}`,
  }))
  // A stored step no bundle offers stays visible, so that it can be seen and changed.
  if (typeof value === 'string' && value !== '' && !choices.some((choice) => choice.key === value))
    options.push({ value, label: `${value} – ${getTranslation(catalogueTexts.inNoBundle, i18n)}` })
  const description = isUsed ? clientField.admin?.description : catalogueTexts.stepsOfEveryBundle
  return (
    <SelectField
      field={{
        type: 'select',
        name: clientField.name,
        label: clientField.label,
        options,
        admin: { description, isClearable: true, isSortable: false, placeholder: undefined },
      }}
      path={path ?? clientField.name}
      schemaPath={schemaPath}
      permissions={permissions}
      readOnly={readOnly}
    />
  )
}
