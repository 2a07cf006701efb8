"""The transaction coordinator and `__transaction_state` (KIP-98, KIP-360, KIP-447, KIP-890).

A pure state machine like `kafkapy.group`: a `TransactionCoordinator` per
`__transaction_state` partition over an injected `CoordinatorLog`, `Scheduler`,
`ProducerIdGenerator` and `MarkerWriter`; `TransactionCoordinatorManager` routes
transactional ids to coordinators. See docs/transactions.md. Nothing is re-exported here
(importing the package must not import its modules).
"""
