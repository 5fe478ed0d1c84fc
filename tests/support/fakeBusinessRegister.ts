import { createServer } from 'node:http'
import type { ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The path of the open data API's base on the stand-in, as on PRH's service. */
export const businessRegisterBasePath = '/opendata-ytj-api/v3'

/** A company as the register's JSON has it (the stand-in serves it as given). */
export type PrhCompanyJson = { businessId: { value: string } & Record<string, unknown> } & Record<
  string,
  unknown
>

/** A request the stand-in received (for assertions). */
export type ReceivedRegisterRequest = { path: string; status: number }

/** A company in the register's JSON format, the parts a company record usually has. */
export const prhCompany = ({
  businessId,
  name,
  street,
  buildingNumber = '',
  entrance = '',
  apartmentNumber = '',
  postCode,
  city,
  citySv = city,
  municipalityCode = '091',
  website = null,
  companyForm = '5',
  registrationDate = '2012-03-01',
  formerNames = [],
}: {
  businessId: string
  name: string
  street: string
  buildingNumber?: string
  entrance?: string
  apartmentNumber?: string
  postCode: string
  /** In capitals, as the register writes it. */
  city: string
  citySv?: string
  municipalityCode?: string
  website?: string | null
  /** 5 limited company (osakeyhtiö), 16 association (yhdistys)… */
  companyForm?: string
  registrationDate?: string
  formerNames?: { name: string; registrationDate: string; endDate: string }[]
}): PrhCompanyJson => {
  const postOffices = [
    { city, languageCode: '1', municipalityCode },
    { city: citySv, languageCode: '2', municipalityCode },
  ]
  const address = (type: number) => ({
    type,
    street,
    postCode,
    postOffices,
    postOfficeBox: '',
    buildingNumber,
    entrance,
    apartmentNumber,
    apartmentIdSuffix: '',
    co: '',
    country: '',
    freeAddressLine: '',
    registrationDate,
    source: '0',
  })
  return {
    businessId: { value: businessId, registrationDate, source: '3' },
    euId: { value: `FIFPRO.${businessId.replace('-', '')}`, source: '1' },
    names: [
      { name, type: '1', registrationDate, version: 1, source: '1' },
      ...formerNames.map((former) => ({ ...former, type: '1', version: 2, source: '1' })),
    ],
    mainBusinessLine: {
      type: '94999',
      descriptions: [
        { languageCode: '1', description: 'Muualla luokittelemattomat järjestöt' },
        { languageCode: '2', description: 'Övriga intresseorganisationer' },
        { languageCode: '3', description: 'Activities of other membership organisations n.e.c.' },
      ],
      typeCodeSet: 'TOIMI4',
      registrationDate,
      source: '2',
    },
    website: website ? { url: website, registrationDate, source: '0' } : undefined,
    companyForms: [
      {
        type: companyForm,
        descriptions: [{ languageCode: '1', description: companyForm === '16' ? 'Yhdistys' : 'Osakeyhtiö' }],
        registrationDate,
        version: 1,
        source: '1',
      },
    ],
    companySituations: [],
    registeredEntries: [],
    addresses: [address(1), address(2)],
    tradeRegisterStatus: '1',
    status: '2',
    registrationDate,
    lastModified: `${registrationDate}T08:00:00`,
  }
}

/** Puistosoitto ry, the demo organisation (src/seed/seed.ts), as the register has it. */
export const demoRegisterCompanies = [
  prhCompany({
    businessId: '3012345-8',
    name: 'Puistosoitto ry',
    street: 'Tehtaankatu',
    buildingNumber: '12',
    entrance: 'A',
    apartmentNumber: '3',
    postCode: '00140',
    city: 'HELSINKI',
    citySv: 'HELSINGFORS',
    website: 'www.puistosoitto.example.fi',
    companyForm: '16',
    formerNames: [{ name: 'Puistokonsertit ry', registrationDate: '2009-05-04', endDate: '2012-02-29' }],
  }),
]

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

/**
 * A stand-in for the Finnish business register's open data API (PRH, YTJ open data v3) on a
 * real HTTP server: `GET /opendata-ytj-api/v3/companies?businessId=…` answers
 * `{ totalResults, companies }` in the service's JSON format (an unknown ID gives no
 * companies, a malformed one 400). `delayMs` and `failWith` make it slow or failing.
 */
export const startFakeBusinessRegister = async ({
  companies = demoRegisterCompanies,
  host = '127.0.0.1',
  port = 0,
}: {
  companies?: PrhCompanyJson[]
  host?: string
  /** A fixed port (the demo's); any free one by default. */
  port?: number
} = {}) => {
  const register = new Map(companies.map((company) => [company.businessId.value, company]))
  const requests: ReceivedRegisterRequest[] = []
  const behaviour = { delayMs: 0, failWith: null as number | null }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://register.invalid')
    const answer = (status: number, body: unknown) => {
      requests.push({ path: `${url.pathname}${url.search}`, status })
      json(res, status, body)
    }
    const respond = () => {
      if (behaviour.failWith !== null)
        return answer(behaviour.failWith, {
          timestamp: new Date().toISOString(),
          message: 'Service unavailable',
        })
      if (req.method !== 'GET' || url.pathname !== `${businessRegisterBasePath}/companies`)
        return answer(404, { timestamp: new Date().toISOString(), message: 'Not found' })
      const businessId = url.searchParams.get('businessId')
      if (businessId !== null && !/^\d{7}-\d$/.test(businessId))
        return answer(400, {
          timestamp: new Date().toISOString(),
          message: 'Invalid businessId',
          errorcode: 1,
        })
      const found =
        businessId === null ? [] : [register.get(businessId)].filter((company) => company !== undefined)
      return answer(200, { totalResults: found.length, companies: found })
    }
    if (behaviour.delayMs > 0) setTimeout(respond, behaviour.delayMs)
    else respond()
  })
  server.listen(port, host)
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const { port: actualPort } = server.address() as AddressInfo
  return {
    /** The value of BUSINESS_REGISTER_URL for this stand-in. */
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}${businessRegisterBasePath}`,
    register,
    requests,
    behaviour,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type FakeBusinessRegister = Awaited<ReturnType<typeof startFakeBusinessRegister>>
