import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { localizedTextOf, textIn } from '../../plugins/service-catalogue/localizedTextOf'
import { municipalitiesOf } from '../../plugins/service-catalogue/municipalitiesOf'
import { parsePtvExport, PtvFormatError } from '../../plugins/service-catalogue/ptvFormat'

const fixtureText = readFileSync('plugins/service-catalogue/fixtures/helsinki-events.json', 'utf8')
const fixture = () =>
  JSON.parse(fixtureText) as Record<string, unknown> & { services: Record<string, unknown>[] }

const problemsOf = (input: unknown): string[] => {
  try {
    parsePtvExport(input)
  } catch (error) {
    if (error instanceof PtvFormatError) return error.problems
    throw error
  }
  throw new Error('the input was accepted')
}

describe('parsing PTV v11 JSON', () => {
  it('should read the shipped fixture, with a paged organisation list', () => {
    const catalogue = parsePtvExport(fixtureText)
    expect(catalogue.organizations).toHaveLength(4)
    expect(catalogue.services.map((service) => service.type)).toEqual([
      'PermitOrObligation',
      'PermitOrObligation',
      'Service',
    ])
    expect(catalogue.serviceChannels).toHaveLength(4)
    expect(catalogue.services[0].organizations?.[0]).toMatchObject({ roleType: 'Responsible' })
  })

  it('should refuse text that is not JSON, such as a truncated download', () => {
    expect(problemsOf(fixtureText.slice(0, 500))[0]).toMatch(/^not JSON/)
  })

  it('should name the path of every missing or wrong field', () => {
    const data = fixture()
    delete data.services[1].id
    data.services[0].type = 'Permit'
    const problems = problemsOf(data)
    expect(problems).toContain('services[1].id: Invalid input: expected string, received undefined')
    expect(problems.some((problem) => problem.startsWith('services[0].type:'))).toBe(true)
  })

  it('should refuse a service without a name of type Name', () => {
    const data = fixture()
    data.services[0].serviceNames = [{ type: 'AlternativeName', language: 'fi', value: 'Ilmoitus' }]
    expect(problemsOf(data)).toEqual(['services[0].serviceNames: has no name of type "Name"'])
  })

  it('should refuse a municipality code that is not three digits', () => {
    const data = fixture()
    data.services[0].areas = [{ type: 'Municipality', code: '91', municipalities: [] }]
    expect(problemsOf(data)).toEqual([
      'services[0].areas[0].code: a Municipality area needs its three-digit municipality code',
    ])
  })

  it('should refuse one page of a longer list as a partial file', () => {
    const data = fixture()
    data.organizations = { pageNumber: 1, pageSize: 2, pageCount: 3, itemList: [] }
    expect(problemsOf(data)).toEqual(['organizations: is one page of 3: fetch every page into one list'])
  })

  it('should refuse an id that appears twice', () => {
    const data = fixture()
    data.services.push(data.services[0])
    expect(problemsOf(data)).toEqual([`services[3].id: ${String(data.services[0].id)} appears twice`])
  })

  it('should refuse an object that has none of the lists', () => {
    expect(problemsOf({ itemList: [] })[0]).toMatch(/none of "organizations"/)
  })
})

describe('picking localised texts', () => {
  const items = [
    { type: 'AlternativeName', language: 'fi', value: 'Lyhyt nimi' },
    { type: 'Name', language: 'sv', value: 'Namn' },
    { type: 'Name', language: 'fi', value: 'Nimi' },
    { type: 'Name', language: 'se', value: 'Namma' },
    { type: 'Name', language: 'en', value: '   ' },
  ]

  it('should take the texts of the type in fi, sv and en only, leaving blanks out', () => {
    expect(localizedTextOf(items, 'Name')).toEqual({ fi: 'Nimi', sv: 'Namn', en: null })
  })

  it('should fill Finnish from Swedish when PTV has no Finnish text, and nothing else', () => {
    const text = localizedTextOf([{ type: 'Name', language: 'sv', value: 'Namn' }], 'Name')
    expect(textIn(text, 'fi')).toBe('Namn')
    expect(textIn(text, 'en')).toBeNull()
  })
})

describe('municipalities of an area', () => {
  const municipality = (code: string) => ({ code })

  it('should collect every municipality of a limited area, sorted and once', () => {
    expect(
      municipalitiesOf({
        areaType: 'LimitedType',
        areas: [
          { type: 'Municipality', code: '753', municipalities: [municipality('753')] },
          { type: 'Region', code: '01', municipalities: [municipality('092'), municipality('091')] },
        ],
        areaMunicipalities: [municipality('092')],
      }),
    ).toEqual(['091', '092', '753'])
  })

  it("should use a municipality's own organisation's municipality when no area type is given", () => {
    expect(municipalitiesOf({ municipality: municipality('091') })).toEqual(['091'])
  })

  it('should say nothing for a nationwide area, so routing data is kept', () => {
    expect(municipalitiesOf({ areaType: 'Nationwide', municipality: municipality('091') })).toBeNull()
  })
})
