import type { PtvArea, PtvMunicipality } from './ptvFormat'

/** Where an organisation, service or channel is offered, as PTV describes it. */
type AreaOwner = {
  areaType?: 'Nationwide' | 'NationwideExceptAlandIslands' | 'LimitedType' | null
  areas?: PtvArea[]
  areaMunicipalities?: PtvMunicipality[]
  municipality?: PtvMunicipality | null
}

/**
 * The municipality codes an area covers, for routing by municipality:
 * - `LimitedType`: every municipality of every area (a `Municipality` area is itself one;
 *   regions, business sub-regions and hospital districts list theirs), plus
 *   `areaMunicipalities`;
 * - no area type: the organisation's own municipality (a municipality's organisations);
 * - `Nationwide` / `NationwideExceptAlandIslands`, or nothing usable: `null`, meaning
 *   "the catalogue does not say", so the caller keeps what it has (a nationwide authority is
 *   routed to as a fixed authority, not by municipality).
 * Sorted and without duplicates, so equal areas compare equal.
 */
export function municipalitiesOf(owner: AreaOwner): string[] | null {
  const codes = new Set<string>()
  if (owner.areaType === 'LimitedType') {
    for (const area of owner.areas ?? []) {
      if (area.type === 'Municipality' && area.code) codes.add(area.code)
      for (const municipality of area.municipalities ?? []) codes.add(municipality.code)
    }
    for (const municipality of owner.areaMunicipalities ?? []) codes.add(municipality.code)
  } else if (!owner.areaType && owner.municipality) {
    codes.add(owner.municipality.code)
  }
  return codes.size > 0 ? [...codes].sort() : null
}
