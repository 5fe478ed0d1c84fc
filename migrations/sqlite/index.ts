import * as migration_20261130_025409_initial from './20261130_025409_initial'

export const migrations = [
  {
    up: migration_20261130_025409_initial.up,
    down: migration_20261130_025409_initial.down,
    name: '20261130_025409_initial',
  },
]
