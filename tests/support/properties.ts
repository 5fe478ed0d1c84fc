import fc from 'fast-check'

/** A source of numbers in [0, 1) that arbitraries written as plain functions draw from. */
export type Random = () => number

/** An integer in [min, max]. */
export const integer = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1))

/**
 * Runs `property` with fast-check on `runs` inputs made by `arbitrary`, a plain function
 * of a random source (fast-check draws, shrinks and reports the failing seed and path).
 */
export const forAll = <T>(
  { runs = 200 }: { runs?: number },
  arbitrary: (random: Random) => T,
  property: (input: T) => void,
) =>
  fc.assert(
    fc.property(fc.gen(), (draw) => {
      property(arbitrary(() => draw(fc.double, { min: 0, max: 1, maxExcluded: true, noNaN: true })))
    }),
    { numRuns: runs },
  )
