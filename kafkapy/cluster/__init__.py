"""Cluster mode (`zookeeper.connect` set): ZooKeeper-coordinated brokers, Kafka 2.x style.

- `zk_data`: znode paths and bytes (Kafka's JSON layout);
- `zk_client`: `AsyncZk`, kazoo marshalled onto the asyncio loop;
- `assignment`, `election`: pure replica-placement and leader-election rules;
- `controller`: the elected controller (leaders, ISR on broker death, preferred leaders);
- `metadata_cache`: a broker's watch-fed view of brokers, topics and partition states;
- `node`: `ClusterNode`, one broker's session, registration, controller and admin writes.

Nothing here is imported by the single-node broker: kazoo is needed only in cluster mode.
See docs/replication.md.
"""
