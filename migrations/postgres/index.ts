import * as migration_20261130_025412_initial from './20261130_025412_initial'

export const migrations = [
  {
    up: migration_20261130_025412_initial.up,
    down: migration_20261130_025412_initial.down,
    name: '20261130_025412_initial',
  },
]
