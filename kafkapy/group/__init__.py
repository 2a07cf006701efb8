"""The classic-protocol group coordinator and the `__consumer_offsets` formats.

- `state`: group states and the transition table; `group`/`member`: one group's state;
- `coordinator` (membership) + `offsets` (commits, deletes, replay, retention): one
  coordinator per `__consumer_offsets` partition; `manager`: the broker's
  `group_coordinator`, routing group ids to partitions;
- `records`: Kafka's key/value bytes; `log`: what a coordinator needs from its partition;
- `clock`: injectable time and timers.
"""
